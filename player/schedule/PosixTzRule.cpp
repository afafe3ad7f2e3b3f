// SPDX-License-Identifier: GPL-3.0-or-later
// POSIX TZ strings as found in the footer of TZif files (RFC 8536 section 3.3), e.g.
// "<+07>-7" (no DST) or "CET-1CEST,M3.5.0,M10.5.0/3".
#include "schedule/TimeZone.h"

#include <cctype>

namespace signage::schedule {
namespace {

struct Cursor {
    std::string_view s;
    size_t i = 0;
    bool done() const { return i >= s.size(); }
    char peek() const { return done() ? '\0' : s[i]; }
};

bool parseName(Cursor& c) {
    if (c.peek() == '<') {
        size_t close = c.s.find('>', c.i);
        if (close == std::string_view::npos || close == c.i + 1) return false;
        c.i = close + 1;
        return true;
    }
    size_t start = c.i;
    while (!c.done() && std::isalpha(static_cast<unsigned char>(c.peek()))) ++c.i;
    return c.i - start >= 3;
}

bool parseNumber(Cursor& c, int& out, int maxDigits) {
    int n = 0, v = 0;
    while (!c.done() && std::isdigit(static_cast<unsigned char>(c.peek())) && n < maxDigits) {
        v = v * 10 + (c.peek() - '0');
        ++c.i;
        ++n;
    }
    out = v;
    return n > 0;
}

// [+-]hh[:mm[:ss]] -> seconds (sign as written).
bool parseHms(Cursor& c, int& seconds, int maxHours) {
    int sign = 1;
    if (c.peek() == '+' || c.peek() == '-') {
        sign = c.peek() == '-' ? -1 : 1;
        ++c.i;
    }
    int h = 0, m = 0, s = 0;
    if (!parseNumber(c, h, 3) || h > maxHours) return false;
    if (c.peek() == ':') {
        ++c.i;
        if (!parseNumber(c, m, 2) || m > 59) return false;
        if (c.peek() == ':') {
            ++c.i;
            if (!parseNumber(c, s, 2) || s > 59) return false;
        }
    }
    seconds = sign * (h * 3600 + m * 60 + s);
    return true;
}

bool parseWhen(Cursor& c, PosixTzRule::When& w) {
    using Kind = PosixTzRule::When::Kind;
    if (c.peek() == 'M') {
        ++c.i;
        w.kind = Kind::MonthWeekDay;
        if (!parseNumber(c, w.month, 2) || w.month < 1 || w.month > 12 || c.peek() != '.') return false;
        ++c.i;
        if (!parseNumber(c, w.week, 1) || w.week < 1 || w.week > 5 || c.peek() != '.') return false;
        ++c.i;
        if (!parseNumber(c, w.day, 1) || w.day > 6) return false;
    } else if (c.peek() == 'J') {
        ++c.i;
        w.kind = Kind::Julian1;
        if (!parseNumber(c, w.day, 3) || w.day < 1 || w.day > 365) return false;
    } else {
        w.kind = Kind::Julian0;
        if (!parseNumber(c, w.day, 3) || w.day > 365) return false;
    }
    w.time = 7200;
    if (c.peek() == '/') {
        ++c.i;
        if (!parseHms(c, w.time, 167)) return false;
    }
    return true;
}

bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Local seconds (since the local epoch) at which a rule fires in `year`.
std::int64_t localTransition(const PosixTzRule::When& w, int year) {
    using Kind = PosixTzRule::When::Kind;
    Day day = 0;
    switch (w.kind) {
    case Kind::Julian1: {
        int n = w.day; // 1..365, February 29 never counted
        day = daysFromCivil(year, 1, 1) + n - 1 + (isLeap(year) && n >= 60 ? 1 : 0);
        break;
    }
    case Kind::Julian0: day = daysFromCivil(year, 1, 1) + w.day; break;
    case Kind::MonthWeekDay: {
        Day first = daysFromCivil(year, static_cast<unsigned>(w.month), 1);
        int firstSunday0 = (weekdayOf(first) + 1) % 7; // 0 = Sunday
        int dom = 1 + (w.day - firstSunday0 + 7) % 7 + (w.week - 1) * 7;
        int len = static_cast<int>(daysInMonth(year, static_cast<unsigned>(w.month)));
        while (dom > len) dom -= 7;
        day = first + dom - 1;
        break;
    }
    }
    return day * 86400 + w.time;
}

} // namespace

bool PosixTzRule::parse(std::string_view text, PosixTzRule& out) {
    Cursor c{text};
    PosixTzRule r;
    int off = 0;
    if (!parseName(c) || !parseHms(c, off, 24)) return false;
    r.stdOffset = -off; // POSIX counts hours west of Greenwich
    if (c.done()) {
        out = r;
        return true;
    }
    if (!parseName(c)) return false;
    r.hasDst = true;
    r.dstOffset = r.stdOffset + 3600;
    if (c.peek() != ',' && !c.done()) {
        if (!parseHms(c, off, 24)) return false;
        r.dstOffset = -off;
    }
    if (c.done()) {
        // No rule given: POSIX leaves it implementation-defined; use the US rule as glibc does.
        r.start = {When::Kind::MonthWeekDay, 0, 2, 3, 7200};
        r.end = {When::Kind::MonthWeekDay, 0, 1, 11, 7200};
        out = r;
        return true;
    }
    if (c.peek() != ',') return false;
    ++c.i;
    if (!parseWhen(c, r.start) || c.peek() != ',') return false;
    ++c.i;
    if (!parseWhen(c, r.end) || !c.done()) return false;
    out = r;
    return true;
}

int PosixTzRule::offsetAt(std::int64_t utcSeconds) const {
    if (!hasDst) return stdOffset;
    // Evaluate in the year of the instant (in standard time); the complement test below
    // handles zones whose summer spans the new year (southern hemisphere).
    int year = civilFromDays(floorDiv(utcSeconds + stdOffset, 86400)).year;
    // The start fires in standard time, the end in summer time.
    std::int64_t begins = localTransition(start, year) - stdOffset;
    std::int64_t ends = localTransition(end, year) - dstOffset;
    bool dst = begins < ends ? (utcSeconds >= begins && utcSeconds < ends) : !(utcSeconds >= ends && utcSeconds < begins);
    return dst ? dstOffset : stdOffset;
}

} // namespace signage::schedule
