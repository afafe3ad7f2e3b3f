// SPDX-License-Identifier: GPL-3.0-or-later
#include "scamcheck/MessageAnalyzer.h"

#include <algorithm>
#include <cctype>

#include "scamcheck/Analyzers.h"
#include "scamcheck/Entities.h"
#include "scamcheck/Rules.h"

namespace signage::scamcheck {

namespace {
// Messages have their aliases expanded ("ctv" → "cong tac vien"), so phrases must be too,
// or a phrase written "ctv" would never match.
std::string expandAliases(const std::string& phrase, const RuleSet& rules) {
    std::string out;
    for (const auto& word : TextNormalizer::phraseTokens(phrase)) {
        auto it = (word.back() == '*' || word == "?") ? rules.aliases.end() : rules.aliases.find(word);
        if (it == rules.aliases.end()) {
            out += (out.empty() ? "" : " ") + word;
            continue;
        }
        for (const auto& w : it->second) out += (out.empty() ? "" : " ") + w;
    }
    return out;
}

// A bank's balance alert carries a signed amount: "TK 0451… -300.000 VND", "+5.000.000đ",
// "-10 triệu đồng". Phone numbers ("+84 90…") are not amounts: an amount has thousands
// groups or a currency word after it.
bool hasSignedAmount(std::string_view s) {
    for (size_t i = 0; i + 1 < s.size(); ++i) {
        if ((s[i] != '+' && s[i] != '-') || (i > 0 && s[i - 1] != ' ' && s[i - 1] != ':' && s[i - 1] != '(')) continue;
        size_t j = i + 1, digits = 0;
        bool grouped = false;
        while (j < s.size() && ((s[j] >= '0' && s[j] <= '9') || ((s[j] == '.' || s[j] == ',') && digits > 0))) {
            if (s[j] == '.' || s[j] == ',') grouped = true;
            else ++digits;
            ++j;
        }
        if (digits == 0 || digits > 12) continue;
        std::string after;
        size_t k = j;
        while (k < s.size() && s[k] == ' ') ++k;
        while (k < s.size() && after.size() < 5 && s[k] != ' ' && s[k] != '.' && s[k] != ',')
            after += static_cast<char>(std::tolower(static_cast<unsigned char>(s[k++])));
        bool currency = after.rfind("vnd", 0) == 0 || after.rfind("d", 0) == 0 || after.rfind("\xc4\x91", 0) == 0 ||
                        after.rfind("k", 0) == 0 || after.rfind("tr", 0) == 0 || after.rfind("dong", 0) == 0;
        if ((grouped && digits >= 4) || currency) return true;
    }
    return false;
}
} // namespace

MessageAnalyzer::MessageAnalyzer(const RuleSet& rules, const Model* model) : _rules(rules), _model(model), _normalizer(rules.aliases) {
    _matcher.setNegations(rules.negations);
    for (size_t t = 0; t < rules.tactics.size(); ++t) {
        for (const auto& p : rules.tactics[t].patterns) {
            int id = static_cast<int>(_patterns.size());
            _patterns.push_back({t, p.weight});
            for (const auto& phrase : p.phrases) _matcher.add(expandAliases(phrase, rules), id, p.negatable);
        }
    }
    auto vocabulary = _matcher.vocabulary();
    auto frameWords = _frames.vocabulary();
    vocabulary.insert(vocabulary.end(), frameWords.begin(), frameWords.end());
    _normalizer.setVocabulary(vocabulary);
}

void MessageAnalyzer::analyze(std::string_view text, const Context& ctx, Findings& out) const {
    // Items inside the message first: they feed the tactics' "requires".
    Entities items = extractEntities(text);
    for (const auto& link : items.links) checkLink(link, ctx, out, true);
    for (const auto& phone : items.phones) checkPhone(phone, ctx, out, true);
    for (const auto& acct : items.accounts) checkAccount(acct, ctx, out, true);
    out.hasLink = !items.links.empty();
    out.hasPhone = !items.phones.empty();
    out.hasAccount = items.accountNotPhone;

    NormalizedText norm = _normalizer.normalize(text);
    std::vector<char> matched(_patterns.size(), 0);
    _matcher.match(norm, matched);

    std::vector<int> score(_rules.tactics.size(), 0);
    for (size_t id = 0; id < _patterns.size(); ++id)
        if (matched[id]) score[_patterns[id].tactic] += _patterns[id].weight;

    for (size_t t = 0; t < _rules.tactics.size(); ++t) {
        const Tactic& tactic = _rules.tactics[t];
        if (score[t] < tactic.minScore || score[t] <= 0) continue;
        bool needsMet = std::all_of(tactic.needs.begin(), tactic.needs.end(), [&](const std::string& n) {
            return (n == "link" && out.hasLink) || (n == "phone" && out.hasPhone) || (n == "account" && out.hasAccount);
        });
        if (!needsMet) continue;
        out.tactics.push_back(tactic.id);
        out.add({"tactic." + tactic.id, tactic.id, std::min(score[t], tactic.cap), tactic.reason, tactic.rules});
    }
    for (const auto& combo : _rules.combos) {
        bool all = std::all_of(combo.when.begin(), combo.when.end(), [&](const std::vector<std::string>& group) {
            return std::any_of(group.begin(), group.end(),
                               [&](const std::string& id) { return std::find(out.tactics.begin(), out.tactics.end(), id) != out.tactics.end(); });
        });
        if (all) out.add({"combo." + combo.id, "", combo.bonus, combo.reason, combo.rules});
    }
    if (norm.spelledOut && !out.tactics.empty()) {
        out.add({"text.obfuscation", "", _rules.signal("obfuscation"),
                 {"Chữ bị tách rời hoặc viết lái (như c.h.u.y.ể.n, 0TP) để lọt qua bộ lọc tin nhắn",
                  "Words are split up or disguised (like c.h.u.y.e.n, 0TP) to slip past message filters"},
                 {"phai_canh_giac"}});
    }
    // The frames and the fitted model weigh everything found above (Frames.h, Model.h).
    FrameReading frames = _frames.read(norm, items, out);
    out.features = std::move(frames.features);
    if (!out.features.empty() && hasSignedAmount(text)) out.features.emplace_back("shape.txn_alert", 1.0);
    // A text with no frame at all (empty, "   ") has nothing to weigh: the bias alone
    // must not flag it.
    if (_model && !out.features.empty()) {
        ModelOutput p = _model->predict(out.features);
        ModelJudgement j{p.scam, p.flag, frames.warningContext, {}};
        for (const auto& cue : frames.cues) j.cues.emplace_back(cue, _model->contribution(cue, 1.0));
        out.model = std::move(j);
    }
}

} // namespace signage::scamcheck
