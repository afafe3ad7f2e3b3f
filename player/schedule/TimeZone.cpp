// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/TimeZone.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace signage::schedule {
namespace {

constexpr size_t kHeaderSize = 44;
constexpr size_t kMaxTzifBytes = 1 << 20; // real files are a few KB

struct Header {
    char version = 0;
    std::uint32_t isutcnt = 0, isstdcnt = 0, leapcnt = 0, timecnt = 0, typecnt = 0, charcnt = 0;
};

std::uint32_t be32(std::string_view b, size_t at) {
    return (static_cast<std::uint32_t>(static_cast<unsigned char>(b[at])) << 24) |
           (static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 1])) << 16) |
           (static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 2])) << 8) |
           static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 3]));
}

std::int64_t be64(std::string_view b, size_t at) {
    std::uint64_t hi = be32(b, at), lo = be32(b, at + 4);
    return static_cast<std::int64_t>((hi << 32) | lo);
}

bool readHeader(std::string_view b, size_t at, Header& h) {
    if (b.size() < at + kHeaderSize || b.substr(at, 4) != "TZif") return false;
    h.version = b[at + 4];
    h.isutcnt = be32(b, at + 20);
    h.isstdcnt = be32(b, at + 24);
    h.leapcnt = be32(b, at + 28);
    h.timecnt = be32(b, at + 32);
    h.typecnt = be32(b, at + 36);
    h.charcnt = be32(b, at + 40);
    // Sanity limits keep a hostile file from asking for absurd sizes.
    return h.typecnt >= 1 && h.typecnt <= 256 && h.timecnt <= 100000 && h.charcnt <= 100000 &&
           h.leapcnt <= 100000 && (h.isutcnt == 0 || h.isutcnt == h.typecnt) &&
           (h.isstdcnt == 0 || h.isstdcnt == h.typecnt);
}

size_t dataSize(const Header& h, size_t timeSize) {
    return h.timecnt * timeSize + h.timecnt + h.typecnt * 6 + h.charcnt + h.leapcnt * (timeSize + 4) + h.isstdcnt +
           h.isutcnt;
}

bool validZoneName(std::string_view name) {
    if (name.empty() || name.size() > 255 || name.front() == '/') return false;
    for (char ch : name) {
        bool ok = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '/' ||
                  ch == '_' || ch == '-' || ch == '+';
        if (!ok) return false;
    }
    return name.find("..") == std::string_view::npos;
}

void setError(std::string* error, std::string text) {
    if (error) *error = std::move(text);
}

} // namespace

TimeZone TimeZone::utc() { return fixed(0, "UTC"); }

TimeZone TimeZone::fixed(int offsetSeconds, std::string name) {
    TimeZone z;
    z._name = std::move(name);
    z._initialOffset = offsetSeconds;
    return z;
}

std::optional<TimeZone> TimeZone::fromTzif(std::string_view b, std::string name, std::string* error) {
    Header h;
    if (!readHeader(b, 0, h)) {
        setError(error, "not a TZif file or a corrupt header");
        return std::nullopt;
    }
    size_t at = kHeaderSize;
    size_t timeSize = 4;
    if (h.version >= '2') {
        // Skip the 32-bit block and read the 64-bit one, which covers all of time.
        at += dataSize(h, 4);
        if (!readHeader(b, at, h)) {
            setError(error, "corrupt TZif version 2+ header");
            return std::nullopt;
        }
        at += kHeaderSize;
        timeSize = 8;
    }
    if (b.size() < at + dataSize(h, timeSize)) {
        setError(error, "truncated TZif file");
        return std::nullopt;
    }
    TimeZone z;
    z._name = std::move(name);
    std::vector<std::int64_t> times(h.timecnt);
    for (size_t i = 0; i < h.timecnt; ++i)
        times[i] = timeSize == 8 ? be64(b, at + i * 8) : static_cast<std::int32_t>(be32(b, at + i * 4));
    at += h.timecnt * timeSize;
    std::vector<unsigned> index(h.timecnt);
    for (size_t i = 0; i < h.timecnt; ++i) index[i] = static_cast<unsigned char>(b[at + i]);
    at += h.timecnt;
    std::vector<int> typeOffset(h.typecnt);
    for (size_t i = 0; i < h.typecnt; ++i) {
        typeOffset[i] = static_cast<std::int32_t>(be32(b, at + i * 6));
        if (typeOffset[i] < -25 * 3600 || typeOffset[i] > 26 * 3600) {
            setError(error, "TZif offset out of range");
            return std::nullopt;
        }
    }
    at += h.typecnt * 6 + h.charcnt + h.leapcnt * (timeSize + 4) + h.isstdcnt + h.isutcnt;
    for (size_t i = 0; i < h.timecnt; ++i) {
        if (index[i] >= h.typecnt || (i > 0 && times[i] <= times[i - 1])) {
            setError(error, "corrupt TZif transition table");
            return std::nullopt;
        }
    }
    z._initialOffset = typeOffset[0]; // RFC 8536: type 0 applies before the first transition
    z._transitions = std::move(times);
    z._offsets.reserve(h.timecnt);
    for (unsigned i : index) z._offsets.push_back(typeOffset[i]);

    if (timeSize == 8 && at < b.size() && b[at] == '\n') {
        size_t end = b.find('\n', at + 1);
        if (end != std::string_view::npos && end > at + 1) {
            PosixTzRule rule;
            if (!PosixTzRule::parse(b.substr(at + 1, end - at - 1), rule)) {
                setError(error, "unreadable TZ rule in the TZif footer");
                return std::nullopt;
            }
            z._footer = rule;
        }
    }
    return z;
}

std::optional<TimeZone> TimeZone::load(std::string_view name, std::string* error) {
    if (name == "UTC" || name == "Etc/UTC") return utc();
    if (!validZoneName(name)) {
        setError(error, "invalid time zone name \"" + std::string(name) + "\"");
        return std::nullopt;
    }
    const char* dirEnv = std::getenv("TZDIR");
    std::string dir = dirEnv && *dirEnv ? dirEnv : "/usr/share/zoneinfo";
    std::string path = dir + "/" + std::string(name);
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        setError(error, "unknown time zone \"" + std::string(name) + "\" (no " + path + "; is tzdata installed?)");
        return std::nullopt;
    }
    std::string bytes;
    bytes.resize(kMaxTzifBytes + 1);
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<size_t>(in.gcount()));
    if (bytes.size() > kMaxTzifBytes) {
        setError(error, path + ": too large for a TZif file");
        return std::nullopt;
    }
    std::string why;
    auto zone = fromTzif(bytes, std::string(name), &why);
    if (!zone) setError(error, path + ": " + why);
    return zone;
}

TimeZone TimeZone::loadOrFallback(std::string_view name, std::string* warning) {
    std::string why;
    if (auto z = load(name, &why)) return *z;
    if (name == core::kDefaultTimeZoneName || name == "Asia/Saigon") {
        if (warning) *warning = why + "; using the built-in UTC+07:00";
        return fixed(core::kDefaultUtcOffsetMinutes * 60, std::string(name));
    }
    if (warning) *warning = why + "; using UTC";
    return utc();
}

int TimeZone::offsetAt(WallMs utc) const {
    std::int64_t s = floorDiv(utc, 1000);
    if (_transitions.empty() || s < _transitions.front()) {
        if (_transitions.empty() && _footer) return _footer->offsetAt(s);
        return _initialOffset;
    }
    if (s >= _transitions.back() && _footer) return _footer->offsetAt(s);
    auto it = std::upper_bound(_transitions.begin(), _transitions.end(), s);
    return _offsets[static_cast<size_t>(it - _transitions.begin()) - 1];
}

WallMs TimeZone::toUtc(WallMs local) const {
    // Offsets never exceed ±26 h and zones do not change twice within a day, so the
    // offsets half a day either side are the only candidates.
    int before = offsetAt(local - 12 * kMsPerHour);
    int after = offsetAt(local + 12 * kMsPerHour);
    WallMs a = local - static_cast<WallMs>(before) * 1000;
    WallMs b = local - static_cast<WallMs>(after) * 1000;
    bool aOk = offsetAt(a) == before, bOk = offsetAt(b) == after;
    if (aOk && bOk) return std::min(a, b); // ambiguous: the earlier instant
    if (aOk) return a;
    if (bOk) return b;
    return a; // in a gap: shifted forward by the gap's length
}

std::optional<int> TimeZone::constantOffset(WallMs from, WallMs to) const {
    std::int64_t a = floorDiv(from, 1000), b = floorDiv(to, 1000);
    auto index = [&](std::int64_t s) { return std::upper_bound(_transitions.begin(), _transitions.end(), s) - _transitions.begin(); };
    bool tableA = !_transitions.empty() && (a < _transitions.back() || !_footer);
    bool tableB = !_transitions.empty() && (b < _transitions.back() || !_footer);
    if (_transitions.empty() && !_footer) return _initialOffset;
    if (tableA && tableB) {
        if (index(a) != index(b)) return std::nullopt;
        return offsetAt(from);
    }
    if (!tableA && !tableB && _footer) {
        if (!_footer->hasDst) return _footer->stdOffset;
        // Sample hourly: footer rules change at most twice a year, never twice in an hour.
        int o = _footer->offsetAt(a);
        for (std::int64_t s = a; s < b; s += 3600)
            if (_footer->offsetAt(s) != o) return std::nullopt;
        if (_footer->offsetAt(b) != o) return std::nullopt;
        return o;
    }
    return std::nullopt; // spans the end of the table: rare, take the slow path
}

std::string TimeZone::formatIso(WallMs utc) const { return core::formatIsoTime(utc, offsetAt(utc) / 60); }

} // namespace signage::schedule
