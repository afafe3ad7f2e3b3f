// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Dating rows from boxes whose wall clock cannot be trusted. Within one boot the
// monotonic clock never jumps, so every row of a boot can be dated from one anchor:
// the wall−monotonic offset of its latest row taken on a synchronised clock (else its
// latest row). A row on a synchronised clock keeps its own time; an unsynchronised row
// that disagrees with the anchor by more than the tolerance is re-dated as
// anchor + monotonic time, and reports say how many rows that concerns.
#include <cstdint>
#include <optional>
#include <string>

#include "core/Clock.h"
#include "db/Database.h"

namespace signage::playlog {

inline constexpr std::int64_t kDatingToleranceMs = 2000;
inline constexpr std::int64_t kDayMs = 86'400'000;
inline constexpr int kDefaultUtcOffsetMin = core::kDefaultUtcOffsetMinutes; // Asia/Ho_Chi_Minh, no DST

struct Dated {
    std::int64_t ms = 0;   // best wall time
    bool unsynced = false; // recorded on an unsynchronised clock
    bool redated = false;  // moved from its recorded wall time to anchor + monotonic
};

inline Dated dateRow(std::int64_t wallMs, std::int64_t monoMs, bool synced, std::optional<std::int64_t> anchorOffset) {
    if (synced || !anchorOffset) return {wallMs, !synced, false};
    std::int64_t own = wallMs - monoMs;
    std::int64_t diff = own - *anchorOffset;
    if (diff < 0) diff = -diff;
    if (diff <= kDatingToleranceMs) return {wallMs, true, false};
    return {monoMs + *anchorOffset, true, true};
}

/// The anchor offset (wall − mono) of a boot (boots.id), or nullopt when it has no rows.
std::optional<std::int64_t> computeAnchor(db::Database& db, std::int64_t bootRef);

/// Local calendar position of a wall time at a fixed UTC offset.
struct LocalTime {
    std::int64_t day;  // days since 1970-01-01 (local)
    int hour;          // 0..23
    int minuteOfDay;   // 0..1439
};
inline LocalTime localTime(std::int64_t ms, int utcOffsetMin) {
    std::int64_t local = ms + static_cast<std::int64_t>(utcOffsetMin) * 60000;
    std::int64_t day = local >= 0 ? local / kDayMs : -((-local + kDayMs - 1) / kDayMs);
    std::int64_t inDay = local - day * kDayMs;
    return {day, static_cast<int>(inDay / 3'600'000), static_cast<int>(inDay / 60'000)};
}

/// "2025-08-02" (or any ISO time: its local date) → day number; false when malformed.
bool parseDay(const std::string& text, std::int64_t& day, int utcOffsetMin = kDefaultUtcOffsetMin);
/// Day number → "2025-08-02".
std::string formatDay(std::int64_t day);
/// Monday of the week holding `day` (1970-01-01 was a Thursday).
inline std::int64_t weekStart(std::int64_t day) {
    std::int64_t dow = ((day % 7) + 7 + 3) % 7; // 0 = Monday
    return day - dow;
}

} // namespace signage::playlog
