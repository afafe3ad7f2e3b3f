// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Duration.h"

#include <cctype>
#include <cmath>

namespace signage::core {

namespace {
bool fail(std::string* error, std::string message) {
    if (error) *error = std::move(message);
    return false;
}
} // namespace

std::optional<Millis> parseDuration(std::string_view text, std::string* error) {
    if (text.empty()) {
        fail(error, "empty duration (write e.g. \"15s\", \"2m\", \"1h30m\")");
        return std::nullopt;
    }
    double totalMs = 0;
    size_t i = 0;
    int lastRank = 100; // units must go from large to small: h > m > s > ms
    while (i < text.size()) {
        size_t start = i;
        bool sawDot = false;
        while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || (text[i] == '.' && !sawDot))) {
            if (text[i] == '.') sawDot = true;
            ++i;
        }
        if (i == start) {
            fail(error, "expected a number at \"" + std::string(text.substr(start)) + "\" (write e.g. \"15s\", \"2m\", \"1h30m\")");
            return std::nullopt;
        }
        double value = std::stod(std::string(text.substr(start, i - start)));
        size_t unitStart = i;
        while (i < text.size() && std::isalpha(static_cast<unsigned char>(text[i]))) ++i;
        std::string_view unit = text.substr(unitStart, i - unitStart);
        double factor = 0;
        int rank = 0;
        if (unit == "h") { factor = 3600000; rank = 4; }
        else if (unit == "m" || unit == "min") { factor = 60000; rank = 3; }
        else if (unit == "s") { factor = 1000; rank = 2; }
        else if (unit == "ms") { factor = 1; rank = 1; }
        else {
            fail(error, unit.empty() ? "missing unit after " + std::string(text.substr(start, unitStart - start)) + " (use h, m, s or ms)"
                                     : "unknown unit \"" + std::string(unit) + "\" (use h, m, s or ms)");
            return std::nullopt;
        }
        if (rank >= lastRank) {
            fail(error, "units out of order in \"" + std::string(text) + "\" (write hours, then minutes, then seconds)");
            return std::nullopt;
        }
        lastRank = rank;
        totalMs += value * factor;
    }
    if (totalMs > 366.0 * 24 * 3600000) {
        fail(error, "duration longer than a year");
        return std::nullopt;
    }
    return Millis(static_cast<long long>(std::llround(totalMs)));
}

std::string formatDuration(Millis d) {
    long long ms = d.count();
    if (ms == 0) return "0s";
    std::string out;
    if (ms < 0) { out = "-"; ms = -ms; }
    long long h = ms / 3600000; ms %= 3600000;
    long long m = ms / 60000; ms %= 60000;
    long long s = ms / 1000; ms %= 1000;
    if (h) out += std::to_string(h) + "h";
    if (m) out += std::to_string(m) + "m";
    if (s) out += std::to_string(s) + "s";
    if (ms) out += std::to_string(ms) + "ms";
    return out;
}

} // namespace signage::core
