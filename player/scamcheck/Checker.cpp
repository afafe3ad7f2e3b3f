// SPDX-License-Identifier: GPL-3.0-or-later
#include "scamcheck/Checker.h"

#include "core/Lang.h"
#include "scamcheck/Account.h"
#include "scamcheck/Analyzers.h"
#include "scamcheck/Classifier.h"
#include "scamcheck/ListStore.h"
#include "scamcheck/MessageAnalyzer.h"
#include "scamcheck/Rules.h"
#include "scamcheck/VerdictBuilder.h"
#include "scamcheck/Wipe.h"

namespace signage::scamcheck {

using core::tr;

struct Checker::Impl {
    core::Diagnostics diags;
    RuleSet rules;
    std::unique_ptr<ListStore> lists;
    std::optional<Model> model;                 // checker/model.tsv, when present
    std::unique_ptr<MessageAnalyzer> messages; // refers to `rules` and `model`: built after them, never moved
    PoliceContact police;
    std::string version;
};

namespace {
std::string formatAll(const core::Diagnostics& d) {
    std::string out;
    for (const auto& x : d.all()) {
        if (x.severity != core::Diagnostic::Severity::Error) continue;
        if (!out.empty()) out += "\n";
        out += x.format();
    }
    return out;
}
} // namespace

Checker::Checker(const std::filesystem::path& checkerDir) : Checker(checkerDir, Options{}) {}

Checker::Checker(const std::filesystem::path& checkerDir, Options options) : _impl(std::make_unique<Impl>()) {
    Impl& m = *_impl;
    auto rules = loadRules(checkerDir / "rules.toml", m.diags);
    if (!rules) throw CheckerError(formatAll(m.diags), m.diags);
    m.rules = std::move(*rules);
    try {
        m.lists = std::make_unique<ListStore>(checkerDir, ListStore::Options{options.cacheDir}, m.diags);
    } catch (const std::exception& e) {
        m.diags.error({checkerDir.string(), 0, 0}, e.what());
        throw CheckerError(formatAll(m.diags), m.diags);
    }
    if (std::filesystem::exists(checkerDir / "model.tsv")) {
        m.model = Model::load(checkerDir / "model.tsv", m.diags);
        if (!m.model) throw CheckerError(formatAll(m.diags), m.diags);
    }
    m.messages = std::make_unique<MessageAnalyzer>(m.rules, m.model ? &*m.model : nullptr);
    m.police = {m.rules.policePhone, m.rules.localPoliceName, m.rules.localPolicePhone};
    if (!options.policePhone.empty()) m.police.emergency = options.policePhone;
    if (!options.localPoliceName.empty()) m.police.localName = options.localPoliceName;
    if (!options.localPolicePhone.empty()) m.police.localPhone = options.localPolicePhone;
    m.version = "rules " + m.rules.version + " / lists " + m.lists->digest().substr(0, 12) + (m.model ? " / model" : "");
}

Checker::~Checker() = default;

Verdict Checker::check(std::string_view text, Kind kind) const {
    const Impl& m = *_impl;
    Context ctx{m.rules, *m.lists};
    Findings f;
    std::string normalized;
    Kind readAs = kind == Kind::Auto ? classify(text) : kind;

    auto unreadable = [&](Text what) {
        f.add({"input.unreadable", "", 0, std::move(what), {}});
        readAs = Kind::Message;
    };
    if (readAs == Kind::Phone) {
        if (auto phone = normalizePhone(text)) {
            checkPhone(*phone, ctx, f, false);
            // Many banks let a phone number be the account number: ask that list too.
            if (auto acct = normalizeAccount(phone->national); acct && phone->vietnamese()) {
                Findings alt;
                checkAccount(*acct, ctx, alt, true);
                for (auto& s : alt.signals) f.add(std::move(s));
                f.blocklisted |= alt.blocklisted;
            }
            normalized = phone->key;
        } else {
            unreadable({"Không đọc được như một số điện thoại; đã kiểm tra như tin nhắn", "Could not read a phone number; checked as a message instead"});
        }
    } else if (readAs == Kind::Account) {
        if (auto acct = normalizeAccount(text)) {
            checkAccount(*acct, ctx, f, false);
            normalized = *acct;
            wipeString(*acct);
        } else {
            unreadable({"Không đọc được như một số tài khoản (6 đến 19 chữ số); đã kiểm tra như tin nhắn",
                        "Could not read an account number (6 to 19 digits); checked as a message instead"});
        }
    } else if (readAs == Kind::Link) {
        if (auto link = parseLink(text)) {
            checkLink(*link, ctx, f, false);
            normalized = link->host + link->path;
            wipeString(link->userinfo);
            wipeString(link->query);
        } else {
            unreadable({"Không đọc được như một địa chỉ trang web; đã kiểm tra như tin nhắn", "Could not read a web address; checked as a message instead"});
        }
    }
    if (readAs == Kind::Message) m.messages->analyze(text, ctx, f);

    Verdict v = buildVerdict(f, m.rules, m.police, readAs);
    v.normalized = std::move(normalized);
    v.dataVersion = m.version;
    return v;
}

FeatureList Checker::messageFeatures(std::string_view text) const {
    const Impl& m = *_impl;
    Context ctx{m.rules, *m.lists};
    Findings f;
    m.messages->analyze(text, ctx, f);
    return std::move(f.features);
}

const std::string& Checker::dataVersion() const { return _impl->version; }
const core::Diagnostics& Checker::diagnostics() const { return _impl->diags; }
size_t Checker::listEntries() const { return _impl->lists->entryCount(); }
const RuleSet& Checker::rules() const { return _impl->rules; }

} // namespace signage::scamcheck
