// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the analysers found while checking one input, before it becomes a Verdict.
// Lives for one check() call on the calling thread.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "scamcheck/Verdict.h"

namespace signage::scamcheck {

class ListStore;
struct RuleSet;

struct Signal {
    std::string id;     // "blocklist.phone", "link.lookalike", "tactic.fake_bank", ...
    std::string tactic; // for tactic signals
    int weight = 0;     // 0 = a note (shown, adds nothing)
    Text text;
    std::vector<std::string> rules;
};

/// Named features of a message (Frames.h), the input of the fitted model (Model.h).
using FeatureList = std::vector<std::pair<std::string, double>>;

/// What the fitted model says about a message (only when checker/model.tsv is present).
struct ModelJudgement {
    double scam = 0; // P(harmful scam)
    double flag = 0; // P(scam or opening move)
    bool warningContext = false;
    // Frame cues that fired with their push towards "scam" (weight × value), for reasons.
    std::vector<std::pair<std::string, double>> cues;
};

struct Findings {
    std::vector<Signal> signals;
    bool hasLink = false, hasPhone = false, hasAccount = false; // items inside a message
    bool blocklisted = false;
    bool allowlisted = false;
    std::vector<std::string> tactics; // fired tactic ids
    FeatureList features;             // messages only: the frame features (Frames.h)
    std::optional<ModelJudgement> model;

    /// Adds a signal; the same id twice keeps the heavier one.
    void add(Signal s);
};

/// The read-only things every analyser needs.
struct Context {
    const RuleSet& rules;
    const ListStore& lists;
};

} // namespace signage::scamcheck
