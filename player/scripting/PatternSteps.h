// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Counts the steps Lua 5.4's pattern matcher takes for one find/match/gmatch/gsub, by
// running the same backtracking algorithm (Lua 5.4 reference manual §6.4.1) without
// building captures or results, and stopping as soon as the count passes a limit. A
// static estimate (LibraryCaps' patternWork) cannot tell a linear line splitter such as
// gmatch("(.-)\r?\n") from a quadratic search: every lazy item can stop anywhere. The dry
// run can, at the cost of at most `limit` steps. Pure, no Lua; any thread.
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace signage::scripting {

/// Which library function's driving loop to count.
enum class PatternCall { Find, Match, Gmatch, Gsub };

struct PatternSteps {
    double steps = 0;       // matcher steps counted (at most limit + a few)
    bool overLimit = false; // stopped early: the real call would take more than `limit` steps
    bool malformed = false; // the pattern is malformed (the real function raises its own error)
};

/// Whether byte `c` is in Lua pattern class `%cl` (a, c, d, g, l, p, s, u, w, x; upper
/// case negates; any other letter stands for itself), as Lua's own matcher decides.
bool luaClassMatches(unsigned char c, unsigned char cl);

/// Counts the matcher steps of `call` with `pattern` on `subject`. `init` is the 1-based
/// start argument as the plugin passed it (negative from the end, 1 when absent);
/// `maxReplacements` is gsub's fourth argument (negative: absent).
PatternSteps countPatternSteps(PatternCall call, std::string_view subject, std::string_view pattern, std::int64_t init,
                               std::int64_t maxReplacements, double limit);

} // namespace signage::scripting
