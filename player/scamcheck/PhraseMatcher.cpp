// SPDX-License-Identifier: GPL-3.0-or-later
#include "scamcheck/PhraseMatcher.h"

namespace signage::scamcheck {

namespace {
bool wordMatches(const std::string& token, const std::string& word, bool prefix) {
    if (word == "?") return true;
    return prefix ? token.compare(0, word.size(), word) == 0 : token == word;
}
constexpr size_t kMinSquashedLength = 6; // shorter joined phrases hit too many words by chance
constexpr int kNegationReach = 3;        // "không bao giờ yêu cầu": three words back
} // namespace

bool PhraseMatcher::add(std::string_view phrase, int patternId, bool negatable) {
    Phrase p;
    p.words = TextNormalizer::phraseTokens(phrase);
    if (p.words.empty() || p.words.front() == "?" || p.words.back() == "?") return false;
    for (size_t i = 0; i < p.words.size(); ++i) {
        auto& w = p.words[i];
        bool star = !w.empty() && w.back() == '*';
        while (!w.empty() && w.back() == '*') w.pop_back();
        if (w.empty()) return false;
        if (star && i + 1 != p.words.size()) return false; // '*' only ends a phrase
        if (star) p.lastIsPrefix = true;
    }
    bool wildcard = false;
    for (const auto& w : p.words) {
        wildcard |= w == "?";
        p.squashed += w;
    }
    p.pattern = patternId;
    p.negatable = negatable;
    size_t index = _phrases.size();
    if (p.lastIsPrefix && p.words.size() == 1) _prefixFirst.push_back(index);
    else _byFirstWord[p.words.front()].push_back(index);
    if (!wildcard && p.words.size() >= 2 && p.squashed.size() >= kMinSquashedLength) _squashable.push_back(index);
    _phrases.push_back(std::move(p));
    return true;
}

std::vector<std::string> PhraseMatcher::vocabulary() const {
    std::vector<std::string> out;
    for (const auto& p : _phrases)
        for (const auto& w : p.words)
            if (w != "?") out.push_back(w);
    return out;
}

void PhraseMatcher::setNegations(const std::vector<std::string>& words) {
    _negations.clear();
    for (const auto& w : words)
        for (auto& t : TextNormalizer::phraseTokens(w)) _negations.insert(t);
}

bool PhraseMatcher::matchesAt(const Phrase& p, const std::vector<Token>& tokens, size_t at) const {
    if (at + p.words.size() > tokens.size()) return false;
    for (size_t k = 0; k < p.words.size(); ++k) {
        bool prefix = p.lastIsPrefix && k + 1 == p.words.size();
        if (!wordMatches(tokens[at + k].text, p.words[k], prefix)) return false;
        if (tokens[at + k].clause != tokens[at].clause) return false;
    }
    return true;
}

bool PhraseMatcher::negatedAt(const std::vector<Token>& tokens, size_t at) const {
    for (int back = 1; back <= kNegationReach && static_cast<int>(at) - back >= 0; ++back) {
        size_t i = at - static_cast<size_t>(back);
        if (tokens[i].clause != tokens[at].clause) return false;
        if (!_negations.count(tokens[i].text)) continue;
        // "nếu không chuyển tiền …" is a threat, not a negation.
        if (i > 0 && tokens[i - 1].clause == tokens[at].clause && tokens[i - 1].text == "neu") return false;
        return true;
    }
    return false;
}

void PhraseMatcher::match(const NormalizedText& text, std::vector<char>& matched) const {
    const auto& tokens = text.tokens;
    auto consider = [&](size_t phraseIndex, size_t at) {
        const Phrase& p = _phrases[phraseIndex];
        if (matched[static_cast<size_t>(p.pattern)]) return;
        if (!matchesAt(p, tokens, at)) return;
        if (p.negatable && negatedAt(tokens, at)) return;
        matched[static_cast<size_t>(p.pattern)] = 1;
    };
    for (size_t at = 0; at < tokens.size(); ++at) {
        if (auto it = _byFirstWord.find(tokens[at].text); it != _byFirstWord.end())
            for (size_t idx : it->second) consider(idx, at);
        for (size_t idx : _prefixFirst) consider(idx, at);
    }
    // Spelled-out or run-together words: search the joined phrase inside them. Obfuscation
    // is itself a sign, so negation is not checked here.
    for (const auto& squashed : text.squashed) {
        for (size_t idx : _squashable) {
            const Phrase& p = _phrases[idx];
            if (matched[static_cast<size_t>(p.pattern)]) continue;
            if (squashed.size() > p.squashed.size() && squashed.find(p.squashed) != std::string::npos) matched[static_cast<size_t>(p.pattern)] = 1;
            else if (squashed == p.squashed) matched[static_cast<size_t>(p.pattern)] = 1;
        }
    }
}

} // namespace signage::scamcheck
