// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// schedule.toml as loaded: which playlist plays when (rules), what must be shown at
// least N times a day (targets), and when the screen is on (display). Plain data; the
// Scheduler turns it into decisions. docs/schedule-format.md documents every key.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/Clock.h"
#include "core/Diagnostic.h"
#include "schedule/Calendar.h"

namespace signage::schedule {

using core::SourcePos;

inline constexpr const char* kDefaultTimeZone = core::kDefaultTimeZoneName;

/// A daily time window in local time, "05:30-07:30". A window whose end is not after its
/// start ("22:00-02:00") crosses midnight and ends on the next day; it belongs to the day
/// it starts on (weekdays and dates are checked against that day).
struct Window {
    int startMin = 0;    // minutes after local midnight, 0..1439
    int endMin = 1440;   // 1..1440
    SourcePos pos;
    bool crossesMidnight() const { return endMin <= startMin; }
    int lengthMin() const { return crossesMidnight() ? endMin + 1440 - startMin : endMin - startMin; }
    /// "05:30-07:30".
    std::string text() const { return formatMinutes(startMin) + "-" + formatMinutes(endMin); }
};

/// Which local days something applies to: an inclusive date range and weekdays.
struct DayFilter {
    std::optional<Day> from, to;          // inclusive; absent = open-ended
    std::uint8_t weekdays = 0x7f;         // bit 0 = Monday ... bit 6 = Sunday
    bool matches(Day d) const {
        return (!from || d >= *from) && (!to || d <= *to) && (weekdays >> weekdayOf(d) & 1u);
    }
    bool isEmpty() const { return weekdays == 0 || (from && to && *from > *to); }
};

/// "Play playlist P on these days in these windows", competing by priority; rules of the
/// same priority share the time by weight.
struct Rule {
    std::string id;                 // "rule-N" (1-based) when not given
    std::string name;               // human label for previews and reports
    std::string playlist;
    DayFilter days;
    std::vector<Window> windows;    // empty = the whole day
    int priority = 0;               // higher wins
    double weight = 1.0;            // share among active rules of equal priority (> 0)
    bool weightGiven = false;
    SourcePos pos, playlistPos, datesPos, windowsPos;
};

/// "Item I of playlist P (or the whole playlist P) at least `times` times a day inside
/// window W", as ward offices write their campaign plans. A playlist counts once each
/// time all of its items have been played inside the window.
struct Target {
    std::string id;                 // "target-N" when not given
    std::string name;
    std::string playlist;
    std::string item;               // empty = the whole playlist
    int times = 1;
    Window window;
    DayFilter days;
    SourcePos pos, playlistPos, itemPos, timesPos;
};

/// Screen-on windows (display power). Without any [[display]] block the screen is always on.
struct DisplayBlock {
    std::vector<Window> windows;    // empty = the whole day
    DayFilter days;
    SourcePos pos;
};

struct Schedule {
    std::string timezone = kDefaultTimeZone;
    std::string defaultPlaylist;    // empty: the content's default playlist
    std::vector<Rule> rules;
    std::vector<Target> targets;
    std::vector<DisplayBlock> display;
    std::filesystem::path file;
    SourcePos timezonePos, defaultPlaylistPos;
};

} // namespace signage::schedule
