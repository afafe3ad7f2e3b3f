// SPDX-License-Identifier: GPL-3.0-or-later
#include "scamcheck/TextNormalizer.h"

#include <algorithm>
#include <array>

#include "core/Utf8.h"
#include "scamcheck/TypedText.h"
#include "scamcheck/Unicode.h"

namespace signage::scamcheck {

namespace {
struct RawToken {
    std::u32string text;
    int clause = 0;
    bool shortGap = true; // separated from the previous token by at most a few characters
};

bool isAsciiLetter(char32_t c) { return c >= U'a' && c <= U'z'; }
bool isAsciiDigit(char32_t c) { return c >= U'0' && c <= U'9'; }

// Numbers followed by a unit are numbers, not letter tricks: "24h", "500k", "4g", "10tr".
constexpr std::array kUnits = {U"h", U"k", U"tr", U"g", U"d", U"m", U"s", U"kg", U"km", U"gb", U"mb", U"ml",
                               U"cm", U"mm", U"th", U"p", U"ph", U"x", U"t", U"ty", U"n", U"vnd", U"usd", U"lan"};

bool isNumberWithUnit(const std::u32string& t) {
    size_t i = 0;
    while (i < t.size() && isAsciiDigit(t[i])) ++i;
    if (i == 0 || i == t.size()) return false;
    std::u32string unit = t.substr(i);
    return std::find(kUnits.begin(), kUnits.end(), unit) != kUnits.end();
}

char32_t leet(char32_t c) {
    switch (c) {
    case U'0': return U'o';
    case U'1': return U'i';
    case U'3': return U'e';
    case U'4': return U'a';
    case U'5': return U's';
    case U'7': return U't';
    case U'@': return U'a';
    case U'$': return U's';
    default: return c;
    }
}

// Digits (and @, $) standing for letters inside a word: "0tp", "l0an", "ch@t".
bool fixLetterTricks(std::u32string& t) {
    bool letters = std::any_of(t.begin(), t.end(), isAsciiLetter);
    bool digits = std::any_of(t.begin(), t.end(), [](char32_t c) { return isAsciiDigit(c) || c == U'@' || c == U'$'; });
    if (!letters || !digits || isNumberWithUnit(t)) return false;
    size_t nLetters = static_cast<size_t>(std::count_if(t.begin(), t.end(), isAsciiLetter));
    if (nLetters <= t.size() - nLetters) return false; // as many digits as letters: a code, not a word
    for (char32_t& c : t) c = leet(c);
    return true;
}

// "khẩnnnn" → "khan": three or more of the same letter in a row is emphasis.
void collapseRepeats(std::u32string& t) {
    std::u32string out;
    for (size_t i = 0; i < t.size();) {
        size_t j = i;
        while (j < t.size() && t[j] == t[i]) ++j;
        out.append(j - i >= 3 && !isAsciiDigit(t[i]) ? 1 : j - i, t[i]);
        i = j;
    }
    t = std::move(out);
}

std::string toUtf8(const std::u32string& s) {
    std::string out;
    for (char32_t c : s) out += core::encodeUtf8(c);
    return out;
}

// Code points of already folded text with lookalikes mapped to Latin.
std::u32string latinCodePoints(const std::string& folded) {
    std::u32string out;
    for (char32_t cp : core::decodeUtf8(folded)) {
        if (char32_t latin = latinLookalike(cp)) cp = latin;
        out += cp;
    }
    return out;
}

// Folded code points of the text with lookalikes mapped to Latin.
std::u32string foldAll(std::string_view text) { return latinCodePoints(core::foldDiacritics(prepareInput(text))); }

// The same with case folded but diacritics kept (for the words' accent keys).
std::u32string lowerAll(std::string_view text) { return latinCodePoints(core::toLower(prepareInput(text))); }

bool isClauseEnd(const std::u32string& s, size_t i) {
    char32_t c = s[i];
    if (c == U'\n' || c == U'!' || c == U'?' || c == U';') return true;
    if (c == U'.' || c == U':') return i + 1 >= s.size() || s[i + 1] == U' ' || s[i + 1] == U'\n';
    return false;
}

std::vector<RawToken> tokenize(const std::u32string& s, bool letterTricks) {
    std::vector<RawToken> tokens;
    int clause = 0;
    size_t gap = 0;
    bool clauseBreak = false;
    for (size_t i = 0; i < s.size();) {
        char32_t c = s[i];
        bool inWord = isAlnum(c) || (letterTricks && (c == U'@' || c == U'$') && i > 0 && i + 1 < s.size() && isAsciiLetter(s[i - 1]) && isAsciiLetter(s[i + 1]));
        if (!inWord) {
            if (isClauseEnd(s, i)) clauseBreak = true;
            ++gap;
            ++i;
            continue;
        }
        if (clauseBreak) ++clause;
        RawToken t;
        t.clause = clause;
        t.shortGap = !clauseBreak && gap <= 3;
        clauseBreak = false;
        gap = 0;
        while (i < s.size()) {
            char32_t d = s[i];
            bool word = isAlnum(d) || (letterTricks && (d == U'@' || d == U'$') && i + 1 < s.size() && isAsciiLetter(s[i + 1]) && !t.text.empty());
            if (!word) break;
            t.text += d;
            ++i;
        }
        tokens.push_back(std::move(t));
    }
    return tokens;
}
} // namespace

NormalizedText TextNormalizer::normalize(std::string_view text) const {
    NormalizedText out;
    const std::string typed = decodeTypedText(text);
    std::vector<RawToken> raw = tokenize(foldAll(typed), true);
    // The words as typed, with their marks, when they line up one to one with the folded
    // ones (folding keeps one letter per letter, so they do unless Unicode surprises).
    std::vector<RawToken> marked = tokenize(lowerAll(typed), true);
    bool aligned = marked.size() == raw.size();
    for (size_t k = 0; aligned && k < raw.size(); ++k) aligned = marked[k].text.size() == raw[k].text.size();
    int words = 0, withMarks = 0;

    for (size_t i = 0; i < raw.size();) {
        // A run of three or more one-character tokens is a word spelled out: join it.
        size_t j = i;
        while (j < raw.size() && raw[j].text.size() == 1 && (j == i || (raw[j].shortGap && raw[j].clause == raw[i].clause))) ++j;
        std::u32string word, asTyped;
        int clause = raw[i].clause;
        bool spelled = j - i >= 3;
        if (spelled) {
            for (size_t k = i; k < j; ++k) word += raw[k].text;
            i = j;
        } else {
            word = raw[i].text;
            if (aligned) asTyped = marked[i].text;
            ++i;
        }
        bool disguised = fixLetterTricks(word);
        // A known word keeps its repeated letters: "cccd" (the ID card) is no stretched "cd".
        const std::string asWritten = toUtf8(word);
        const bool known = _vocabulary.count(asWritten) > 0 || _aliases.count(asWritten) > 0;
        if (!known) collapseRepeats(word);
        std::string accent;
        if (!disguised && !asTyped.empty()) {
            if (!known) collapseRepeats(asTyped);
            accent = accentKey(toUtf8(asTyped));
            if (std::any_of(word.begin(), word.end(), isAsciiLetter)) {
                ++words;
                withMarks += keyHasMarks(accent);
            }
        }
        if (spelled || disguised) out.spelledOut = true;
        std::string utf8 = toUtf8(word);
        if (spelled || word.size() >= 6) out.squashed.push_back(utf8);
        if ((spelled || word.size() >= 6) && !_vocabulary.count(utf8)) {
            auto pieces = split(utf8);
            if (!pieces.empty()) {
                for (auto& p : pieces) out.tokens.push_back({std::move(p), clause, {}});
                continue;
            }
        }
        if (auto it = _aliases.find(utf8); it != _aliases.end()) {
            for (const auto& a : it->second) out.tokens.push_back({a, clause, {}});
        } else {
            out.tokens.push_back({std::move(utf8), clause, std::move(accent)});
        }
    }
    out.accented = words > 0 && withMarks * 4 >= words;
    return out;
}

void TextNormalizer::setVocabulary(const std::vector<std::string>& words) {
    for (const auto& w : words) {
        if (w.size() < 2 || w.back() == '*') continue;
        _vocabulary.insert(w);
        _longestWord = std::max(_longestWord, w.size());
    }
}

std::vector<std::string> TextNormalizer::split(const std::string& word) const {
    // Fewest-pieces segmentation by dynamic programming over prefix lengths.
    const size_t n = word.size();
    if (_vocabulary.empty() || n > 64) return {};
    constexpr int kNone = 1 << 20;
    std::vector<int> best(n + 1, kNone), from(n + 1, -1);
    best[0] = 0;
    for (size_t i = 0; i < n; ++i) {
        if (best[i] == kNone) continue;
        for (size_t len = 2; len <= _longestWord && i + len <= n; ++len) {
            if (!_vocabulary.count(word.substr(i, len))) continue;
            if (best[i] + 1 < best[i + len]) {
                best[i + len] = best[i] + 1;
                from[i + len] = static_cast<int>(i);
            }
        }
    }
    if (best[n] == kNone || best[n] < 2) return {};
    std::vector<std::string> pieces;
    for (size_t end = n; end > 0; end = static_cast<size_t>(from[end])) pieces.push_back(word.substr(static_cast<size_t>(from[end]), end - static_cast<size_t>(from[end])));
    std::reverse(pieces.begin(), pieces.end());
    return pieces;
}

std::vector<std::string> TextNormalizer::phraseAccents(std::string_view phrase, bool evenWithoutMarks) {
    std::vector<std::string> out;
    bool anyMark = false;
    std::u32string cur;
    auto flush = [&] {
        if (cur.empty()) return;
        out.push_back(accentKey(toUtf8(cur)));
        anyMark |= keyHasMarks(out.back());
        cur.clear();
    };
    for (char32_t c : lowerAll(phrase)) {
        if (isAlnum(c) || c == U'*' || c == U'?') {
            cur += c;
        } else {
            flush();
        }
    }
    flush();
    if (!anyMark && !evenWithoutMarks) out.clear();
    return out;
}

std::vector<std::string> TextNormalizer::phraseTokens(std::string_view phrase) {
    std::vector<std::string> out;
    std::u32string folded = foldAll(phrase);
    // '*' marks a prefix ("lua dao*"), kept on its word; '?' alone is a one-word wildcard.
    std::u32string cur;
    for (char32_t c : folded) {
        if (isAlnum(c) || c == U'*' || c == U'?') {
            cur += c;
        } else if (!cur.empty()) {
            out.push_back(toUtf8(cur));
            cur.clear();
        }
    }
    if (!cur.empty()) out.push_back(toUtf8(cur));
    return out;
}

} // namespace signage::scamcheck
