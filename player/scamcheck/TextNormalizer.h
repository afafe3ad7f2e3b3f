// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Message text to matchable tokens, so that what scammers and visitors type meets the
// phrases in rules.toml whatever the spelling:
//   - NFKC, invisible characters dropped, other-script digits → ASCII (Unicode.h);
//   - diacritics folded (core::foldDiacritics): "chuyển khoản" == "chuyen khoan";
//   - Cyrillic/Greek lookalikes → Latin ("оtp" with a Cyrillic о);
//   - spelled-out words joined: "c.h.u.y.ể.n", "c h u y e n", "c-h-u-y-e-n";
//   - digits and symbols standing for letters: "0TP", "l0an", "ch@t", "v1p";
//   - letters stretched for emphasis collapsed: "khẩnnnn" → "khan";
//   - run-together and spelled-out words split into the rules' words when they split
//     cleanly: "chuyenkhoan", "c h u y ể n k h o ả n" → "chuyen khoan";
//   - teen code and abbreviations from rules.toml [text.aliases]: "ck" → "chuyen khoan".
// Immutable after construction; any thread.
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace signage::scamcheck {

struct Token {
    std::string text;   // folded ASCII-ish word
    int clause = 0;     // sentence/clause number: negation does not reach across clauses
    std::string accent; // accentKey of the word as typed ("lai|." for "lại"); empty when
                        // unknown (alias expansions, split or spelled-out words)
};

struct NormalizedText {
    std::vector<Token> tokens;
    // Words written without spaces or spelled out letter by letter, joined
    // ("chuyenkhoan"): multi-word phrases are also searched inside these.
    std::vector<std::string> squashed;
    bool spelledOut = false; // some word was spelled out or disguised with digits ("0TP")
    // Typed with diacritics (at least a quarter of its words carry a mark): then a word
    // without marks is that word ("tương lai" is not "lãi"); in a text typed without
    // them, "lai" may be "lãi" or "lại" and meets both.
    bool accented = false;
};

class TextNormalizer {
public:
    using AliasMap = std::unordered_map<std::string, std::vector<std::string>>;
    TextNormalizer() = default;
    explicit TextNormalizer(AliasMap aliases) : _aliases(std::move(aliases)) {}
    /// Words that run-together text may be split into (the rules' phrase words).
    void setVocabulary(const std::vector<std::string>& words);

    NormalizedText normalize(std::string_view text) const;

    /// A rules.toml phrase to its tokens: same folding, no aliases, no letter tricks.
    static std::vector<std::string> phraseTokens(std::string_view phrase);
    /// The accent keys (accentKey) of a phrase's words, aligned with phraseTokens; empty
    /// when the phrase is written without any diacritic (it then meets every accent)
    /// unless `evenWithoutMarks` ("=ngay": the word without marks, not "ngày").
    static std::vector<std::string> phraseAccents(std::string_view phrase, bool evenWithoutMarks = false);

private:
    /// Splits `word` into vocabulary words of 2+ letters (fewest pieces); empty if it
    /// does not split cleanly into at least two.
    std::vector<std::string> split(const std::string& word) const;

    AliasMap _aliases;
    std::unordered_set<std::string> _vocabulary;
    size_t _longestWord = 0;
};

} // namespace signage::scamcheck
