// SPDX-License-Identifier: GPL-3.0-or-later
#include "scamcheck/Rules.h"

#include <fstream>
#include <set>
#include <sstream>

#include <toml++/toml.h>

#include "core/Lang.h"
#include "core/RuleIds.h"
#include "core/Suggest.h"
#include "core/TomlMessages.h"
#include "core/TomlTable.h"
#include "core/Utf8.h"
#include "scamcheck/Lookalike.h"
#include "scamcheck/TextNormalizer.h"

namespace signage::scamcheck {

namespace {
using core::TomlTable;
using core::tr;

// rules.toml is read through core::TomlTable like every file a person edits
// (docs/architecture.md "TOML files"): wrong types, values out of range and missing keys are
// errors at file:line:col; unknown keys are warnings (a newer rules file stays loadable on
// an older player), with core's "did you mean".

// A wording: "text" (Vietnamese, used for English too) or { vi = "…", en = "…" }.
std::optional<Text> readText(TomlTable& r, std::string_view key, bool required) {
    const toml::node* n = r.node(key);
    if (!n) {
        if (required) r.missing(key);
        return std::nullopt;
    }
    if (n->is_string()) {
        std::string s = *r.string(key);
        return Text{s, s};
    }
    if (const toml::table* t = n->as_table()) {
        TomlTable sub = r.child(*t, r.name(key));
        auto vi = sub.requiredString("vi");
        auto en = sub.string("en");
        sub.rejectUnknownKeys({"vi", "en"});
        r.addErrors(sub.errors());
        if (!vi) return std::nullopt;
        return Text{*vi, en ? *en : *vi};
    }
    r.wrongType(*n, r.name(key), tr("chuỗi hoặc { vi = \"…\", en = \"…\" }", "a string or { vi = \"…\", en = \"…\" }"));
    return std::nullopt;
}

// A list of strings; a required one reports its absence.
std::vector<std::string> readStrings(TomlTable& r, std::string_view key, bool required = false) {
    if (!r.has(key)) {
        if (required) r.missing(key);
        return {};
    }
    return r.stringArray(key).value_or(std::vector<std::string>{});
}

std::optional<int> readInt(TomlTable& r, std::string_view key, int lo, int hi) {
    if (auto v = r.integer(key, lo, hi)) return static_cast<int>(*v);
    return std::nullopt;
}

void checkRuleIds(TomlTable& r, std::string_view key, const std::vector<std::string>& ids) {
    const toml::array* a = r.node(key) ? r.node(key)->as_array() : nullptr;
    for (size_t i = 0; i < ids.size(); ++i) {
        if (isRuleId(ids[i])) continue;
        core::SourcePos at = a && i < a->size() ? r.pos(*a->get(i)) : r.valuePos(key);
        r.error(at, r.name(key) + ": " + tr("không có quy tắc \"", "no such rule \"") + ids[i] +
                        tr("\" (dùng: ", "\" (use: ") + core::ruleIdList() + ")");
    }
}

// [[key]]: an array of tables (nullptr when absent or written otherwise, then reported).
const toml::array* arrayOfTables(TomlTable& r, std::string_view key) {
    const toml::node* n = r.node(key);
    if (!n) return nullptr;
    const toml::array* a = n->as_array();
    if (!a || !a->is_array_of_tables()) {
        r.wrongType(*n, r.name(key), "[[" + r.name(key) + "]]");
        return nullptr;
    }
    return a;
}

void readPatterns(TomlTable& t, Tactic& tactic) {
    const toml::array* pa = arrayOfTables(t, "pattern");
    if (!pa) return;
    for (const auto& pnode : *pa) {
        TomlTable pr = t.child(*pnode.as_table(), "tactic.pattern");
        Pattern p;
        p.pos = pr.tablePos();
        if (!pr.has("weight")) pr.missing("weight");
        if (auto w = readInt(pr, "weight", -100, 100)) p.weight = *w;
        p.phrases = readStrings(pr, "any", true);
        if (auto neg = pr.boolean("negatable")) p.negatable = *neg;
        const toml::array* anyArr = pr.node("any") ? pr.node("any")->as_array() : nullptr;
        for (size_t i = 0; i < p.phrases.size(); ++i) {
            auto words = TextNormalizer::phraseTokens(p.phrases[i]);
            bool badStar = false;
            for (size_t k = 0; k + 1 < words.size(); ++k) badStar |= words[k].find('*') != std::string::npos;
            bool badWild = !words.empty() && (words.front() == "?" || words.back() == "?");
            if (!words.empty() && !badStar && !badWild) continue;
            core::SourcePos at = anyArr && i < anyArr->size() ? pr.pos(*anyArr->get(i)) : pr.valuePos("any");
            pr.error(at,
                     pr.name("any") + ": " + tactic.id + ": " +
                         (words.empty() ? tr("cụm từ rỗng", "empty phrase")
                          : badStar     ? tr("'*' chỉ được ở cuối cụm từ", "'*' may only end a phrase")
                                    : tr("'?' không được ở đầu hay cuối cụm từ", "'?' may not start or end a phrase")));
        }
        pr.rejectUnknownKeys({"weight", "any", "negatable"});
        t.addErrors(pr.errors());
        tactic.patterns.push_back(std::move(p));
    }
}

void readTactics(TomlTable& root, RuleSet& rs) {
    const toml::array* tactics = arrayOfTables(root, "tactic");
    if (!tactics) return;
    std::set<std::string> ids;
    for (const auto& node : *tactics) {
        TomlTable t = root.child(*node.as_table(), "tactic");
        Tactic tactic;
        if (auto id = t.requiredString("id")) tactic.id = *id;
        if (!tactic.id.empty() && !ids.insert(tactic.id).second)
            t.error(t.valuePos("id"), tr("mã thủ đoạn trùng: ", "duplicate tactic id: ") + tactic.id);
        if (auto v = readText(t, "name", true)) tactic.name = *v;
        if (auto v = readText(t, "reason", true)) tactic.reason = *v;
        if (auto v = readText(t, "advice", false)) tactic.advice = *v;
        tactic.rules = readStrings(t, "rules", true);
        checkRuleIds(t, "rules", tactic.rules);
        tactic.needs = readStrings(t, "requires");
        for (const auto& need : tactic.needs)
            if (need != "link" && need != "phone" && need != "account")
                t.error(t.valuePos("requires"),
                        core::tomlmsg::badEnum(t.name("requires"), need, {"link", "phone", "account"},
                                               core::closestMatch(need, {"link", "phone", "account"})));
        if (auto v = readInt(t, "min_score", 0, 100)) tactic.minScore = *v;
        if (auto v = readInt(t, "cap", 0, 100)) tactic.cap = *v;
        readPatterns(t, tactic);
        if (tactic.patterns.empty())
            t.error(t.tablePos(),
                    tactic.id + ": " +
                        tr("thủ đoạn không có [[tactic.pattern]] nào", "tactic has no [[tactic.pattern]]"));
        t.rejectUnknownKeys({"id", "name", "reason", "advice", "rules", "requires", "min_score", "cap", "pattern"});
        root.addErrors(t.errors());
        rs.tactics.push_back(std::move(tactic));
    }
}

void readCombos(TomlTable& root, RuleSet& rs) {
    const toml::array* combos = arrayOfTables(root, "combo");
    if (!combos) return;
    for (const auto& node : *combos) {
        TomlTable r = root.child(*node.as_table(), "combo");
        Combo c;
        if (auto id = r.requiredString("id")) c.id = *id;
        if (auto b = readInt(r, "bonus", -100, 100)) c.bonus = *b;
        if (auto v = readText(r, "reason", true)) c.reason = *v;
        c.rules = readStrings(r, "rules");
        checkRuleIds(r, "rules", c.rules);
        const toml::node* when = r.node("when");
        const toml::array* groups = when ? when->as_array() : nullptr;
        if (!groups || groups->empty()) {
            r.error(when ? r.pos(*when) : r.tablePos(), r.name("when") + ": " +
                                                            tr("phải là danh sách nhóm: [[\"a\", \"b\"], [\"c\"]]",
                                                               "must be a list of groups: [[\"a\", \"b\"], [\"c\"]]"));
        } else {
            for (const auto& g : *groups) {
                std::vector<std::string> group;
                const toml::array* ga = g.as_array();
                if (!ga) {
                    r.wrongType(g, r.name("when"), tr("danh sách mã thủ đoạn", "a list of tactic ids"));
                    continue;
                }
                for (const auto& id : *ga) {
                    if (!id.is_string()) {
                        r.wrongType(id, r.name("when"), core::tomlmsg::aString());
                        continue;
                    }
                    std::string s = id.as_string()->get();
                    if (!rs.findTactic(s))
                        r.error(r.pos(id),
                                r.name("when") + ": " + tr("không có thủ đoạn \"", "no such tactic \"") + s + "\"");
                    group.push_back(s);
                }
                c.when.push_back(std::move(group));
            }
        }
        r.rejectUnknownKeys({"id", "bonus", "reason", "rules", "when"});
        root.addErrors(r.errors());
        rs.combos.push_back(std::move(c));
    }
}

void readBrands(TomlTable& root, RuleSet& rs) {
    const toml::array* brands = arrayOfTables(root, "brand");
    if (!brands) return;
    for (const auto& node : *brands) {
        TomlTable r = root.child(*node.as_table(), "brand");
        Brand b;
        if (auto v = r.requiredString("id")) b.id = *v;
        if (auto v = r.requiredString("name")) b.name = *v;
        if (auto v = r.boolean("government")) b.government = *v;
        for (auto& dom : readStrings(r, "domains")) b.domains.push_back(core::toLower(dom));
        for (auto& kw : readStrings(r, "keywords", true)) {
            b.keywords.push_back(core::foldDiacritics(kw));
            b.keywordSkeletons.push_back(confusableSkeleton(b.keywords.back()));
        }
        r.rejectUnknownKeys({"id", "name", "government", "domains", "keywords"});
        root.addErrors(r.errors());
        rs.brands.push_back(std::move(b));
    }
}

} // namespace

const std::map<std::string, int, std::less<>>& defaultSignals() {
    static const std::map<std::string, int, std::less<>> kDefaults = {
        {"blocklist", 100},     {"link_userinfo", 50},       {"link_brand_subdomain", 60}, {"link_brand_in_domain", 45},
        {"link_lookalike", 60}, {"link_homograph", 70},      {"link_mixed_script", 40},    {"link_fake_gov", 60},
        {"link_ip_host", 30},   {"link_ip_obfuscated", 40},  {"link_shortener", 25},       {"link_suspicious_tld", 15},
        {"link_apk", 40},       {"link_phishing_words", 15}, {"link_deep_subdomain", 10},  {"link_brand_in_path", 20},
        {"phone_foreign", 25},  {"phone_unusual", 10},       {"obfuscation", 10},
    };
    return kDefaults;
}

int RuleSet::signal(std::string_view name) const {
    if (auto it = signals.find(name); it != signals.end()) return it->second;
    if (auto it = defaultSignals().find(name); it != defaultSignals().end()) return it->second;
    return 0;
}

const Tactic* RuleSet::findTactic(std::string_view id) const {
    for (const auto& t : tactics)
        if (t.id == id) return &t;
    return nullptr;
}

std::optional<RuleSet> parseRules(std::string_view text, const std::string& fileName, core::Diagnostics& diags) {
    const core::TomlSource src{fileName, fileName};
    auto parsed = core::parseToml(text, src, diags);
    if (!parsed) return std::nullopt;
    core::Diagnostics d;
    RuleSet rs;
    TomlTable top(*parsed, src, d, {}, TomlTable::UnknownKeys::Warning);

    if (const toml::table* meta = top.table("meta")) {
        TomlTable r = top.child(*meta, "meta");
        if (auto v = r.requiredString("version")) rs.version = *v;
        if (auto v = r.string("source")) rs.source = *v;
        r.rejectUnknownKeys({"version", "source"});
        top.addErrors(r.errors());
    } else if (!top.has("meta")) {
        top.error(top.tablePos(), tr("thiếu bảng [meta] với version", "missing [meta] table with version"));
    }
    if (const toml::table* n = top.table("verdict")) {
        TomlTable r = top.child(*n, "verdict");
        if (auto v = readInt(r, "likely_scam", 1, 100)) rs.likelyScamAt = *v;
        if (auto v = readInt(r, "suspicious", 1, 100)) rs.suspiciousAt = *v;
        if (rs.suspiciousAt >= rs.likelyScamAt)
            r.error(r.tablePos(),
                    tr("\"suspicious\" phải nhỏ hơn \"likely_scam\"", "\"suspicious\" must be below \"likely_scam\""));
        r.rejectUnknownKeys({"likely_scam", "suspicious"});
        top.addErrors(r.errors());
    }
    if (const toml::table* n = top.table("advice")) {
        TomlTable r = top.child(*n, "advice");
        if (auto v = r.string("police_phone")) rs.policePhone = *v;
        if (auto v = r.string("local_police_name")) rs.localPoliceName = *v;
        if (auto v = r.string("local_police_phone")) rs.localPolicePhone = *v;
        r.rejectUnknownKeys({"police_phone", "local_police_name", "local_police_phone"});
        top.addErrors(r.errors());
    }
    if (const toml::table* n = top.table("signals")) {
        TomlTable r = top.child(*n, "signals");
        std::vector<std::string> known;
        for (const auto& [name, weight] : defaultSignals()) {
            known.push_back(name);
            if (auto w = readInt(r, name, 0, 100)) rs.signals[name] = *w;
        }
        r.rejectUnknownKeys(known);
        top.addErrors(r.errors());
    }
    if (const toml::table* n = top.table("text")) {
        TomlTable r = top.child(*n, "text");
        rs.negations = readStrings(r, "negations");
        if (const toml::table* a = r.table("aliases")) {
            TomlTable al = r.child(*a, "text.aliases");
            for (auto&& [k, v] : *a) {
                auto from = TextNormalizer::phraseTokens(std::string(k.str()));
                if (from.size() != 1 || !v.is_string()) {
                    al.error(al.keyPos(k.str()),
                             al.name(k.str()) + ": " +
                                 tr("bí danh phải là một từ = \"chuỗi\"", "an alias is one word = \"text\""));
                    continue;
                }
                rs.aliases[from[0]] = TextNormalizer::phraseTokens(v.as_string()->get());
            }
            r.addErrors(al.errors());
        }
        r.rejectUnknownKeys({"negations", "aliases"});
        top.addErrors(r.errors());
    }
    if (const toml::table* n = top.table("links")) {
        TomlTable r = top.child(*n, "links");
        for (auto& s : readStrings(r, "suspicious_tlds")) rs.suspiciousTlds.push_back(core::toLower(s));
        for (auto& s : readStrings(r, "shorteners")) rs.shorteners.push_back(core::toLower(s));
        for (auto& s : readStrings(r, "phishing_words")) rs.phishingWords.push_back(core::foldDiacritics(s));
        r.rejectUnknownKeys({"suspicious_tlds", "shorteners", "phishing_words"});
        top.addErrors(r.errors());
    }
    readTactics(top, rs);
    readCombos(top, rs);
    readBrands(top, rs);
    if (rs.tactics.empty() && !d.hasErrors())
        top.error(top.tablePos(), tr("không có [[tactic]] nào", "no [[tactic]] defined"));
    top.rejectUnknownKeys({"meta", "verdict", "advice", "signals", "text", "links", "tactic", "combo", "brand"});

    core::appendSorted(d, diags);
    if (d.hasErrors()) return std::nullopt;
    return rs;
}

std::optional<RuleSet> loadRules(const std::filesystem::path& file, core::Diagnostics& diags) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        diags.error({file.string(), 0, 0}, tr("không mở được tệp", "cannot open file"));
        return std::nullopt;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    return parseRules(ss.str(), file.string(), diags);
}

} // namespace signage::scamcheck
