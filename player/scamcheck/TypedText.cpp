// SPDX-License-Identifier: GPL-3.0-or-later
#include "scamcheck/TypedText.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "core/Telex.h"
#include "core/Utf8.h"

namespace signage::scamcheck {

namespace {
// Folded spelling tables (no diacritics): onsets longest first so "ngh" wins over "ng".
constexpr std::array<std::string_view, 27> kOnsets = {"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c",
                                                      "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""};
constexpr std::array<std::string_view, 10> kFinals = {"ch", "ng", "nh", "c", "m", "n", "p", "t", "i", ""};
// Vowel clusters (with the glides written as vowels: "ai", "uoi", "uyen" = u + ye + n).
// No "oo" (xoong, boong): Telex "khoong", "thoong" (không, thông) must not pass as syllables.
constexpr std::array<std::string_view, 41> kNuclei = {
    "a", "e", "i", "o", "u", "y", "ai", "ao", "au", "ay", "eo", "eu", "ia", "ie", "iu", "oa", "oe", "oi", "ua", "ue", "ui", "uo",
    "uu", "uy", "ya", "ye", "oai", "oao", "oay", "oeo", "uay", "uoi", "uou", "uya", "uye", "uyu", "ieu", "yeu", "uai", "uau", "io"};

bool endsWith(std::string_view s, std::string_view tail) { return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail; }

bool isAsciiWordChar(unsigned char c) { return std::isalnum(c) != 0; }

// One word typed in VNI: digits 1-9 after letters (tone 1-5, ^ 6, horn 7, breve 8, đ 9).
// Returns the composed word, or empty when the word is not VNI-shaped.
std::string decodeVni(std::string_view w) {
    if (w.empty() || !std::isalpha(static_cast<unsigned char>(w[0]))) return {};
    std::string keys; // the same word as Telex keys, composed by core::telexTypeAll
    bool any = false;
    char tone = 0;
    int run = 0;
    for (size_t i = 0; i < w.size(); ++i) {
        char c = w[i];
        if (std::isalpha(static_cast<unsigned char>(c))) {
            keys += c;
            run = 0;
            continue;
        }
        if (c < '1' || c > '9' || ++run > 2) return {};
        any = true;
        char prev = static_cast<char>(std::tolower(static_cast<unsigned char>(w[i - 1 - (run - 1)])));
        switch (c) {
        case '1': tone = 's'; break;
        case '2': tone = 'f'; break;
        case '3': tone = 'r'; break;
        case '4': tone = 'x'; break;
        case '5': tone = 'j'; break;
        case '6': keys += prev; break;     // aa, ee, oo
        case '7': case '8': keys += 'w'; break; // ơ ư / ă
        case '9': if (prev != 'd') return {}; keys += 'd'; break;
        }
    }
    if (!any) return {};
    if (tone) keys += tone;
    return core::telexTypeAll(keys);
}

std::string lowerAscii(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// The composed word when `w` (ASCII letters/digits) is Telex or VNI typing, else empty.
std::string decodeWord(std::string_view w) {
    std::string lower = lowerAscii(w);
    bool hasDigit = std::any_of(lower.begin(), lower.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
    std::string composed = hasDigit ? decodeVni(w) : (isVietnameseSyllable(lower) ? std::string() : core::telexTypeAll(w));
    if (composed.empty() || composed == std::string(w)) return {};
    std::string folded = lowerAscii(core::foldDiacritics(composed));
    if (folded == lower || !isVietnameseSyllable(folded)) return {};
    return composed;
}
} // namespace

bool isVietnameseSyllable(std::string_view s) {
    if (s.empty() || s.size() > 7) return false;
    for (auto onset : kOnsets) {
        if (s.substr(0, onset.size()) != onset) continue;
        std::string_view rest = s.substr(onset.size());
        if (onset == "gi" && rest.empty()) return true; // "gi" (gì)
        for (auto fin : kFinals) {
            if (!endsWith(rest, fin) || rest.size() == fin.size()) continue;
            std::string_view nucleus = rest.substr(0, rest.size() - fin.size());
            if (std::find(kNuclei.begin(), kNuclei.end(), nucleus) != kNuclei.end()) return true;
        }
    }
    return false;
}

std::string decodeTypedText(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
        if (!isAsciiWordChar(static_cast<unsigned char>(text[i]))) {
            out += text[i++];
            continue;
        }
        size_t j = i;
        while (j < text.size() && isAsciiWordChar(static_cast<unsigned char>(text[j]))) ++j;
        // A word glued to non-ASCII letters ("đieenj") is left alone: it is half composed.
        bool glued = (j < text.size() && static_cast<unsigned char>(text[j]) >= 0x80) || (i > 0 && static_cast<unsigned char>(text[i - 1]) >= 0x80);
        std::string_view word = text.substr(i, j - i);
        std::string composed = glued ? std::string() : decodeWord(word);
        out += composed.empty() ? std::string(word) : composed;
        i = j;
    }
    return out;
}

} // namespace signage::scamcheck
