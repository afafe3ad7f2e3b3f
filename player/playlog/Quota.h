#pragma once
// Campaign targets ("at least once a day in the early morning and the evening", seed
// 004) checked against the log: per box and day, how many completed plays of the
// target's item or playlist started inside its window, and whether that met the minimum.
// The scheduler owns schedule.toml; Target is the small input this module needs, so the
// lead can feed the scheduler's targets in, and parseTargets() reads a minimal
// `[[targets]]` form itself.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/Diagnostic.h"
#include "playlog/AuditDb.h"

namespace signage::playlog {

struct Target {
    std::string id;       // how reports name it; defaults to the item or playlist
    std::string item;     // count plays of this item id (in any playlist, unless `playlist` is set too)
    std::string playlist; // or of any item of this playlist
    int minPerDay = 1;
    int windowStartMin = 0;       // local time of day, minutes, inclusive
    int windowEndMin = 24 * 60;   // exclusive; a window may wrap midnight (22:00–02:00)
    std::optional<std::int64_t> fromDay, toDay; // campaign dates, inclusive; none = every day
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

/// Reads `[[targets]]` from a schedule.toml (or CONTENT_DIR/schedule.toml). Problems go
/// to `diags` as file:line:col; valid targets are returned even when others are broken.
///   [[targets]]
///   id = "loa-sang-som"            # optional
///   item = "khong_chuyen_khoan"    # or playlist = "…" (one of them required)
///   min_per_day = 1                # default 1
///   window = ["05:00", "07:00"]    # optional, local time [start, end)
///   from = "2025-08-02"            # optional campaign dates, inclusive
///   to = "2025-08-14"
std::vector<Target> parseTargets(const std::filesystem::path& fileOrDir, core::Diagnostics& diags);

/// "06:30" → 390; false when malformed.
bool parseTimeOfDay(std::string_view text, int& minutes);

} // namespace signage::playlog
