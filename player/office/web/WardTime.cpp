// SPDX-License-Identifier: GPL-3.0-or-later
#include "office/web/WardTime.h"

#include <cstdio>
#include <cstdlib>

#include "core/Clock.h"
#include "playlog/Dating.h"

namespace signage::office::web {
namespace {

bool digits(std::string_view s, size_t at, size_t n) {
    if (at + n > s.size()) return false;
    for (size_t i = at; i < at + n; ++i)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

// The length of the ISO-8601 date-time with an offset starting at `at` (0: none there),
// and in `canonical` the same without a fraction of a second, as core::parseIsoTime reads it.
size_t isoAt(std::string_view s, size_t at, std::string& canonical) {
    // YYYY-MM-DDTHH:MM
    if (!digits(s, at, 4) || s.size() < at + 16 || s[at + 4] != '-' || !digits(s, at + 5, 2) || s[at + 7] != '-' ||
        !digits(s, at + 8, 2) || s[at + 10] != 'T' || !digits(s, at + 11, 2) || s[at + 13] != ':' ||
        !digits(s, at + 14, 2))
        return 0;
    size_t p = at + 16;
    canonical.assign(s.substr(at, 16));
    if (p + 3 <= s.size() && s[p] == ':' && digits(s, p + 1, 2)) {
        canonical.append(s.substr(p, 3));
        p += 3;
        if (p + 1 < s.size() && s[p] == '.' && digits(s, p + 1, 1))
            for (++p; p < s.size() && s[p] >= '0' && s[p] <= '9';) ++p;
    }
    if (p < s.size() && s[p] == 'Z') {
        canonical += 'Z';
        return p + 1 - at;
    }
    if (p + 6 <= s.size() && (s[p] == '+' || s[p] == '-') && digits(s, p + 1, 2) && s[p + 3] == ':' &&
        digits(s, p + 4, 2)) {
        canonical.append(s.substr(p, 6));
        return p + 6 - at;
    }
    return 0;
}

bool wordChar(char ch) { return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); }

} // namespace

schedule::TimeZone wardZone(int utcOffsetMin) {
    return schedule::TimeZone::fixed(utcOffsetMin * 60, "UTC" + offsetLabel(utcOffsetMin));
}

std::string offsetLabel(int m) {
    char b[16];
    std::snprintf(b, sizeof b, "%c%02d:%02d", m < 0 ? '-' : '+', std::abs(m) / 60, std::abs(m) % 60);
    return b;
}

std::string formatDate(std::int64_t day) {
    std::string iso = playlog::formatDay(day); // YYYY-MM-DD
    if (iso.size() != 10) return iso;
    return iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4);
}

std::string formatTime(std::int64_t ms, const schedule::TimeZone& zone) {
    if (ms <= 0) return "—";
    const auto local = zone.toLocal(ms);
    const auto day = schedule::floorDiv(local, schedule::kMsPerDay);
    const auto minute = (local - day * schedule::kMsPerDay) / 60'000;
    char b[16];
    std::snprintf(b, sizeof b, " %02d:%02d", static_cast<int>(minute / 60), static_cast<int>(minute % 60));
    return formatDate(day) + b;
}

std::string localTimes(std::string_view text, const schedule::TimeZone& zone) {
    std::string out, iso;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
        const bool boundary = i == 0 || !wordChar(text[i - 1]);
        core::WallMs ms = 0;
        if (const size_t n = boundary ? isoAt(text, i, iso) : 0;
            n > 0 && (i + n == text.size() || !wordChar(text[i + n])) && core::parseIsoTime(iso, ms)) {
            out += formatTime(ms, zone);
            i += n;
        } else {
            out += text[i++];
        }
    }
    return out;
}

} // namespace signage::office::web
