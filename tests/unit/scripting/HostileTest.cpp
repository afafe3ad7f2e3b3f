// SPDX-License-Identifier: GPL-3.0-or-later
// The hostile-plugin suite (tests/data/plugins/hostile/): escape attempts, infinite loops,
// memory bombs, deep recursion, errors in every callback, huge draw calls. Each must be
// contained: a clear fault, bounded time, the host still running, and nothing written
// anywhere but the plugin's own key-value store.
#include <chrono>

#include "PluginFixture.h"

namespace signage::test {
namespace {

using namespace std::chrono_literals;

struct Case {
    const char* name;
    const char* expect; // fragments of the fault, '|' separates alternatives
    bool opens;         // false: the plugin cannot even load
    bool disabled;      // true: repeated faults must disable it
};

const Case kCases[] = {
    {"escape_io", "attempt to index a nil value (global 'io')", false, false},
    {"escape_os", "field 'execute'", true, true},
    {"escape_require", "every route was closed", false, false},
    {"escape_binary", "field 'dump'", false, false},
    {"escape_debug", "global 'debug'", true, false},
    {"escape_gc", "__gc is not allowed", false, false},
    {"escape_paths", "every route was closed", true, false},
    {"loop_frame", "time budget", true, true},
    {"loop_load", "time budget", false, false},
    {"loop_pcall", "time budget", true, true},
    {"loop_timer", "time budget", true, true},
    {"loop_tostring", "error object is a table value", true, false},
    {"memory_table", "memory cap|time budget", true, true},
    {"memory_string", "memory cap", false, false},
    {"memory_rep", "memory cap|resulting string too large", true, false},
    {"recursion_lua", "stack overflow|memory cap|time budget", true, false},
    {"recursion_c", "stack overflow", true, false},
    {"errors_everywhere", "failed", true, true},
    {"errors_load", "errors_load/main.lua:", false, false},
    {"huge_draw", "too many draw calls|time budget", true, true},
    {"huge_images", "too many images", true, false},
    {"kv_flood", "time budget", true, false},
    {"log_flood", "time budget", true, true},
    {"tamper_globals", "still called through the host's reference", true, true},
    {"yield_outside", "attempt to yield from outside a coroutine", true, false},
};

bool containsAny(const std::string& text, const std::string& alternatives) {
    size_t start = 0;
    while (start <= alternatives.size()) {
        size_t bar = alternatives.find('|', start);
        std::string one = alternatives.substr(start, bar == std::string::npos ? std::string::npos : bar - start);
        if (text.find(one) != std::string::npos) return true;
        if (bar == std::string::npos) break;
        start = bar + 1;
    }
    return false;
}

class Hostile : public PluginFixture, public ::testing::WithParamInterface<Case> {
protected:
    void SetUp() override {
        PluginFixture::SetUp();
        fs::copy(fs::path(SIGNAGE_TEST_DATA_DIR) / "plugins" / "hostile", tmp.path() / "hostile", fs::copy_options::recursive);
        fs::create_directory_symlink("/etc", tmp.path() / "hostile" / "escape_paths" / "link_out");
        fs::remove("/tmp/signage-hostile-pwned");
        before = filesUnder(tmp.path());
    }
    std::vector<std::string> before;
};

TEST_P(Hostile, IsContained) {
    const Case& c = GetParam();
    fs::path dir = tmp.path() / "hostile" / c.name;
    auto t0 = std::chrono::steady_clock::now();

    auto& p = openItem(dir, {}, c.opens);
    std::string errors = openError + "\n" + p.lastError();
    if (c.opens) {
        for (int i = 0; i < 12; ++i) {
            frame(p, 60);
            errors += "\n" + p.lastError();
        }
        p.handleInput({render::InputEvent::Kind::TouchDown, 100, 100, 1});
        p.stop();
        errors += "\n" + p.lastError();
    }
    auto took = std::chrono::steady_clock::now() - t0;

    EXPECT_TRUE(containsAny(errors, c.expect)) << c.name << " faults:\n" << errors;
    EXPECT_LT(took, 3s) << c.name;
    EXPECT_GT(p.faultCount(), 0u) << c.name;
    if (c.disabled) {
        EXPECT_EQ(p.status(), render::PresenterStatus::Failed) << c.name << " keeps failing: disabled (faults: " << p.faultCount() << ")";
        EXPECT_FALSE(p.running());
        std::string again;
        auto reopened = host->createItem(dir, content::Item{});
        EXPECT_FALSE(reopened->open(canvas, again)) << "cooling down";
        EXPECT_NE(again.find("cooling down"), std::string::npos) << again;
    }
    if (!c.opens) {
        EXPECT_EQ(p.status(), render::PresenterStatus::Failed);
        EXPECT_FALSE(p.failureReason().empty());
    }

    // The player is fine: another plugin still loads and draws.
    auto& good = openItem(plugin("good", "function plugin.frame() gfx.rect(0, 0, 10, 10, '#ffffff') end"));
    frame(good);
    EXPECT_EQ(good.lastError(), "");
    EXPECT_EQ(good.shownFrame().size(), 1u);

    // Nothing written anywhere but the plugin's store (and the good plugin we wrote).
    presenters.clear();
    host.reset();
    EXPECT_FALSE(fs::exists("/tmp/signage-hostile-pwned"));
    std::vector<std::string> after = filesUnder(tmp.path());
    std::vector<std::string> added;
    std::set_difference(after.begin(), after.end(), before.begin(), before.end(), std::back_inserter(added));
    for (const auto& f : added) {
        bool ownStore = f.rfind("var/plugins/" + std::string(c.name) + "/kv.sqlite", 0) == 0;
        bool goodPlugin = f.rfind("plugins/good/", 0) == 0;
        EXPECT_TRUE(ownStore || goodPlugin) << c.name << " wrote " << f;
    }
    std::vector<std::string> removed;
    std::set_difference(before.begin(), before.end(), after.begin(), after.end(), std::back_inserter(removed));
    EXPECT_TRUE(removed.empty()) << c.name << " removed " << (removed.empty() ? "" : removed[0]);
}

INSTANTIATE_TEST_SUITE_P(Suite, Hostile, ::testing::ValuesIn(kCases), [](const auto& param) { return std::string(param.param.name); });

TEST_F(PluginFixture, RepeatedErrorsAreLoggedOnce) {
    fs::copy(fs::path(SIGNAGE_TEST_DATA_DIR) / "plugins" / "hostile" / "errors_everywhere", tmp.path() / "ee", fs::copy_options::recursive);
    auto& p = openItem(tmp.path() / "ee");
    frame(p, 16);
    frame(p, 16);
    auto& log = *host->record(tmp.path() / "ee").log;
    EXPECT_GE(log.faultsSeen(), 3u);
    EXPECT_GE(log.faultRepeats(), 1u) << "the second frame failure is a repeat, only counted";
}

TEST_F(PluginFixture, KvFloodStaysWithinItsQuotaOnDisk) {
    fs::copy(fs::path(SIGNAGE_TEST_DATA_DIR) / "plugins" / "hostile" / "kv_flood", tmp.path() / "kv_flood", fs::copy_options::recursive);
    auto& p = openItem(tmp.path() / "kv_flood");
    frame(p);
    presenters.clear();
    host.reset();
    std::uintmax_t total = 0;
    for (auto& e : fs::recursive_directory_iterator(tmp.path() / "var")) {
        if (e.is_regular_file()) total += e.file_size();
    }
    EXPECT_GT(total, 0u);
    EXPECT_LT(total, 2u * 256 * 1024 + 64 * 1024) << "the quota (256 KB) bounds the file";
}

} // namespace
} // namespace signage::test
