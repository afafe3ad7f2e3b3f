// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/Values.h"

#include <cctype>
#include <string>
#include <vector>

namespace signage::content {

namespace {
int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::vector<long long> versionParts(std::string_view v) {
    std::vector<long long> parts;
    long long cur = 0;
    for (char c : v) {
        if (c == '.') {
            parts.push_back(cur);
            cur = 0;
        } else if (cur < 1'000'000'000) {
            cur = cur * 10 + (c - '0');
        }
    }
    parts.push_back(cur);
    return parts;
}
} // namespace

std::optional<Color> parseColor(std::string_view text, bool alphaAllowed) {
    if (text.empty() || text[0] != '#') return std::nullopt;
    std::string_view hex = text.substr(1);
    if (hex.size() != 6 && !(alphaAllowed && hex.size() == 8)) return std::nullopt;
    std::uint8_t bytes[4] = {0, 0, 0, 255};
    for (size_t i = 0; i < hex.size(); i += 2) {
        int hi = hexValue(hex[i]), lo = hexValue(hex[i + 1]);
        if (hi < 0 || lo < 0) return std::nullopt;
        bytes[i / 2] = static_cast<std::uint8_t>(hi * 16 + lo);
    }
    return Color{bytes[0], bytes[1], bytes[2], bytes[3]};
}

bool isIdentifier(std::string_view text) {
    if (text.empty()) return false;
    for (char c : text)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) return false;
    return true;
}

bool isSafeName(std::string_view text) {
    if (text.empty() || text.size() > 64 || text[0] == '.') return false;
    for (char c : text)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-')) return false;
    return true;
}

bool isVersion(std::string_view text) {
    bool needDigit = true;
    for (char c : text) {
        if (c == '.') {
            if (needDigit) return false;
            needDigit = true;
        } else if (std::isdigit(static_cast<unsigned char>(c))) {
            needDigit = false;
        } else {
            return false;
        }
    }
    return !needDigit;
}

int compareVersions(std::string_view a, std::string_view b) {
    auto pa = versionParts(a), pb = versionParts(b);
    for (size_t i = 0; i < std::max(pa.size(), pb.size()); ++i) {
        long long x = i < pa.size() ? pa[i] : 0, y = i < pb.size() ? pb[i] : 0;
        if (x != y) return x < y ? -1 : 1;
    }
    return 0;
}

bool isSha256(std::string_view text) {
    if (text.size() != 64) return false;
    for (char c : text)
        if (hexValue(c) < 0) return false;
    return true;
}

} // namespace signage::content
