// SPDX-License-Identifier: GPL-3.0-or-later
#include "scamcheck/Checker.h"

#include "core/Lang.h"
#include "scamcheck/Account.h"
#include "scamcheck/Analyzers.h"
#include "scamcheck/Classifier.h"
#include "scamcheck/Link.h"
#include "scamcheck/ListStore.h"
#include "scamcheck/Phone.h"
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
    // What people type around a lookup (emoji, punctuation, "số … nhé") is trimmed off.
    std::string trimmed;
    Kind readAs = kind;
    if (kind == Kind::Auto) {
        trimmed = trimLookup(
            text, +[](std::string_view s) { return classify(s) != Kind::Message; });
        readAs = classify(trimmed);
        if (readAs == Kind::Message) wipeString(trimmed);
        // "VCB 0071 0001 23456", "STK 0071…": words around a 00… number make it an account
        // (Vietnamese accounts start with 00 too); bare, it is a number dialled abroad.
        if (readAs == Kind::Phone && trimmed.find_first_of("+") == std::string::npos) {
            auto phone = normalizePhone(trimmed);
            bool words = classify(text) == Kind::Message;
            if (phone && phone->doubleZero && words && normalizeAccount(text)) readAs = Kind::Account;
        }
    } else if (readAs == Kind::Phone) {
        trimmed = trimLookup(
            text, +[](std::string_view s) { return normalizePhone(s).has_value(); });
    } else if (readAs == Kind::Account) {
        trimmed = trimLookup(
            text, +[](std::string_view s) { return normalizeAccount(s).has_value(); });
    } else if (readAs == Kind::Link) {
        trimmed = trimLookup(
            text,
            +[](std::string_view s) { return s.find(' ') == std::string_view::npos && parseLink(s).has_value(); });
    }
    if (readAs != Kind::Message) text = trimmed;

    // A lookup that cannot be read is never guessed at or checked as a message instead.
    auto reenter = [&](Text why) {
        Verdict v = reenterVerdict(readAs, std::move(why), m.police);
        v.dataVersion = m.version;
        wipeString(trimmed);
        return v;
    };
    if (readAs == Kind::Phone) {
        auto phone = normalizePhone(text);
        if (!phone)
            return reenter({"Không đọc được như một số điện thoại: chỉ gồm chữ số, có thể có dấu + ở đầu",
                            "Could not read a phone number: digits only, optionally with + in front"});
        Findings probe; // a listed number is reported as listed, whatever its length
        if (phone->wrongLength()) checkPhone(*phone, ctx, probe, false);
        if (phone->wrongLength() && !probe.blocklisted)
            return reenter(
                {"Số này có " + std::to_string(phone->national.size()) + " chữ số: số Việt Nam có đầu số này phải có " +
                     (phone->national[1] == '2' ? "11" : "10") + " chữ số",
                 "This number has " + std::to_string(phone->national.size()) +
                     " digits: a Vietnamese number with this prefix has " + (phone->national[1] == '2' ? "11" : "10")});
        {
            checkPhone(*phone, ctx, f, false);
            // Many banks let a phone number be the account number: ask that list too.
            if (auto acct = normalizeAccount(phone->doubleZero ? "00" + phone->key.substr(1) : phone->national);
                acct && (phone->vietnamese() || phone->doubleZero)) {
                Findings alt;
                checkAccount(*acct, ctx, alt, true);
                for (auto& s : alt.signals) f.add(std::move(s));
                f.blocklisted |= alt.blocklisted;
            }
            normalized = phone->key;
        }
    } else if (readAs == Kind::Account) {
        if (auto acct = normalizeAccount(text)) {
            checkAccount(*acct, ctx, f, false);
            // "00…" may also be a number dialled abroad: ask the phone lists too.
            if (auto phone = normalizePhone(text); phone && phone->doubleZero) {
                Findings alt;
                checkPhone(*phone, ctx, alt, false);
                for (auto& s : alt.signals)
                    if (s.id.rfind("blocklist.", 0) == 0 || s.id.rfind("allowlist.", 0) == 0) f.add(std::move(s));
                f.blocklisted |= alt.blocklisted;
            }
            normalized = *acct;
            wipeString(*acct);
        } else {
            return reenter({"Không đọc được như một số tài khoản (6 đến 19 chữ số)",
                            "Could not read an account number (6 to 19 digits)"});
        }
    } else if (readAs == Kind::Link) {
        if (auto link = parseLink(text)) {
            checkLink(*link, ctx, f, false);
            normalized = link->host + link->path;
            wipeString(link->userinfo);
            wipeString(link->query);
        } else {
            return reenter({"Không đọc được như một địa chỉ trang web", "Could not read a web address"});
        }
    }
    wipeString(trimmed);
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
