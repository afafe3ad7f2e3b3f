// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finds rules.toml phrases in normalised message tokens. A phrase matches consecutive
// tokens ("chuyen khoan"), a trailing '*' matches a word prefix ("lua dao*"), a '?' word
// matches any one word ("doc ? ma" finds "đọc giúp mã", "đọc cho mã"); multi-word
// phrases are also found inside squashed words ("chuyenkhoan", "c.h.u.y.e.n k.h.o.a.n").
// A phrase right after a negation in the same clause ("không", "đừng" … but not "nếu
// không") does not count: "Ngân hàng không bao giờ yêu cầu cung cấp OTP" is advice.
// Built once at load; match() is const and allocation-light; any thread.
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "scamcheck/TextNormalizer.h"

namespace signage::scamcheck {

class PhraseMatcher {
public:
    /// Adds a phrase for pattern `patternId`. Returns false for a phrase with no words,
    /// with '*' anywhere but at its end, or starting or ending with '?'.
    bool add(std::string_view phrase, int patternId, bool negatable = true);
    void setNegations(const std::vector<std::string>& words);

    /// Sets matched[patternId] = 1 for every pattern with a phrase in `text`.
    void match(const NormalizedText& text, std::vector<char>& matched) const;
    size_t phraseCount() const { return _phrases.size(); }
    /// Every word used by the phrases (for TextNormalizer's word splitting).
    std::vector<std::string> vocabulary() const;

private:
    struct Phrase {
        std::vector<std::string> words;
        bool lastIsPrefix = false;
        std::string squashed; // words joined, for searching inside squashed words
        int pattern = 0;
        bool negatable = true;
    };
    bool matchesAt(const Phrase& p, const std::vector<Token>& tokens, size_t at) const;
    bool negatedAt(const std::vector<Token>& tokens, size_t at) const;

    std::vector<Phrase> _phrases;
    std::unordered_map<std::string, std::vector<size_t>> _byFirstWord;
    std::vector<size_t> _prefixFirst;   // phrases whose first word is itself a prefix
    std::vector<size_t> _squashable;    // multi-word phrases long enough to search squashed
    std::unordered_set<std::string> _negations;
};

} // namespace signage::scamcheck
