// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/ScheduleText.h"

#include <cctype>

#include "core/Lang.h"

namespace signage::schedule {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Single days, 0 = Monday.
int dayIndex(std::string_view w) {
    static const char* kShort[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    static const char* kLong[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    static const char* kVi[] = {"t2", "t3", "t4", "t5", "t6", "t7", "cn"};
    for (int i = 0; i < 7; ++i)
        if (w == kShort[i] || w == kLong[i] || w == kVi[i]) return i;
    return -1;
}

} // namespace

std::optional<int> parseTimeOfDay(std::string_view text) {
    text = trim(text);
    if (text.size() != 5 || text[2] != ':') return std::nullopt;
    for (size_t i : {0u, 1u, 3u, 4u})
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) return std::nullopt;
    int h = (text[0] - '0') * 10 + (text[1] - '0');
    int m = (text[3] - '0') * 10 + (text[4] - '0');
    if (m > 59 || h > 24 || (h == 24 && m != 0)) return std::nullopt;
    return h * 60 + m;
}

bool parseWindowText(std::string_view text, int& startMin, int& endMin, std::string* error) {
    auto fail = [&] {
        if (error)
            *error = core::tr("khung giờ không hợp lệ \"", "invalid time window \"") + std::string(text) +
                     core::tr("\" (dạng \"05:30-07:30\")", "\" (expected \"05:30-07:30\")");
        return false;
    };
    std::string_view s = trim(text);
    size_t dash = s.find('-');
    size_t dashLen = 1;
    if (dash == std::string_view::npos) {
        dash = s.find("\u2013"); // en dash, as word processors write ranges
        dashLen = 3;
    }
    if (dash == std::string_view::npos) return fail();
    auto a = parseTimeOfDay(s.substr(0, dash));
    auto b = parseTimeOfDay(s.substr(dash + dashLen));
    if (!a || !b || *a == 1440) return fail();
    if (*a == *b || (*b == 0 && *a == 0)) {
        if (error)
            *error = core::tr("khung giờ rỗng \"", "empty time window \"") + std::string(text) +
                     core::tr("\" (cả ngày: \"00:00-24:00\")", "\" (a whole day is \"00:00-24:00\")");
        return false;
    }
    startMin = *a;
    endMin = *b == 0 ? 1440 : *b; // "22:00-00:00" ends at midnight
    return true;
}

std::optional<std::uint8_t> parseWeekdayWord(std::string_view text) {
    std::string w = lower(trim(text));
    if (w == "daily" || w == "all" || w == "hằng ngày" || w == "hang ngay") return 0x7f;
    if (w == "weekdays") return 0x1f;
    if (w == "weekend") return 0x60;
    if (int i = dayIndex(w); i >= 0) return static_cast<std::uint8_t>(1u << i);
    size_t dash = w.find('-');
    if (dash == std::string::npos) return std::nullopt;
    int a = dayIndex(trim(std::string_view(w).substr(0, dash)));
    int b = dayIndex(trim(std::string_view(w).substr(dash + 1)));
    if (a < 0 || b < 0) return std::nullopt;
    std::uint8_t mask = 0;
    for (int i = a;; i = (i + 1) % 7) { // "sat-mon" wraps over the week's end
        mask |= static_cast<std::uint8_t>(1u << i);
        if (i == b) break;
    }
    return mask;
}

const std::vector<std::string>& weekdayWords() {
    static const std::vector<std::string> kWords = {
        "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "t2", "t3", "t4", "t5", "t6", "t7", "cn", "daily", "weekdays", "weekend"};
    return kWords;
}

} // namespace signage::schedule
