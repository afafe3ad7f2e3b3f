// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Findings → Verdict: the score, the level, the reasons in order, the "5 không, 2 phải"
// rules and the advice. The wording never says "safe" (issue 7): the best level is "no
// known signs", and every level comes with what to do and whom to call.
#include <string>

#include "scamcheck/Findings.h"
#include "scamcheck/Verdict.h"

namespace signage::scamcheck {

struct RuleSet;

struct PoliceContact {
    std::string emergency = "113"; // national police line
    std::string localName;         // "Công an phường Hồng An"
    std::string localPhone;
};

Verdict buildVerdict(const Findings& findings, const RuleSet& rules, const PoliceContact& police, Kind kind);

/// "Please re-enter": a lookup of `kind` that could not be read (`why` says what is wrong).
/// Never a guess: no message check runs in its place.
Verdict reenterVerdict(Kind kind, Text why, const PoliceContact& police);

} // namespace signage::scamcheck
