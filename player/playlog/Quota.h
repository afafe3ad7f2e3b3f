// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Campaign targets ("at least once a day in the early morning and the evening", seed
// 004) checked against the log, per box and local day, with the scheduler's meaning
// (player/schedule, docs/schedule-format.md): a completed play counts when it lies
// entirely inside the target's window; a window that crosses midnight belongs to the day
// it starts on; an item target counts its plays, a playlist target counts full passes
// (every item of the playlist played inside the window once more).
//
// The scheduler owns schedule.toml; Target is the small input this module needs, so the
// lead can feed the scheduler's targets in (schedule::Target → playlog::Target is a
// field-by-field copy), and parseTargets() reads the `[[targets]]` tables itself.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/Diagnostic.h"
#include "playlog/AuditDb.h"

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
    std::int64_t met = 0, missed = 0;
};

/// Evaluates `targets` over the filter's days and boxes (all boxes in the file if none).
QuotaResult evaluateQuota(AuditDb& db, const std::vector<Target>& targets, const Filter& f);

/// Reads `[[targets]]` from a schedule.toml (or CONTENT_DIR/schedule.toml), in the
/// scheduler's format; problems go to `diags` as file:line:col, valid targets are
/// returned even when others are broken. Keys other than these are the scheduler's
/// business (rules, display…) and are ignored here.
///   [[targets]]
///   id = "5k2p-sang-som"           # optional
///   name = "5 không 2 phải — sáng sớm"
///   playlist = "5k2p"              # and/or item = "khong_chuyen_khoan"
///   times = 1                      # default 1 (min_per_day is accepted too)
///   window = "05:30-07:30"         # local; also ["05:30", "07:30"]
///   from = 2025-08-02              # optional dates (TOML date or "YYYY-MM-DD")
///   to = 2025-08-14
///   weekdays = ["t2", "t3"]        # optional: mon…sun or t2…t7, cn
std::vector<Target> parseTargets(const std::filesystem::path& fileOrDir, core::Diagnostics& diags);

/// "06:30" → 390, "24:00" → 1440; false when malformed.
bool parseTimeOfDay(std::string_view text, int& minutes);
/// "mon" / "t2" … "sun" / "cn" → bit (Monday = bit 0); 0 when unknown.
std::uint8_t parseWeekday(std::string_view word);

} // namespace signage::playlog
