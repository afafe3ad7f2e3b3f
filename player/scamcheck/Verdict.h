// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The answer a visitor reads: a level, a score, the reasons in plain Vietnamese (English
// alongside), which "5 không, 2 phải" rules apply and what to do now. A verdict never
// says "safe": the best it says is "no known signs", always with advice.
#include <string>
#include <string_view>
#include <vector>

#include "core/RuleIds.h"

#include "scamcheck/Kind.h"

namespace signage::scamcheck {

// Reenter: a lookup (phone, account, link) that could not be read or has the wrong number
// of digits: the screen asks the visitor to type it again instead of guessing.
enum class Level { NoKnownSigns, Suspicious, LikelyScam, Reenter };

/// "no_known_signs", "suspicious", "likely_scam", "reenter".
std::string_view levelName(Level level);

/// One wording in both languages; text() picks the run's language (core::tr).
struct Text {
    std::string vi;
    std::string en;
    std::string text() const;
};

/// Why the engine thinks what it thinks. Never contains what the visitor typed.
struct Reason {
    std::string id;     // stable: "blocklist.phone", "tactic.fake_authority", "link.lookalike", ...
    std::string tactic; // the tactic id when the reason is a tactic, else empty
    int weight = 0;     // points added to the score
    Text text;
};

/// What reaches the play log: counts by verdict and tactic, nothing typed.
struct LogSummary {
    std::string verdict;              // levelName()
    std::vector<std::string> tactics; // tactic ids that fired
    std::string dataVersion;          // Checker::dataVersion() of the data used
};

/// The seven "5 không, 2 phải" ids: core's one list.
using core::isRuleId;
using core::kRuleIds;
/// The rule's short official wording ("Không chuyển khoản" / "Do not transfer money");
/// empty Text for an unknown id.
Text ruleTitle(std::string_view id);

struct Verdict {
    Level level = Level::NoKnownSigns;
    int score = 0;            // 0..100
    Kind kind = Kind::Message; // what the input was read as (never Auto)
    // The input as the engine read it ("+84901234567", "vietcombank.com.xacminh.top").
    // Derived from what was typed: show it, never log or store it; wipe() clears it.
    std::string normalized;
    std::vector<Reason> reasons;      // strongest first
    std::vector<std::string> tactics; // tactic ids that fired (rules.toml [[tactic]] id)
    std::vector<std::string> rules;   // "5 không, 2 phải" ids, official order
    Text headline;                    // one line for the result screen
    std::vector<Text> advice;         // what to do now, most important first
    std::string dataVersion;

    LogSummary summary() const;
    /// Overwrites and clears `normalized` (the only field derived from the input).
    void wipe();
};

} // namespace signage::scamcheck
