// SPDX-License-Identifier: GPL-3.0-or-later
#include "scamcheck/Unicode.h"

#include <cstdlib>
#include <memory>
#include <utf8proc.h>

#include "core/Utf8.h"

namespace signage::scamcheck {

namespace {
struct FreeDeleter {
    void operator()(void* p) const { std::free(p); }
};

std::string nfkc(std::string_view text) {
    std::string valid;
    if (core::isValidUtf8(text)) {
        valid.assign(text);
    } else {
        for (char32_t cp : core::decodeUtf8(text)) valid += core::encodeUtf8(cp);
    }
    utf8proc_uint8_t* out = nullptr;
    auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(valid.data()), static_cast<utf8proc_ssize_t>(valid.size()), &out,
                          static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT));
    std::unique_ptr<utf8proc_uint8_t, FreeDeleter> owner(out);
    if (n < 0) return valid;
    return std::string(reinterpret_cast<char*>(out), static_cast<size_t>(n));
}

utf8proc_category_t category(char32_t cp) { return utf8proc_category(static_cast<utf8proc_int32_t>(cp)); }
} // namespace

int digitValue(char32_t cp) {
    if (cp >= U'0' && cp <= U'9') return static_cast<int>(cp - U'0');
    if (cp < 0x660 || category(cp) != UTF8PROC_CATEGORY_ND) return -1;
    // Decimal digits come in contiguous runs starting at zero (Unicode guarantees each
    // script's 0..9 are consecutive); walk back to the run start.
    char32_t start = cp;
    for (int i = 0; i < 60 && category(start - 1) == UTF8PROC_CATEGORY_ND; ++i) --start;
    return static_cast<int>((cp - start) % 10);
}

bool isAlnum(char32_t cp) {
    if (cp < 0x80) return (cp >= U'0' && cp <= U'9') || (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z');
    auto c = category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) || (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO);
}

bool isMark(char32_t cp) {
    if (cp < 0x300) return false;
    auto c = category(cp);
    return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC || c == UTF8PROC_CATEGORY_ME;
}

std::string accentKey(std::string_view lowerWord) {
    utf8proc_uint8_t* out = nullptr;
    std::string word(lowerWord);
    auto n =
        utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(word.data()), static_cast<utf8proc_ssize_t>(word.size()),
                     &out, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_DECOMPOSE));
    std::unique_ptr<utf8proc_uint8_t, FreeDeleter> owner(out);
    if (n < 0) return word + "|";
    std::u32string letters;
    char tone = 0;
    for (char32_t cp : core::decodeUtf8(std::string_view(reinterpret_cast<char*>(out), static_cast<size_t>(n)))) {
        switch (cp) {
        case 0x300: tone = '`'; continue;  // huyền
        case 0x301: tone = '\''; continue; // sắc
        case 0x309: tone = '?'; continue;  // hỏi
        case 0x303: tone = '~'; continue;  // ngã
        case 0x323: tone = '.'; continue;  // nặng
        default: letters += cp;
        }
    }
    std::string key;
    for (char32_t cp : letters) key += core::encodeUtf8(cp);
    key += '|';
    if (tone) key += tone;
    return key;
}

bool keyHasMarks(std::string_view key) {
    if (key.empty() || key.back() != '|') return true;
    for (char c : key)
        if (static_cast<unsigned char>(c) >= 0x80) return true;
    return false;
}

std::string prepareInput(std::string_view text) {
    std::string out;
    std::string folded = nfkc(text);
    out.reserve(folded.size());
    for (char32_t cp : core::decodeUtf8(folded)) {
        if (cp == 0xAD || cp == 0xFEFF) continue;
        if (cp >= 0x80) {
            auto c = category(cp);
            if (c == UTF8PROC_CATEGORY_CF) continue; // zero-width and bidi controls
            if (c == UTF8PROC_CATEGORY_ZS) cp = U' ';
            else if (c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP) cp = U'\n';
            else if (c == UTF8PROC_CATEGORY_PD || cp == 0x2212) cp = U'-';
            else if (cp == 0x3002 || cp == 0xFF61) cp = U'.';
            else if (int d = digitValue(cp); d >= 0) cp = static_cast<char32_t>(U'0' + d);
        } else if (cp == U'\t' || cp == U'\r') {
            cp = cp == U'\t' ? U' ' : U'\n';
        }
        out += core::encodeUtf8(cp);
    }
    return out;
}

char32_t latinLookalike(char32_t cp) {
    switch (cp) {
    // Cyrillic (lower case; casefolding maps the capitals here first)
    case 0x0430: return U'a'; case 0x0432: return U'b'; case 0x0435: return U'e'; case 0x0451: return U'e';
    case 0x043A: return U'k'; case 0x043C: return U'm'; case 0x043D: return U'h'; case 0x043E: return U'o';
    case 0x0440: return U'p'; case 0x0441: return U'c'; case 0x0442: return U't'; case 0x0443: return U'y';
    case 0x0445: return U'x'; case 0x0455: return U's'; case 0x0456: return U'i'; case 0x0457: return U'i';
    case 0x0458: return U'j'; case 0x0501: return U'd'; case 0x04CF: return U'l'; case 0x04BB: return U'h';
    case 0x051B: return U'q'; case 0x051D: return U'w'; case 0x04AF: return U'y'; case 0x044C: return U'b';
    case 0x0261: return U'g';
    // Greek
    case 0x03B1: return U'a'; case 0x03B2: return U'b'; case 0x03B5: return U'e'; case 0x03B7: return U'n';
    case 0x03B9: return U'i'; case 0x03BA: return U'k'; case 0x03BD: return U'v'; case 0x03BF: return U'o';
    case 0x03C1: return U'p'; case 0x03C4: return U't'; case 0x03C5: return U'u'; case 0x03C7: return U'x';
    case 0x03B3: return U'y'; case 0x03C9: return U'w';
    // Latin letters that are not the ASCII ones
    case 0x0131: return U'i'; case 0x0251: return U'a'; case 0x2113: return U'l'; case 0x0269: return U'i';
    // Armenian
    case 0x0585: return U'o'; case 0x057D: return U'u'; case 0x0570: return U'h'; case 0x0578: return U'n';
    default: return 0;
    }
}

Script scriptOf(char32_t cp) {
    if ((cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z')) return Script::Latin;
    if (cp < 0xC0) return Script::Common;
    if (cp <= 0x024F || (cp >= 0x1E00 && cp <= 0x1EFF)) return Script::Latin; // incl. Vietnamese letters
    if (cp >= 0x0370 && cp <= 0x03FF) return Script::Greek;
    if (cp >= 0x0400 && cp <= 0x052F) return Script::Cyrillic;
    if (!isAlnum(cp)) return Script::Common;
    return Script::Other;
}

} // namespace signage::scamcheck
