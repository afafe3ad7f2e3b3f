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
using core::tr;

core::SourcePos regionPos(const toml::source_region& r, const std::string& file) {
    return {file, static_cast<int>(r.begin.line), static_cast<int>(r.begin.column)};
}

// Reads one table, reporting unknown keys (typos are the usual rules.toml mistake).
class TableReader {
public:
    TableReader(const toml::table& t, const std::string& file, core::Diagnostics& d, std::string where)
        : _t(t), _file(file), _d(d), _where(std::move(where)) {}

    core::SourcePos pos() const { return regionPos(_t.source(), _file); }
    core::SourcePos posOf(const toml::node& n) const { return regionPos(n.source(), _file); }

    const toml::node* get(std::string_view key) {
        _known.insert(std::string(key));
        return _t.get(key);
    }

    std::optional<std::string> string(std::string_view key, bool required = false) {
        const toml::node* n = get(key);
        if (!n) {
            if (required) error(pos(), tr("thiếu khóa bắt buộc \"", "missing required key \"") + std::string(key) + "\"");
            return std::nullopt;
        }
        if (!n->is_string()) {
            error(posOf(*n), "\"" + std::string(key) + tr("\" phải là chuỗi", "\" must be a string"));
            return std::nullopt;
        }
        return core::toNfc(n->as_string()->get());
    }

    std::optional<int> integer(std::string_view key, int lo, int hi) {
        const toml::node* n = get(key);
        if (!n) return std::nullopt;
        if (!n->is_integer() || n->as_integer()->get() < lo || n->as_integer()->get() > hi) {
            error(posOf(*n), "\"" + std::string(key) + tr("\" phải là số nguyên từ ", "\" must be an integer from ") + std::to_string(lo) +
                                 tr(" đến ", " to ") + std::to_string(hi));
            return std::nullopt;
        }
        return static_cast<int>(n->as_integer()->get());
    }

    std::optional<bool> boolean(std::string_view key) {
        const toml::node* n = get(key);
        if (!n) return std::nullopt;
        if (!n->is_boolean()) {
            error(posOf(*n), "\"" + std::string(key) + tr("\" phải là true hoặc false", "\" must be true or false"));
            return std::nullopt;
        }
        return n->as_boolean()->get();
    }

    std::vector<std::string> strings(std::string_view key, bool required = false) {
        std::vector<std::string> out;
        const toml::node* n = get(key);
        if (!n) {
            if (required) error(pos(), tr("thiếu khóa bắt buộc \"", "missing required key \"") + std::string(key) + "\"");
            return out;
        }
        const toml::array* a = n->as_array();
        if (!a) {
            error(posOf(*n), "\"" + std::string(key) + tr("\" phải là danh sách chuỗi", "\" must be a list of strings"));
            return out;
        }
        for (const auto& item : *a) {
            if (!item.is_string()) {
                error(posOf(item), "\"" + std::string(key) + tr("\": mỗi phần tử phải là chuỗi", "\": every item must be a string"));
                continue;
            }
            out.push_back(core::toNfc(item.as_string()->get()));
        }
        return out;
    }

    // A wording: "text" (Vietnamese, used for English too) or { vi = "…", en = "…" }.
    std::optional<Text> text(std::string_view key, bool required = false) {
        const toml::node* n = get(key);
        if (!n) {
            if (required) error(pos(), tr("thiếu khóa bắt buộc \"", "missing required key \"") + std::string(key) + "\"");
            return std::nullopt;
        }
        if (n->is_string()) {
            std::string s = core::toNfc(n->as_string()->get());
            return Text{s, s};
        }
        if (const toml::table* t = n->as_table()) {
            TableReader r(*t, _file, _d, _where + "." + std::string(key));
            auto vi = r.string("vi", true);
            auto en = r.string("en");
            r.finish();
            if (!vi) return std::nullopt;
            return Text{*vi, en ? *en : *vi};
        }
        error(posOf(*n), "\"" + std::string(key) + tr("\" phải là chuỗi hoặc { vi = \"…\", en = \"…\" }", "\" must be a string or { vi = \"…\", en = \"…\" }"));
        return std::nullopt;
    }

    void error(core::SourcePos p, std::string msg) { _d.error(std::move(p), _where + ": " + msg); }
    void setWhere(std::string where) { _where = std::move(where); }

    /// Warns about keys nobody asked for (docs/scamcheck.md: newer rule files stay loadable),
    /// in core's words with its "did you mean" (core::tomlmsg::unknownKey, core::closestMatch).
    void finish() {
        const std::vector<std::string> known(_known.begin(), _known.end());
        for (auto&& [k, v] : _t) {
            if (_known.count(std::string(k.str()))) continue;
            _d.warning(regionPos(k.source(), _file),
                       _where + ": " +
                           core::tomlmsg::unknownKey(k.str(), {}, core::closestMatch(k.str(), known), known));
        }
    }

private:
    const toml::table& _t;
    const std::string& _file;
    core::Diagnostics& _d;
    std::string _where;
    std::set<std::string> _known;
};

void checkRuleIds(const std::vector<std::string>& ids, TableReader& r, const toml::node* node, const std::string& file) {
    for (const auto& id : ids) {
        if (isRuleId(id)) continue;
        r.error(node ? regionPos(node->source(), file) : r.pos(),
                tr("không có quy tắc \"", "no such rule \"") + id + tr("\" (dùng: ", "\" (use: ") + core::ruleIdList() + ")");
    }
}

const toml::array* arrayOfTables(const toml::table& root, std::string_view key, const std::string& file, core::Diagnostics& d) {
    const toml::node* n = root.get(key);
    if (!n) return nullptr;
    const toml::array* a = n->as_array();
    if (!a || !a->is_array_of_tables()) {
        d.error(regionPos(n->source(), file), "\"" + std::string(key) + tr("\" phải là [[", "\" must be written as [[") + std::string(key) + "]]");
        return nullptr;
    }
    return a;
}

void readTactics(const toml::table& root, const std::string& file, core::Diagnostics& d, RuleSet& rs) {
    const toml::array* tactics = arrayOfTables(root, "tactic", file, d);
    if (!tactics) return;
    std::set<std::string> ids;
    for (const auto& node : *tactics) {
        const toml::table& t = *node.as_table();
        TableReader r(t, file, d, "[[tactic]]");
        Tactic tactic;
        if (auto id = r.string("id", true)) tactic.id = *id;
        if (!tactic.id.empty() && !ids.insert(tactic.id).second) r.error(r.pos(), tr("mã thủ đoạn trùng: ", "duplicate tactic id: ") + tactic.id);
        r.setWhere("[[tactic]] " + tactic.id);
        TableReader& named = r;
        if (auto v = named.text("name", true)) tactic.name = *v;
        if (auto v = named.text("reason", true)) tactic.reason = *v;
        if (auto v = named.text("advice")) tactic.advice = *v;
        tactic.rules = named.strings("rules", true);
        checkRuleIds(tactic.rules, named, t.get("rules"), file);
        tactic.needs = named.strings("requires");
        for (const auto& need : tactic.needs)
            if (need != "link" && need != "phone" && need != "account")
                named.error(named.posOf(*t.get("requires")), tr("\"requires\" chỉ nhận link, phone, account: ", "\"requires\" takes link, phone, account: ") + need);
        if (auto v = named.integer("min_score", 0, 100)) tactic.minScore = *v;
        if (auto v = named.integer("cap", 0, 100)) tactic.cap = *v;
        if (const toml::node* pn = named.get("pattern")) {
            const toml::array* pa = pn->as_array();
            if (!pa || !pa->is_array_of_tables()) {
                named.error(named.posOf(*pn), tr("\"pattern\" phải là [[tactic.pattern]]", "\"pattern\" must be written as [[tactic.pattern]]"));
            } else {
                for (const auto& pnode : *pa) {
                    TableReader pr(*pnode.as_table(), file, d, "[[tactic.pattern]] " + tactic.id);
                    Pattern p;
                    p.pos = pr.pos();
                    if (auto w = pr.integer("weight", -100, 100)) p.weight = *w;
                    else if (!pnode.as_table()->get("weight")) pr.error(pr.pos(), tr("thiếu khóa bắt buộc \"weight\"", "missing required key \"weight\""));
                    p.phrases = pr.strings("any", true);
                    if (auto neg = pr.boolean("negatable")) p.negatable = *neg;
                    const toml::array* anyArr = pnode.as_table()->get_as<toml::array>("any");
                    for (size_t i = 0; i < p.phrases.size(); ++i) {
                        auto words = TextNormalizer::phraseTokens(p.phrases[i]);
                        bool badStar = false;
                        for (size_t k = 0; k + 1 < words.size(); ++k) badStar |= words[k].find('*') != std::string::npos;
                        bool badWild = !words.empty() && (words.front() == "?" || words.back() == "?");
                        if (words.empty() || badStar || badWild) {
                            core::SourcePos at = anyArr && i < anyArr->size() ? regionPos((*anyArr)[i].source(), file) : pr.pos();
                            pr.error(at, words.empty() ? tr("cụm từ rỗng", "empty phrase")
                                         : badStar ? tr("'*' chỉ được ở cuối cụm từ", "'*' may only end a phrase")
                                                   : tr("'?' không được ở đầu hay cuối cụm từ", "'?' may not start or end a phrase"));
                        }
                    }
                    pr.finish();
                    tactic.patterns.push_back(std::move(p));
                }
            }
        }
        if (tactic.patterns.empty()) named.error(named.pos(), tr("thủ đoạn không có [[tactic.pattern]] nào", "tactic has no [[tactic.pattern]]"));
        named.finish();
        rs.tactics.push_back(std::move(tactic));
    }
}

void readCombos(const toml::table& root, const std::string& file, core::Diagnostics& d, RuleSet& rs) {
    const toml::array* combos = arrayOfTables(root, "combo", file, d);
    if (!combos) return;
    for (const auto& node : *combos) {
        const toml::table& t = *node.as_table();
        TableReader r(t, file, d, "[[combo]]");
        Combo c;
        if (auto id = r.string("id", true)) c.id = *id;
        if (auto b = r.integer("bonus", -100, 100)) c.bonus = *b;
        if (auto v = r.text("reason", true)) c.reason = *v;
        c.rules = r.strings("rules");
        checkRuleIds(c.rules, r, t.get("rules"), file);
        const toml::node* when = r.get("when");
        const toml::array* groups = when ? when->as_array() : nullptr;
        if (!groups || groups->empty()) {
            r.error(when ? r.posOf(*when) : r.pos(), tr("\"when\" phải là danh sách nhóm: [[\"a\", \"b\"], [\"c\"]]", "\"when\" must be a list of groups: [[\"a\", \"b\"], [\"c\"]]"));
        } else {
            for (const auto& g : *groups) {
                std::vector<std::string> group;
                const toml::array* ga = g.as_array();
                if (!ga) {
                    r.error(r.posOf(g), tr("mỗi nhóm trong \"when\" là một danh sách", "each group in \"when\" is a list"));
                    continue;
                }
                for (const auto& id : *ga) {
                    if (!id.is_string()) {
                        r.error(r.posOf(id), tr("mã thủ đoạn phải là chuỗi", "tactic ids are strings"));
                        continue;
                    }
                    std::string s = id.as_string()->get();
                    if (!rs.findTactic(s)) r.error(r.posOf(id), tr("không có thủ đoạn \"", "no such tactic \"") + s + "\"");
                    group.push_back(s);
                }
                c.when.push_back(std::move(group));
            }
        }
        r.finish();
        rs.combos.push_back(std::move(c));
    }
}

void readBrands(const toml::table& root, const std::string& file, core::Diagnostics& d, RuleSet& rs) {
    const toml::array* brands = arrayOfTables(root, "brand", file, d);
    if (!brands) return;
    for (const auto& node : *brands) {
        TableReader r(*node.as_table(), file, d, "[[brand]]");
        Brand b;
        if (auto v = r.string("id", true)) b.id = *v;
        if (auto v = r.string("name", true)) b.name = *v;
        if (auto v = r.boolean("government")) b.government = *v;
        for (auto& dom : r.strings("domains")) b.domains.push_back(core::toLower(dom));
        for (auto& kw : r.strings("keywords", true)) {
            b.keywords.push_back(core::foldDiacritics(kw));
            b.keywordSkeletons.push_back(confusableSkeleton(b.keywords.back()));
        }
        r.finish();
        rs.brands.push_back(std::move(b));
    }
}

std::vector<std::string> foldedWords(const std::string& s) { return TextNormalizer::phraseTokens(s); }
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
    auto parsed = core::parseToml(text, core::TomlSource{fileName, fileName}, diags);
    if (!parsed) return std::nullopt;
    const toml::table& root = *parsed;
    core::Diagnostics d;
    RuleSet rs;
    TableReader top(root, fileName, d, "rules.toml");

    if (const toml::node* meta = top.get("meta"); meta && meta->is_table()) {
        TableReader r(*meta->as_table(), fileName, d, "[meta]");
        if (auto v = r.string("version", true)) rs.version = *v;
        if (auto v = r.string("source")) rs.source = *v;
        r.finish();
    } else {
        top.error(top.pos(), tr("thiếu bảng [meta] với version", "missing [meta] table with version"));
    }
    if (const toml::node* n = top.get("verdict"); n && n->is_table()) {
        TableReader r(*n->as_table(), fileName, d, "[verdict]");
        if (auto v = r.integer("likely_scam", 1, 100)) rs.likelyScamAt = *v;
        if (auto v = r.integer("suspicious", 1, 100)) rs.suspiciousAt = *v;
        if (rs.suspiciousAt >= rs.likelyScamAt) r.error(r.pos(), tr("\"suspicious\" phải nhỏ hơn \"likely_scam\"", "\"suspicious\" must be below \"likely_scam\""));
        r.finish();
    }
    if (const toml::node* n = top.get("advice"); n && n->is_table()) {
        TableReader r(*n->as_table(), fileName, d, "[advice]");
        if (auto v = r.string("police_phone")) rs.policePhone = *v;
        if (auto v = r.string("local_police_name")) rs.localPoliceName = *v;
        if (auto v = r.string("local_police_phone")) rs.localPolicePhone = *v;
        r.finish();
    }
    if (const toml::node* n = top.get("signals"); n && n->is_table()) {
        TableReader r(*n->as_table(), fileName, d, "[signals]");
        for (auto&& [k, v] : *n->as_table()) {
            std::string key(k.str());
            if (!defaultSignals().count(key)) continue; // finish() reports it
            if (auto w = r.integer(key, 0, 100)) rs.signals[key] = *w;
        }
        r.finish();
    }
    if (const toml::node* n = top.get("text"); n && n->is_table()) {
        TableReader r(*n->as_table(), fileName, d, "[text]");
        rs.negations = r.strings("negations");
        if (const toml::node* a = r.get("aliases")) {
            if (!a->is_table()) {
                r.error(r.posOf(*a), tr("[text.aliases] phải là bảng", "[text.aliases] must be a table"));
            } else {
                for (auto&& [k, v] : *a->as_table()) {
                    auto from = foldedWords(std::string(k.str()));
                    if (from.size() != 1 || !v.is_string()) {
                        r.error(regionPos(k.source(), fileName), tr("bí danh phải là một từ = \"chuỗi\"", "an alias is one word = \"text\""));
                        continue;
                    }
                    rs.aliases[from[0]] = foldedWords(v.as_string()->get());
                }
            }
        }
        r.finish();
    }
    if (const toml::node* n = top.get("links"); n && n->is_table()) {
        TableReader r(*n->as_table(), fileName, d, "[links]");
        for (auto& s : r.strings("suspicious_tlds")) rs.suspiciousTlds.push_back(core::toLower(s));
        for (auto& s : r.strings("shorteners")) rs.shorteners.push_back(core::toLower(s));
        for (auto& s : r.strings("phishing_words")) rs.phishingWords.push_back(core::foldDiacritics(s));
        r.finish();
    }
    top.get("tactic");
    top.get("combo");
    top.get("brand");
    readTactics(root, fileName, d, rs);
    readCombos(root, fileName, d, rs);
    readBrands(root, fileName, d, rs);
    if (rs.tactics.empty() && !d.hasErrors()) top.error(top.pos(), tr("không có [[tactic]] nào", "no [[tactic]] defined"));
    top.finish();

    diags.append(d);
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
