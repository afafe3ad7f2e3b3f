// SPDX-License-Identifier: GPL-3.0-or-later
// One plugin's misbehaviour must cost the others nothing (issue 18): time spent inside C
// library calls is bounded like time spent in Lua instructions, one plugin's share of a
// loop turn is bounded however many callbacks it has, and a disabled plugin's memory goes
// back to the system. Each hostile plugin runs as an overlay zone next to a canary zone
// whose timer must keep firing; the wall time of every turn is measured.
#include <time.h>
#include <unistd.h>

#include <chrono>
#include <fstream>

#include "PluginFixture.h"

namespace signage::test {
namespace {

using namespace std::chrono_literals;
using SteadyClock = std::chrono::steady_clock;

constexpr const char* kCanary = R"(
local ticks = 0
function plugin.load()
    timer.every(0.1, function()
        ticks = ticks + 1
        playlog.record("tick-" .. ticks)
    end)
end
function plugin.frame() gfx.rect(0, 0, 4, 4, "#00ff00") end
)";

// The hostile zone's cost is measured in this thread's CPU time: that is what it takes
// from the other plugins on the render thread. Wall time is checked too, with the margin of
// the budget's wall-clock backstop (a loaded CI box preempts the thread mid-callback).
std::chrono::nanoseconds threadCpu() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return std::chrono::seconds(ts.tv_sec) + std::chrono::nanoseconds(ts.tv_nsec);
}

struct Turns {
    std::chrono::nanoseconds worstHostile{0}; // most CPU time of a single draw of the hostile zone
    std::chrono::nanoseconds totalHostile{0}; // CPU time of all its draws
    std::chrono::nanoseconds worstWall{0};    // longest single draw, wall clock
    std::size_t canaryTicks = 0;
    std::string errors;
};

class Isolation : public PluginFixture {
protected:
    void SetUp() override {
        PluginFixture::SetUp();
        fs::copy(fs::path(SIGNAGE_TEST_DATA_DIR) / "plugins" / "hostile", tmp.path() / "hostile",
                 fs::copy_options::recursive);
    }

    // Runs `turns` loop turns of 50 ms (virtual), drawing the hostile zone and then the canary.
    Turns run(scripting::PluginPresenter& hostile, scripting::PluginPresenter& canaryZone, int turns) {
        Turns t;
        std::size_t before = reported().size();
        for (int i = 0; i < turns; ++i) {
            clock.advance(50);
            auto sz = canvas.size();
            render::RectF half{0, 0, float(sz.w) / 2, float(sz.h)};
            auto t0 = SteadyClock::now();
            auto c0 = threadCpu();
            hostile.draw(canvas, half, 1.0f, clock.steadyNow());
            auto took = threadCpu() - c0;
            t.worstWall = std::max<std::chrono::nanoseconds>(t.worstWall, SteadyClock::now() - t0);
            t.worstHostile = std::max<std::chrono::nanoseconds>(t.worstHostile, took);
            t.totalHostile += took;
            if (!hostile.lastError().empty() && t.errors.find(hostile.lastError()) == std::string::npos)
                t.errors += hostile.lastError() + "\n";
            canaryZone.draw(canvas, render::RectF{float(sz.w) / 2, 0, float(sz.w) / 2, float(sz.h)}, 1.0f,
                            clock.steadyNow());
        }
        t.canaryTicks = reported().size() - before;
        return t;
    }
};

// Time inside C calls (issue 18): each of these plugins spends its time in the string,
// utf8 or table library, where the instruction-count hook never runs. Each must be cut
// off within its budget (a few ms, plus at most one capped call), then cooled down.
class CostInsideC : public Isolation, public ::testing::WithParamInterface<const char*> {};

// Thread-CPU bounds below are for the normal build. Under AddressSanitizer every memcpy
// and allocation inside string.rep and friends is checked, so one capped C call costs
// 2-3x the CPU (CI saw 53 ms against 50 ms for c_rep_loop); a plugin that is not cut off
// at all still runs for seconds, so the scaled bound still catches a frozen loop.
#ifdef __SANITIZE_ADDRESS__
constexpr int kCpuSlowdown = 3;
#else
constexpr int kCpuSlowdown = 1;
#endif

TEST_P(CostInsideC, IsStoppedWithinItsBudgetAndTheCanaryKeepsTicking) {
    auto& hostile = openZone(tmp.path() / "hostile" / GetParam(), 0, 0, 0.5f, 1);
    auto& canaryZone = openZone(plugin("canary", kCanary, "\"playlog\""), 0.5f, 0, 0.5f, 1);
    Turns t = run(hostile, canaryZone, 20);

    EXPECT_GT(hostile.faultCount(), 0u) << GetParam();
    // A zone without fps runs frame once: one fault is enough to prove the cut-off.
    // 5 ms budget per callback; 50 ms leaves room for a loaded CI box and one capped call.
    EXPECT_LT(t.worstHostile, kCpuSlowdown * 50ms) << GetParam() << " froze the loop; faults:\n" << t.errors;
    EXPECT_LT(t.totalHostile, kCpuSlowdown * 150ms) << GetParam();
    EXPECT_LT(t.worstWall, 150ms) << GetParam() << ": the wall-clock backstop (100 ms) failed";
    EXPECT_EQ(t.canaryTicks, 10u) << "20 turns of 50 ms: the canary's 100 ms timer fires 10 times";
    EXPECT_EQ(canaryZone.lastError(), "");
}

INSTANTIATE_TEST_SUITE_P(Hostile, CostInsideC,
                         ::testing::Values("c_rep_loop", "c_rep_empty", "c_pattern", "c_pattern_optional", "c_move",
                                           "c_linear_loop"),
                         [](const auto& param) { return std::string(param.param); });

// A plugin's share of one loop turn is bounded (issue 18): many callbacks that each stay
// under the per-callback budget must not add up to a frozen loop.
TEST_F(Isolation, ManyCallbacksUnderTheBudgetStillShareOneTurn) {
    auto& hostile = openZone(tmp.path() / "hostile" / "c_budget_hog", 0, 0, 0.5f, 1);
    auto& canaryZone = openZone(plugin("canary", kCanary, "\"playlog\""), 0.5f, 0, 0.5f, 1);
    Turns t = run(hostile, canaryZone, 20);

    EXPECT_LT(t.worstHostile, kCpuSlowdown * 30ms) << "one turn of the hog; faults:\n" << t.errors;
    EXPECT_LT(t.totalHostile, kCpuSlowdown * 100ms);
    EXPECT_LT(t.worstWall, 150ms);
    EXPECT_FALSE(hostile.running()) << "the hog is cut off and cooled down";
    EXPECT_NE(t.errors.find("time"), std::string::npos) << t.errors;
    EXPECT_EQ(t.canaryTicks, 10u);
}

// Looping callbacks of every kind: the canary's timer keeps firing on time while the
// hostile zone is cut off and cooled down, and comes back after the cool-down.
TEST_F(Isolation, ALoopingPluginCostsTheCanaryNothing) {
    for (const char* name : {"loop_frame", "loop_timer", "loop_pcall"}) {
        SCOPED_TRACE(name);
        auto& hostile = openZone(tmp.path() / "hostile" / name, 0, 0, 0.5f, 1);
        auto& canaryZone = openZone(plugin("canary", kCanary, "\"playlog\""), 0.5f, 0, 0.5f, 1);
        Turns t = run(hostile, canaryZone, 20);
        EXPECT_FALSE(hostile.running());
        EXPECT_LT(t.worstHostile, kCpuSlowdown * 30ms) << t.errors;
        EXPECT_LT(t.totalHostile, kCpuSlowdown * 100ms) << t.errors;
        EXPECT_LT(t.worstWall, 150ms) << t.errors;
        EXPECT_EQ(t.canaryTicks, 10u);
        presenters.clear();
    }
}

long rssKb() {
    std::ifstream statm("/proc/self/statm");
    long size = 0, resident = 0;
    statm >> size >> resident;
    return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

class MemoryReturn : public PluginFixture {
protected:
    scripting::HostLimits limits() const override {
        scripting::HostLimits l;
        l.memoryBytes = 96u << 20;
        l.loadBudget = std::chrono::seconds(5); // building 50 MB takes a while on a loaded box
        return l;
    }
};

// A disabled plugin's memory goes back to the system (issue 18: RSS stayed ~20 MB above
// the baseline). The plugin builds ~50 MB of small strings and tables, then fails every
// frame until it is disabled.
TEST_F(MemoryReturn, ADisabledPluginsMemoryGoesBackToTheSystem) {
#ifdef __SANITIZE_ADDRESS__
    // ASan's allocator keeps freed memory in quarantine, so RSS says nothing about what
    // the real allocator gives back; the normal build runs this test.
    GTEST_SKIP() << "RSS is not meaningful under AddressSanitizer";
#endif
    const long baseline = rssKb();
    auto& p = openItem(plugin("hog", R"(
local keep = {}
function plugin.load()
    for i = 1, 50 * 1024 do
        keep[i] = { string.format("%08d", i) .. string.rep("m", 900) }
    end
end
function plugin.frame() error("broken on purpose") end
)",
                              "", "fps = 10\n"));
    const long loaded = rssKb();
    EXPECT_GT(loaded - baseline, 40 * 1024) << "the plugin holds ~50 MB";
    for (int i = 0; i < 5 && p.running(); ++i) frame(p, 100);
    EXPECT_FALSE(p.running()) << "disabled after repeated faults";
    const long after = rssKb();
    std::printf("RSS: baseline %ld kB, loaded %ld kB, after disable %ld kB\n", baseline, loaded, after);
    EXPECT_LT(after - baseline, 5 * 1024)
        << "baseline " << baseline << " kB, loaded " << loaded << " kB, after " << after << " kB";
}

} // namespace
} // namespace signage::test
