// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Wall time in the box's zone, written the Vietnamese way: "Thứ Hai, 22/11/2026", "07:30".
// The zone is a fixed UTC offset (Vietnam has no daylight saving; Asia/Ho_Chi_Minh = +07:00).
#include <optional>
#include <string>
#include <string_view>

#include "core/Clock.h"

namespace signage::scripting {

inline constexpr int kVietnamOffsetMinutes = core::kDefaultUtcOffsetMinutes;

struct LocalTime {
    int year = 1970, month = 1, day = 1;
    int hour = 0, minute = 0, second = 0;
    int weekday = 4; // 0 = Sunday (Chủ Nhật) … 6 = Saturday (Thứ Bảy), as os.date's wday - 1
    int yearDay = 1; // 1..366
};

LocalTime toLocal(core::WallMs t, int offsetMinutes);
/// Inverse of toLocal (fields may overflow: month 13 is January next year).
core::WallMs fromLocal(const LocalTime& lt, int offsetMinutes);

/// "Thứ Hai" … "Chủ Nhật"; short: "T2" … "CN".
std::string weekdayName(int weekday, bool shortForm = false);

/// strftime-like formatting in the box's zone:
///   %d day 01-31   %m month 01-12   %Y year   %y 2-digit year   %H hour 00-23
///   %M minute      %S second        %A "Thứ Hai"   %a "T2"   %B "tháng 11"   %j day of year
///   %w weekday 0-6 (0 = Chủ Nhật)   %% a percent sign
/// Returns nullopt (and *bad = the letter) for an unknown conversion.
std::optional<std::string> formatLocal(std::string_view pattern, core::WallMs t, int offsetMinutes, char* bad = nullptr);

/// "Thứ Hai, 22/11/2026".
std::string vnDate(core::WallMs t, int offsetMinutes);
/// "07:30" (or "07:30:05" with seconds).
std::string vnClock(core::WallMs t, int offsetMinutes, bool withSeconds = false);

} // namespace signage::scripting
