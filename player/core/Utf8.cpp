// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Utf8.h"

#include <cstdlib>
#include <memory>
#include <utf8proc.h>

namespace signage::core {

std::string encodeValid(std::string_view text); // invalid bytes become U+FFFD

namespace {
struct FreeDeleter {
    void operator()(void* p) const { std::free(p); }
};

std::string mapWith(std::string_view text, int options) {
    std::string valid = isValidUtf8(text) ? std::string(text) : encodeValid(text);
    utf8proc_uint8_t* out = nullptr;
    auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(valid.data()),
                          static_cast<utf8proc_ssize_t>(valid.size()), &out,
                          static_cast<utf8proc_option_t>(options));
    std::unique_ptr<utf8proc_uint8_t, FreeDeleter> owner(out);
    if (n < 0) return valid;
    return std::string(reinterpret_cast<char*>(out), static_cast<size_t>(n));
}
} // namespace

bool isValidUtf8(std::string_view text) {
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(text.size());
    while (left > 0) {
        utf8proc_int32_t cp;
        auto n = utf8proc_iterate(p, left, &cp);
        if (n <= 0 || cp < 0) return false;
        p += n;
        left -= n;
    }
    return true;
}

std::vector<char32_t> decodeUtf8(std::string_view text) {
    std::vector<char32_t> out;
    out.reserve(text.size());
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(text.size());
    while (left > 0) {
        utf8proc_int32_t cp;
        auto n = utf8proc_iterate(p, left, &cp);
        if (n <= 0 || cp < 0) {
            out.push_back(0xFFFD);
            n = 1;
        } else {
            out.push_back(static_cast<char32_t>(cp));
        }
        p += n;
        left -= n;
    }
    return out;
}

std::string encodeUtf8(char32_t cp) {
    utf8proc_uint8_t buf[4];
    auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buf);
    return std::string(reinterpret_cast<char*>(buf), static_cast<size_t>(n));
}

std::string encodeValid(std::string_view text) {
    std::string out;
    for (char32_t cp : decodeUtf8(text)) out += encodeUtf8(cp);
    return out;
}

size_t utf8Length(std::string_view text) { return decodeUtf8(text).size(); }

std::string toNfc(std::string_view text) { return mapWith(text, UTF8PROC_STABLE | UTF8PROC_COMPOSE); }

std::string toLower(std::string_view text) {
    return mapWith(text, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
}

std::string foldDiacritics(std::string_view text) {
    // Decompose, drop combining marks, case-fold; đ/Đ have no decomposition, so map them by hand.
    std::string stripped = mapWith(text, UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD);
    std::string out;
    out.reserve(stripped.size());
    for (char32_t cp : decodeUtf8(stripped)) {
        if (cp == U'đ' || cp == U'Đ') cp = U'd';
        out += encodeUtf8(cp);
    }
    return out;
}

namespace {
/// Length of the control character at text[i] (1 or 2 bytes), or 0.
size_t controlAt(std::string_view text, size_t i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7f) return 1;
    if (c == 0xc2 && i + 1 < text.size()) {
        unsigned char d = static_cast<unsigned char>(text[i + 1]);
        if (d >= 0x80 && d <= 0x9f) return 2;
    }
    return 0;
}
} // namespace

size_t findControlChar(std::string_view text) {
    for (size_t i = 0; i < text.size(); ++i)
        if (controlAt(text, i) > 0) return i;
    return std::string_view::npos;
}

std::string escapeControl(std::string_view text) {
    static const char* kHex = "0123456789abcdef";
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        size_t n = controlAt(text, i);
        if (n == 0) {
            out += text[i];
            continue;
        }
        unsigned cp = n == 1 ? static_cast<unsigned char>(text[i]) : static_cast<unsigned char>(text[i + 1]);
        out += "\\x";
        out += kHex[cp >> 4];
        out += kHex[cp & 15];
        i += n - 1;
    }
    return out;
}

} // namespace signage::core
