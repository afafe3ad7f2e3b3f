// SPDX-License-Identifier: GPL-3.0-or-later
#include "scripting/VnTime.h"

#include <cstdio>

namespace signage::scripting {

namespace {

// Days since 1970-01-01 (Howard Hinnant's civil-date algorithms).
std::int64_t daysFromCivil(std::int64_t y, int m, int d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(std::int64_t z, int& y, int& m, int& d) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    y = static_cast<int>(yoe + era * 400 + (m <= 2));
}

std::int64_t floorDiv(std::int64_t a, std::int64_t b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

const char* const kWeekdays[] = {"Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"};
const char* const kWeekdaysShort[] = {"CN", "T2", "T3", "T4", "T5", "T6", "T7"};

} // namespace

LocalTime toLocal(core::WallMs t, int offsetMinutes) {
    std::int64_t secs = floorDiv(t, 1000) + static_cast<std::int64_t>(offsetMinutes) * 60;
    std::int64_t days = floorDiv(secs, 86400);
    std::int64_t sod = secs - days * 86400;
    LocalTime lt;
    civilFromDays(days, lt.year, lt.month, lt.day);
    lt.hour = static_cast<int>(sod / 3600);
    lt.minute = static_cast<int>(sod / 60 % 60);
    lt.second = static_cast<int>(sod % 60);
    lt.weekday = static_cast<int>(((days % 7) + 11) % 7); // 1970-01-01 was a Thursday (4)
    lt.yearDay = static_cast<int>(days - daysFromCivil(lt.year, 1, 1) + 1);
    return lt;
}

core::WallMs fromLocal(const LocalTime& lt, int offsetMinutes) {
    std::int64_t y = lt.year + floorDiv(lt.month - 1, 12);
    int m = static_cast<int>((lt.month - 1) - floorDiv(lt.month - 1, 12) * 12 + 1);
    std::int64_t days = daysFromCivil(y, m, 1) + lt.day - 1;
    std::int64_t secs = days * 86400 + static_cast<std::int64_t>(lt.hour) * 3600 + lt.minute * 60 + lt.second -
                        static_cast<std::int64_t>(offsetMinutes) * 60;
    return secs * 1000;
}

std::string weekdayName(int weekday, bool shortForm) {
    weekday = ((weekday % 7) + 7) % 7;
    return shortForm ? kWeekdaysShort[weekday] : kWeekdays[weekday];
}

std::optional<std::string> formatLocal(std::string_view pattern, core::WallMs t, int offsetMinutes, char* bad) {
    LocalTime lt = toLocal(t, offsetMinutes);
    std::string out;
    char buf[16];
    for (size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != '%') {
            out += pattern[i];
            continue;
        }
        if (++i >= pattern.size()) {
            if (bad) *bad = '\0';
            return std::nullopt;
        }
        switch (pattern[i]) {
        case 'd': std::snprintf(buf, sizeof buf, "%02d", lt.day); out += buf; break;
        case 'm': std::snprintf(buf, sizeof buf, "%02d", lt.month); out += buf; break;
        case 'Y': std::snprintf(buf, sizeof buf, "%04d", lt.year); out += buf; break;
        case 'y': std::snprintf(buf, sizeof buf, "%02d", lt.year % 100); out += buf; break;
        case 'H': std::snprintf(buf, sizeof buf, "%02d", lt.hour); out += buf; break;
        case 'M': std::snprintf(buf, sizeof buf, "%02d", lt.minute); out += buf; break;
        case 'S': std::snprintf(buf, sizeof buf, "%02d", lt.second); out += buf; break;
        case 'j': std::snprintf(buf, sizeof buf, "%03d", lt.yearDay); out += buf; break;
        case 'w': out += static_cast<char>('0' + lt.weekday); break;
        case 'A': out += weekdayName(lt.weekday); break;
        case 'a': out += weekdayName(lt.weekday, true); break;
        case 'B': out += "tháng " + std::to_string(lt.month); break;
        case '%': out += '%'; break;
        default:
            if (bad) *bad = pattern[i];
            return std::nullopt;
        }
    }
    return out;
}

std::string vnDate(core::WallMs t, int offsetMinutes) { return *formatLocal("%A, %d/%m/%Y", t, offsetMinutes); }

std::string vnClock(core::WallMs t, int offsetMinutes, bool withSeconds) {
    return *formatLocal(withSeconds ? "%H:%M:%S" : "%H:%M", t, offsetMinutes);
}

} // namespace signage::scripting
