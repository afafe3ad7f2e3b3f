// SPDX-License-Identifier: GPL-3.0-or-later
#include "scripting/ColorText.h"

namespace signage::scripting {

namespace {
int hexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}
} // namespace

bool parseColor(std::string_view text, content::Color& out) {
    if ((text.size() != 7 && text.size() != 9) || text[0] != '#') return false;
    std::uint8_t v[4] = {0, 0, 0, 255};
    for (size_t i = 1, k = 0; i < text.size(); i += 2, ++k) {
        int hi = hexDigit(text[i]), lo = hexDigit(text[i + 1]);
        if (hi < 0 || lo < 0) return false;
        v[k] = static_cast<std::uint8_t>(hi * 16 + lo);
    }
    out = {v[0], v[1], v[2], v[3]};
    return true;
}

} // namespace signage::scripting
