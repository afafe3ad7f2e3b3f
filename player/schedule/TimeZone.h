// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The box's time zone, read from the system's TZif files (/usr/share/zoneinfo, package
// tzdata). GCC 12's libstdc++ has no std::chrono tzdb, so this is a small reader of
// RFC 8536 files: the transition table plus the POSIX TZ footer rule that covers times
// after the last transition. Immutable after loading; safe to share between threads.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/Clock.h"
#include "schedule/Calendar.h"

namespace signage::schedule {

using core::WallMs;

/// A daylight-saving rule from a POSIX TZ string ("CET-1CEST,M3.5.0,M10.5.0/3").
struct PosixTzRule {
    int stdOffset = 0; // seconds east of UTC
    int dstOffset = 0;
    bool hasDst = false;
    struct When {
        enum class Kind { Julian1, Julian0, MonthWeekDay } kind = Kind::MonthWeekDay;
        int day = 0;   // Jn (1..365, no Feb 29), n (0..365), or weekday 0=Sunday for Mm.w.d
        int week = 0;  // 1..5 (5 = last)
        int month = 0; // 1..12
        int time = 7200; // seconds after local midnight (may be negative or > 24h)
    } start, end;

    /// Parses a POSIX TZ string; false when malformed.
    static bool parse(std::string_view text, PosixTzRule& out);
    /// Offset (seconds east of UTC) in effect at `utcSeconds`.
    int offsetAt(std::int64_t utcSeconds) const;
};

class TimeZone {
public:
    /// Coordinated Universal Time.
    static TimeZone utc();
    /// A zone with one fixed offset (seconds east of UTC) and no transitions.
    static TimeZone fixed(int offsetSeconds, std::string name);
    /// Loads an IANA zone ("Asia/Ho_Chi_Minh", "Europe/Berlin") from $TZDIR or
    /// /usr/share/zoneinfo. On failure returns nullopt and an English reason in *error.
    static std::optional<TimeZone> load(std::string_view name, std::string* error = nullptr);
    /// Like load(), but never fails: when the file is missing or broken, falls back to the
    /// built-in offset for Asia/Ho_Chi_Minh (UTC+7, no DST since 1975) or UTC, and says so
    /// in *warning. Used by the player so a missing tzdata never stops playback.
    static TimeZone loadOrFallback(std::string_view name, std::string* warning = nullptr);
    /// Parses TZif bytes (versions 1-4). `name` is only kept for messages.
    static std::optional<TimeZone> fromTzif(std::string_view bytes, std::string name, std::string* error = nullptr);

    const std::string& name() const { return _name; }
    /// Offset from UTC (seconds east) in effect at the UTC instant `utc`.
    int offsetAt(WallMs utc) const;
    /// Local wall time "as if UTC" (ms since the epoch of the local calendar).
    WallMs toLocal(WallMs utc) const { return utc + static_cast<WallMs>(offsetAt(utc)) * 1000; }
    /// The UTC instant of a local wall time. A local time skipped by a DST gap maps to the
    /// instant the same distance after the gap starts (02:30 on a spring-forward night
    /// becomes 03:30 summer time); an ambiguous one (fall back) maps to the earlier instant.
    WallMs toUtc(WallMs local) const;
    /// The local calendar day containing `utc`.
    Day localDay(WallMs utc) const { return floorDiv(toLocal(utc), kMsPerDay); }
    /// The first instant of local day `day` (local midnight, or the end of a gap over it).
    WallMs startOfDay(Day day) const { return toUtc(day * kMsPerDay); }
    /// The offset when it is the same over all of [from, to] (no transition inside), else
    /// nullopt. Lets callers convert a whole day of local times with one addition.
    std::optional<int> constantOffset(WallMs from, WallMs to) const;
    /// "2025-08-02T06:00:00+07:00": local ISO-8601 with this zone's offset at `utc`.
    std::string formatIso(WallMs utc) const;

private:
    std::string _name;
    int _initialOffset = 0;                 // before the first transition
    std::vector<std::int64_t> _transitions; // UTC seconds, ascending
    std::vector<int> _offsets;              // offset in effect from _transitions[i]
    std::optional<PosixTzRule> _footer;     // after the last transition
};

} // namespace signage::schedule
