// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The small text forms schedule.toml uses: time windows "05:30-07:30", times of day
// "06:00", weekday names (English, or Vietnamese "t2".."t7", "cn").
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace signage::schedule {

/// "HH:MM" (00:00..24:00) -> minutes after midnight.
std::optional<int> parseTimeOfDay(std::string_view text);

/// "HH:MM-HH:MM" (also with an en dash or spaces around the dash) -> start and end
/// minutes. 24:00 is allowed as an end only; start == end is rejected.
/// On failure, *error gets a reason in the run's language.
bool parseWindowText(std::string_view text, int& startMin, int& endMin, std::string* error = nullptr);

/// One weekday word or range: "mon", "monday", "t2", "cn", "mon-fri", "t2-t6",
/// "daily", "weekdays", "weekend" -> bit mask (bit 0 = Monday). nullopt when unknown.
std::optional<std::uint8_t> parseWeekdayWord(std::string_view text);

/// The words parseWeekdayWord knows, for "did you mean".
const std::vector<std::string>& weekdayWords();

} // namespace signage::schedule
