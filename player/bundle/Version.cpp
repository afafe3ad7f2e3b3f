// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle/Version.h"

#include <algorithm>

#ifndef SIGNAGE_PLAYER_VERSION
#define SIGNAGE_PLAYER_VERSION "0.0.0"
#endif

namespace signage::bundle {

std::optional<Version> Version::parse(std::string_view text) {
    Version v;
    v._text = std::string(text);
    long part = 0;
    int digits = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == '.') {
            if (digits == 0) return std::nullopt;
            v._parts.push_back(part);
            part = 0;
            digits = 0;
        } else if (text[i] >= '0' && text[i] <= '9') {
            if (++digits > 9) return std::nullopt;
            part = part * 10 + (text[i] - '0');
        } else {
            return std::nullopt;
        }
    }
    return v;
}

int Version::compare(const Version& other) const {
    size_t n = std::max(_parts.size(), other._parts.size());
    for (size_t i = 0; i < n; ++i) {
        long a = i < _parts.size() ? _parts[i] : 0;
        long b = i < other._parts.size() ? other._parts[i] : 0;
        if (a != b) return a < b ? -1 : 1;
    }
    return 0;
}

const Version& playerVersion() {
    static const Version v = *Version::parse(SIGNAGE_PLAYER_VERSION);
    return v;
}

} // namespace signage::bundle
