// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Civil (proleptic Gregorian) dates as day numbers, the unit the schedule reasons in.
// A Day is a local date, counted from 1970-01-01; which UTC instants it covers depends
// on the time zone (see TimeZone::startOfDay).
#include <cstdint>
#include <string>
#include <string_view>

namespace signage::schedule {

/// Days since 1970-01-01 of a local calendar date.
using Day = std::int64_t;

inline constexpr std::int64_t kMsPerMinute = 60'000;
inline constexpr std::int64_t kMsPerHour = 3'600'000;
inline constexpr std::int64_t kMsPerDay = 86'400'000;

struct CivilDate {
    int year = 1970;
    unsigned month = 1; // 1..12
    unsigned day = 1;   // 1..31
};

/// Floor division (rounds towards minus infinity), for times before 1970.
constexpr std::int64_t floorDiv(std::int64_t a, std::int64_t b) {
    std::int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

Day daysFromCivil(int year, unsigned month, unsigned day);
CivilDate civilFromDays(Day day);
/// 0 = Monday ... 6 = Sunday (ISO order; 1970-01-01 was a Thursday).
int weekdayOf(Day day);
unsigned daysInMonth(int year, unsigned month);

/// Parses "YYYY-MM-DD" (a real calendar date). Returns false otherwise.
bool parseDate(std::string_view text, Day& out);
/// "YYYY-MM-DD".
std::string formatDate(Day day);
/// "HH:MM" for minutes after midnight (1440 prints as "24:00").
std::string formatMinutes(int minutes);

} // namespace signage::schedule
