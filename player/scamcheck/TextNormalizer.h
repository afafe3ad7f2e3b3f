#pragma once
// Message text to matchable tokens, so that what scammers and visitors type meets the
// phrases in rules.toml whatever the spelling:
//   - NFKC, invisible characters dropped, other-script digits → ASCII (Unicode.h);
//   - diacritics folded (core::foldDiacritics): "chuyển khoản" == "chuyen khoan";
//   - Cyrillic/Greek lookalikes → Latin ("оtp" with a Cyrillic о);
//   - spelled-out words joined: "c.h.u.y.ể.n", "c h u y e n", "c-h-u-y-e-n";
//   - digits and symbols standing for letters: "0TP", "l0an", "ch@t", "v1p";
//   - letters stretched for emphasis collapsed: "khẩnnnn" → "khan";
//   - teen code and abbreviations from rules.toml [text.aliases]: "ck" → "chuyen khoan".
// Immutable after construction; any thread.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace signage::scamcheck {

struct Token {
    std::string text; // folded ASCII-ish word
    int clause = 0;   // sentence/clause number: negation does not reach across clauses
};

struct NormalizedText {
    std::vector<Token> tokens;
    // Words written without spaces or spelled out letter by letter, joined
    // ("chuyenkhoan"): multi-word phrases are also searched inside these.
    std::vector<std::string> squashed;
    bool spelledOut = false; // some word was spelled out or disguised with digits ("0TP")
};

class TextNormalizer {
public:
    using AliasMap = std::unordered_map<std::string, std::vector<std::string>>;
    TextNormalizer() = default;
    explicit TextNormalizer(AliasMap aliases) : _aliases(std::move(aliases)) {}

    NormalizedText normalize(std::string_view text) const;

    /// A rules.toml phrase to its tokens: same folding, no aliases, no letter tricks.
    static std::vector<std::string> phraseTokens(std::string_view phrase);

private:
    AliasMap _aliases;
};

} // namespace signage::scamcheck
