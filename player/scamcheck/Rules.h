// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// checker/rules.toml: the scam tactics from the seed documents as weighted phrase
// patterns, combinations that raise the score, the brands whose lookalikes are flagged,
// weights of the built-in link and phone checks, teen-code aliases, thresholds and the
// police numbers. Format: docs/scamcheck.md. Loaded once; immutable afterwards.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/Diagnostic.h"
#include "scamcheck/Verdict.h"

namespace signage::scamcheck {

struct Pattern {
    int weight = 0;
    std::vector<std::string> phrases; // as written (matching folds them)
    bool negatable = true;            // a preceding "không"/"đừng" cancels the match
    core::SourcePos pos;
};

struct Tactic {
    std::string id;
    Text name;
    Text reason; // shown when the tactic fires
    Text advice; // optional extra advice line
    std::vector<std::string> rules;    // "5 không, 2 phải" ids
    std::vector<std::string> needs;    // "link", "phone", "account": needs such an item in the message
    int minScore = 20;                 // below this the tactic does not fire (a stray word is no sign)
    int cap = 60;                      // most points one tactic adds
    std::vector<Pattern> patterns;
};

/// Fires when, for every group in `when`, some tactic of the group fired.
struct Combo {
    std::string id;
    std::vector<std::vector<std::string>> when;
    int bonus = 0;
    Text reason;
    std::vector<std::string> rules;
};

/// A bank, telecom, utility or government body whose name scammers borrow in links.
struct Brand {
    std::string id;
    std::string name;
    bool government = false;
    std::vector<std::string> domains;  // official registrable domains ("vietcombank.com.vn")
    std::vector<std::string> keywords; // names that appear in lookalike hosts ("vietcombank", "vcb")
    std::vector<std::string> keywordSkeletons; // Lookalike.h confusableSkeleton of each keyword
};

struct RuleSet {
    std::string version = "0";
    std::string source;
    int likelyScamAt = 60;
    int suspiciousAt = 25;
    std::string policePhone = "113";
    std::string localPoliceName;
    std::string localPolicePhone;
    std::unordered_map<std::string, std::vector<std::string>> aliases; // folded token → folded words
    std::vector<std::string> negations;
    std::vector<std::string> suspiciousTlds;
    std::vector<std::string> shorteners;
    std::vector<std::string> phishingWords;
    std::vector<Tactic> tactics;
    std::vector<Combo> combos;
    std::vector<Brand> brands;

    /// Weight of a built-in check ("blocklist", "link_lookalike", ...): rules.toml
    /// [signals] or the default in kDefaultSignals.
    int signal(std::string_view name) const;
    std::map<std::string, int, std::less<>> signals;
    const Tactic* findTactic(std::string_view id) const;
};

/// Built-in checks and their default weights (documented in docs/scamcheck.md).
const std::map<std::string, int, std::less<>>& defaultSignals();

/// Parses rules.toml text. Errors (file:line:col) go to `diags`; nullopt when any error.
std::optional<RuleSet> parseRules(std::string_view text, const std::string& fileName, core::Diagnostics& diags);
/// Reads and parses a rules.toml file.
std::optional<RuleSet> loadRules(const std::filesystem::path& file, core::Diagnostics& diags);

} // namespace signage::scamcheck
