#pragma once
// What the analysers found while checking one input, before it becomes a Verdict.
// Lives for one check() call on the calling thread.
#include <string>
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

struct Findings {
    std::vector<Signal> signals;
    bool hasLink = false, hasPhone = false, hasAccount = false; // items inside a message
    bool blocklisted = false;
    bool allowlisted = false;
    std::vector<std::string> tactics; // fired tactic ids

    /// Adds a signal; the same id twice keeps the heavier one.
    void add(Signal s);
};

/// The read-only things every analyser needs.
struct Context {
    const RuleSet& rules;
    const ListStore& lists;
};

} // namespace signage::scamcheck
