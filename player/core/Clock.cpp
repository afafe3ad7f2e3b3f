// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Clock.h"

#include <cmath>
#include <cstdio>
#include <string>

namespace signage::core {

std::int64_t Clock::toRealMs(std::int64_t clockMs) const {
    double s = speed();
    if (s <= 0) return clockMs;
    return static_cast<std::int64_t>(std::ceil(static_cast<double>(clockMs) / s));
}

WallMs RealClock::wallNow() const {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

SteadyMs RealClock::steadyNow() const {
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

VirtualClock::VirtualClock(WallMs start, double speed)
    : _start(start), _speed(speed > 0 ? speed : 1.0), _realOrigin(std::chrono::steady_clock::now()) {}

WallMs VirtualClock::wallNow() const { return _start + steadyNow(); }

SteadyMs VirtualClock::steadyNow() const {
    using namespace std::chrono;
    auto real = duration_cast<microseconds>(steady_clock::now() - _realOrigin).count();
    return static_cast<SteadyMs>(static_cast<double>(real) * _speed / 1000.0);
}

namespace {
// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
std::int64_t daysFromCivil(int y, unsigned m, unsigned d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<std::int64_t>(era) * 146097 + static_cast<std::int64_t>(doe) - 719468;
}
void civilFromDays(std::int64_t z, int& y, unsigned& m, unsigned& d) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = static_cast<int>(yoe) + static_cast<int>(era) * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
}
} // namespace

bool parseIsoTime(const std::string& text, WallMs& out, int defaultOffsetMinutes) {
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    int consumed = 0;
    if (std::sscanf(text.c_str(), "%4d-%2d-%2d%n", &y, &mo, &d, &consumed) != 3 || consumed != 10) return false;
    size_t pos = 10;
    int offset = defaultOffsetMinutes;
    if (pos < text.size()) {
        if (text[pos] != 'T' && text[pos] != ' ') return false;
        ++pos;
        int n = 0;
        if (std::sscanf(text.c_str() + pos, "%2d:%2d%n", &h, &mi, &n) != 2 || n != 5) return false;
        pos += 5;
        if (pos < text.size() && text[pos] == ':') {
            if (std::sscanf(text.c_str() + pos, ":%2d%n", &s, &n) != 1 || n != 3) return false;
            pos += 3;
        }
        if (pos < text.size()) {
            if (text[pos] == 'Z' && pos + 1 == text.size()) {
                offset = 0;
            } else if ((text[pos] == '+' || text[pos] == '-') && text.size() - pos == 6 && text[pos + 3] == ':') {
                int oh = 0, om = 0;
                if (std::sscanf(text.c_str() + pos + 1, "%2d:%2d", &oh, &om) != 2) return false;
                offset = (oh * 60 + om) * (text[pos] == '-' ? -1 : 1);
            } else {
                return false;
            }
        }
    }
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return false;
    std::int64_t days = daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d));
    std::int64_t secs = days * 86400 + h * 3600 + mi * 60 + s - offset * 60;
    out = secs * 1000;
    return true;
}

std::string formatIsoTime(WallMs t, int offsetMinutes) {
    std::int64_t localSec = (t >= 0 ? t / 1000 : (t - 999) / 1000) + offsetMinutes * 60;
    std::int64_t days = localSec >= 0 ? localSec / 86400 : (localSec - 86399) / 86400;
    std::int64_t sod = localSec - days * 86400;
    int y; unsigned m, d;
    civilFromDays(days, y, m, d);
    char buf[96];
    int off = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d%c%02d:%02d", y, m, d,
                  static_cast<int>(sod / 3600), static_cast<int>(sod / 60 % 60), static_cast<int>(sod % 60),
                  offsetMinutes < 0 ? '-' : '+', off / 60, off % 60);
    return buf;
}

} // namespace signage::core
