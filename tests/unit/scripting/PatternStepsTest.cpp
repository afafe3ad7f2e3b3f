// SPDX-License-Identifier: GPL-3.0-or-later
// The dry-run step counter behind the pattern cap (issue 18): linear splitters stay far
// below the cap however long the text, backtracking searches are stopped at the cap, and
// the count follows the real matcher closely enough to bound its time.
#include <gtest/gtest.h>
#include <time.h>

#include <chrono>
#include <string>

#include "scripting/LibraryCaps.h"
#include "scripting/PatternSteps.h"

namespace signage::test {
namespace {

using scripting::countPatternSteps;
using scripting::PatternCall;

std::string lines(int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += "  Cảnh báo số " + std::to_string(i) + ": không chuyển tiền cho người lạ.\r\n";
    return s;
}

TEST(PatternSteps, TheTickerLineSplitterIsLinear) {
    const std::string text = lines(1500); // ~100 KB
    auto r = countPatternSteps(PatternCall::Gmatch, text, "(.-)\r?\n", 1, -1, scripting::kMaxPatternWork);
    EXPECT_FALSE(r.overLimit);
    EXPECT_FALSE(r.malformed);
    EXPECT_GT(r.steps, static_cast<double>(text.size()));
    EXPECT_LT(r.steps, 10.0 * static_cast<double>(text.size())) << "linear in the text";
    // The static estimate calls it quadratic: that is why the dry run exists.
    EXPECT_GT(scripting::patternWork(text, "(.-)\r?\n", false), scripting::kMaxPatternWork);
}

TEST(PatternSteps, BacktrackingIsStoppedAtTheLimit) {
    const std::string as(20000, 'a');
    auto lazy = countPatternSteps(PatternCall::Find, as, ".-.-.-.-b", 1, -1, 1e6);
    EXPECT_TRUE(lazy.overLimit);
    EXPECT_LT(lazy.steps, 1e6 + 10);
    std::string expo;
    for (int i = 0; i < 40; ++i) expo += "a?";
    expo += std::string(40, 'a');
    EXPECT_TRUE(countPatternSteps(PatternCall::Find, std::string(40, 'a'), expo, 1, -1, 1e6).overLimit);
    // Quadratic: a+ then a character that never comes, from every start.
    EXPECT_TRUE(countPatternSteps(PatternCall::Gsub, std::string(20000, 'a'), "a+c", 1, -1, 1e6).overLimit);
}

TEST(PatternSteps, SmallCallsCountWhatTheMatcherDoes) {
    // "o w" in "hello world": starts 1..5 fail on the first item, start 5 ('o') matches 3 items.
    auto r = countPatternSteps(PatternCall::Find, "hello world", "o w", 1, -1, 1e6);
    EXPECT_FALSE(r.overLimit);
    EXPECT_GE(r.steps, 8);
    EXPECT_LE(r.steps, 20);
    // An anchored pattern tries one start only.
    auto a = countPatternSteps(PatternCall::Find, std::string(100000, 'x'), "^y", 1, -1, 1e6);
    EXPECT_LE(a.steps, 3);
    // gsub's maximum stops the loop.
    auto g = countPatternSteps(PatternCall::Gsub, std::string(100000, 'x'), "x", 1, 2, 1e6);
    EXPECT_LE(g.steps, 10);
    // A start past the end tries nothing but the end.
    EXPECT_LE(countPatternSteps(PatternCall::Match, "abc", "%a+", 10, -1, 1e6).steps, 1);
}

TEST(PatternSteps, MalformedPatternsAreLeftToTheRealFunction) {
    for (const char* p : {"[a", "%", "a)", "%1", "%b"}) { // "(a" fails later, in the captures
        SCOPED_TRACE(p);
        auto r = countPatternSteps(PatternCall::Find, "aaaa", p, 1, -1, 1e6);
        EXPECT_TRUE(r.malformed);
        EXPECT_FALSE(r.overLimit);
    }
}

TEST(PatternSteps, ACountAtTheCapTakesFewMilliseconds) {
    const std::string as(20000, 'a');
    // Thread CPU time: what the call takes from the render thread (wall time on a loaded
    // CI box also counts other processes).
    auto cpu = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return std::chrono::seconds(ts.tv_sec) + std::chrono::nanoseconds(ts.tv_nsec);
    };
    auto t0 = cpu();
    auto r = countPatternSteps(PatternCall::Find, as, ".-.-.-.-b", 1, -1, scripting::kMaxPatternWork);
    auto took = cpu() - t0;
    EXPECT_TRUE(r.overLimit);
    EXPECT_LT(took, std::chrono::milliseconds(25)) << "the dry run is the cost of a refused call";
    std::printf("dry run to the cap (%.0e steps): %.1f ms CPU\n", scripting::kMaxPatternWork,
                std::chrono::duration<double, std::milli>(took).count());
}

} // namespace
} // namespace signage::test
