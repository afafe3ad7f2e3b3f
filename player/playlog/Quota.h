// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Campaign targets ("at least once a day in the early morning and the evening", seed
// 004) checked against the log, per box and local day, with the scheduler's meaning
// (player/schedule, docs/schedule-format.md): a completed play counts when it lies
// entirely inside the target's window; a window that crosses midnight belongs to the day
// it starts on; an item target counts its plays, a playlist target counts full passes
// (every item of the playlist played inside the window once more).
//
// The scheduler owns schedule.toml: parseTargets() reads it with the scheduler's own
// loader (schedule::loadSchedule) and copies each schedule::Target into the small
// Target this module needs (fromSchedule), so box and office never disagree on it.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/Diagnostic.h"
#include "playlog/AuditDb.h"
#include "schedule/Schedule.h"

namespace signage::playlog {

struct Target {
    std::string id;       // how reports name it; defaults to the item or playlist
    std::string name;     // optional human label
    std::string item;     // count plays of this item id (in `playlist` when that is set too)
    std::string playlist; // without `item`: count full passes of this playlist
    int minPerDay = 1;    // schedule.toml `times`
    int windowStartMin = 0;     // local minutes after midnight
    int windowEndMin = 24 * 60; // not after the start: the window crosses midnight
    std::optional<std::int64_t> fromDay, toDay; // campaign dates, inclusive; none = open
    std::uint8_t weekdays = 0x7f;               // bit 0 = Monday … bit 6 = Sunday
    /// Items of `playlist` for pass counting (from the content); empty: the items the log
    /// shows for that playlist.
    std::vector<std::string> playlistItems;

    bool appliesOn(std::int64_t day) const;
};

struct QuotaCell {
    std::string boxId;
    std::int64_t day = 0;
    size_t target = 0;     // index into QuotaResult::targets
    std::int64_t count = 0;
    bool met = false;
    bool noData = false;   // the box logged nothing that day (off, or its log not merged yet)
};

struct QuotaResult {
    std::vector<Target> targets;
    std::vector<std::string> boxes;
    std::vector<QuotaCell> cells; // by box, day, target
    std::int64_t met = 0, missed = 0; // cells; a cell without data is neither
    std::int64_t noData = 0;          // cells of days the box logged nothing (off, or not merged)
};

/// Evaluates `targets` over the filter's days and boxes (all boxes in the file if none).
QuotaResult evaluateQuota(AuditDb& db, const std::vector<Target>& targets, const Filter& f);

/// Reads `[[targets]]` from a schedule.toml (or CONTENT_DIR/schedule.toml) with the
/// scheduler's loader (docs/schedule-format.md); its problems go to `diags` as
/// file:line:col and only the targets the scheduler keeps are returned.
/// The scheduler's target as the quota counts it.
Target fromSchedule(const schedule::Target& g);
std::vector<Target> parseTargets(const std::filesystem::path& fileOrDir, core::Diagnostics& diags);

/// "06:30" → 390, "24:00" → 1440; false when malformed.
bool parseTimeOfDay(std::string_view text, int& minutes);
/// "mon" / "t2" … "sun" / "cn" → bit (Monday = bit 0); 0 when unknown.
std::uint8_t parseWeekday(std::string_view word);

} // namespace signage::playlog
