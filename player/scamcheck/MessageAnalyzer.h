// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Messages: the rules.toml tactics matched on normalised text, the combinations that make
// a script (a fake policeman AND a transfer request), and the links, numbers and accounts
// inside the message run through the single-item checks. Built once from a RuleSet;
// analyze() is const and keeps nothing; any thread (the list lookups lock on their own).
#include <string_view>
#include <vector>

#include "scamcheck/Findings.h"
#include "scamcheck/Frames.h"
#include "scamcheck/Model.h"
#include "scamcheck/PhraseMatcher.h"
#include "scamcheck/TextNormalizer.h"

namespace signage::scamcheck {

class MessageAnalyzer {
public:
    /// `model` may be null (no checker/model.tsv): then the tactics' points decide alone.
    MessageAnalyzer(const RuleSet& rules, const Model* model);
    void analyze(std::string_view text, const Context& ctx, Findings& out) const;

private:
    struct PatternRef {
        size_t tactic;
        int weight;
    };
    const RuleSet& _rules;
    const Model* _model;
    FrameReader _frames;
    TextNormalizer _normalizer;
    PhraseMatcher _matcher;
    std::vector<PatternRef> _patterns; // indexed by pattern id in _matcher
};

} // namespace signage::scamcheck
