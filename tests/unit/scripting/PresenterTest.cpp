// SPDX-License-Identifier: GPL-3.0-or-later
// PluginPresenter as the stage uses it: lifecycle and play facts, complete frames only,
// faults → cool-down → recovery, zones, hot reload and on-screen errors in dev mode.
#include <thread>

#include "PluginFixture.h"

namespace signage::test {
namespace {

using Kind = RecordingCanvas::Call::Kind;
using scripting::PlayFact;

class Presenter : public PluginFixture {};

TEST_F(Presenter, EnterAndLeaveBecomePlayFacts) {
    auto& p = openItem(plugin("clockish", "function plugin.frame() end"));
    frame(p, 16);
    clock.advance(10000);
    p.stop();
    ASSERT_EQ(facts.size(), 2u);
    EXPECT_EQ(facts[0].kind, PlayFact::Kind::Enter);
    EXPECT_EQ(facts[0].plugin, "clockish");
    EXPECT_EQ(facts[0].placement, "item-1");
    EXPECT_FALSE(facts[0].zone);
    EXPECT_EQ(facts[1].kind, PlayFact::Kind::Leave);
    EXPECT_EQ(facts[1].duration.count(), 10016);
    EXPECT_EQ(facts[1].at, clock.wallNow());
}

TEST_F(Presenter, AFailedFrameNeverReachesTheScreen) {
    auto& p = openItem(plugin("half", R"lua(
        local n = 0
        function plugin.frame()
            n = n + 1
            gfx.rect(0, 0, 10, 10, "#ff0000")
            if n == 2 then gfx.rect(0, 0, 20, 20, "#00ff00") error("half-way") end
        end
    )lua", "", "fps = 60\n"));
    frame(p);
    ASSERT_EQ(p.shownFrame().size(), 1u);
    frame(p);
    EXPECT_NE(p.lastError().find("half-way"), std::string::npos);
    ASSERT_EQ(p.shownFrame().size(), 1u) << "the last complete frame stays up";
    EXPECT_EQ(p.shownFrame().commands()[0].color, (content::Color{255, 0, 0, 255}));
}

TEST_F(Presenter, BrokenItemsFailButNeverPaintBlack) {
    auto& p = openItem(plugin("broken", "this is not lua"), {}, false);
    EXPECT_EQ(p.status(), render::PresenterStatus::Failed);
    EXPECT_NE(p.failureReason().find("broken/main.lua:1:"), std::string::npos) << p.failureReason();
    canvas.reset();
    frame(p);
    auto fills = canvas.ofKind(Kind::Fill);
    ASSERT_EQ(fills.size(), 1u);
    EXPECT_EQ(fills[0].color, (content::Color{0x0b, 0x2e, 0x59, 255})) << "background, not black";
    auto& q = openItem(plugin("wrongapi", "", "", ""), {}, true);
    (void)q;
    tmp.write("plugins/wrongapi/plugin.toml", "name = \"wrongapi\"\nversion = \"1\"\napi_version = 7\n");
    auto& r = openItem(tmp.path() / "plugins" / "wrongapi", {}, false);
    EXPECT_NE(r.failureReason().find("plugin.toml:3:15: api_version = 7 is not supported"), std::string::npos) << r.failureReason();
}

TEST_F(Presenter, ItemsCoolDownAfterRepeatedFaultsThenComeBack) {
    auto dir = plugin("flaky", "function plugin.frame() error('flaky') end", "", "fps = 60\n");
    auto& p = openItem(dir);
    for (int i = 0; i < 3; ++i) frame(p);
    EXPECT_EQ(p.status(), render::PresenterStatus::Failed);
    EXPECT_NE(p.failureReason().find("disabled after repeated faults"), std::string::npos) << p.failureReason();
    EXPECT_FALSE(p.running());
    openItem(dir, {}, false);
    EXPECT_NE(openError.find("cooling down"), std::string::npos);
    clock.advance(30000);
    auto& again = openItem(dir);
    EXPECT_TRUE(again.running());
}

TEST_F(Presenter, ZonesDisappearDuringTheCoolDownAndReturn) {
    // Fails during its first second, then works.
    auto dir = plugin("shaky", R"lua(
        function plugin.frame()
            if time.now() < tonumber(plugin.options["until"]) then error("not yet") end
            gfx.rect(0, 0, 5, 5, "#ffffff")
        end
    )lua", "", "fps = 60\n");
    auto& z = openZone(dir, 0, 0.9f, 1, 0.1f, {{"until", std::to_string(clock.wallNow() / 1000 + 1)}});
    render::RectF area{0, 972, 1920, 108};
    for (int i = 0; i < 3; ++i) frame(z, 16, area);
    EXPECT_FALSE(z.running());
    EXPECT_EQ(z.status(), render::PresenterStatus::Playing) << "a zone never fails the item under it";
    auto wake = z.nextChange(clock.steadyNow());
    ASSERT_TRUE(wake);
    EXPECT_EQ(*wake - clock.steadyNow(), 30000) << "wakes when the cool-down ends";
    canvas.reset();
    frame(z, 1000, area);
    EXPECT_TRUE(canvas.ofKind(Kind::Fill).empty()) << "a disabled zone draws nothing";
    clock.advance(30000);
    frame(z, 16, area);
    EXPECT_TRUE(z.running());
    EXPECT_EQ(z.shownFrame().size(), 1u);
    EXPECT_FALSE(canvas.ofKind(Kind::Fill).empty());
}

TEST_F(Presenter, RedrawsReplayWithoutRunningLua) {
    auto& p = openItem(plugin("static", "local n = 0 function plugin.frame() n = n + 1 playlog.record('f' .. n) gfx.rect(0,0,1,1,'#ffffff') end",
                              "\"playlog\""));
    frame(p);
    EXPECT_FALSE(p.nextChange(clock.steadyNow())) << "fps 0, no timers: static";
    for (int i = 0; i < 5; ++i) frame(p); // the stage redraws (e.g. a video underneath)
    EXPECT_EQ(reported(), (std::vector<std::string>{"f1"}));
    EXPECT_EQ(canvas.ofKind(Kind::Fill).size(), 12u) << "background + rect, six times";
    // A new size runs the frame again.
    frame(p, 16, render::RectF{0, 0, 800, 600});
    EXPECT_EQ(reported().size(), 2u);
}

TEST_F(Presenter, FpsDrivesTheWakeUps) {
    auto& p = openItem(plugin("anim", "function plugin.frame() end", "", "fps = 30\n"));
    frame(p);
    EXPECT_EQ(*p.nextChange(clock.steadyNow()) - clock.steadyNow(), 33);
}

TEST_F(Presenter, OpacityReachesEveryDraw) {
    auto& p = openItem(plugin("fade", "function plugin.frame() gfx.rect(0,0,1,1,'#ffffff') end"));
    canvas.reset();
    clock.advance(16);
    p.draw(canvas, {0, 0, 1920, 1080}, 0.5f, clock.steadyNow());
    auto fills = canvas.ofKind(Kind::Fill);
    ASSERT_EQ(fills.size(), 2u);
    EXPECT_EQ(fills[0].color.a, 128);
    EXPECT_EQ(fills[1].color.a, 128);
}

TEST_F(Presenter, KvIsSharedBetweenInstancesOfAPlugin) {
    auto dir = plugin("shared", R"lua(
        function plugin.enter() kv.set(plugin.placement, true) end
        function plugin.frame() playlog.record(table.concat(kv.keys(), ",")) end
    )lua", "\"kv\", \"playlog\"", "fps = 60\n");
    auto& item = openItem(dir);
    auto& zone = openZone(dir, 0, 0, 0.2f, 0.2f);
    frame(item);
    frame(zone, 16, render::RectF{0, 0, 384, 216});
    EXPECT_EQ(reported().back(), "item,zone");
}

TEST_F(Presenter, StandaloneAndFindPlugin) {
    auto dir = plugin("solo", "function plugin.frame() playlog.record(plugin.placement .. tostring(plugin.id)) end", "\"playlog\"");
    auto p = host->createStandalone(dir);
    std::string err;
    ASSERT_TRUE(p->open(canvas, err)) << err;
    p->draw(canvas, {0, 0, 1920, 1080}, 1, clock.steadyNow());
    EXPECT_EQ(reported(), (std::vector<std::string>{"alonenil"}));
    p.reset();

    tmp.write("system/clock/plugin.toml", "x");
    tmp.write("content/plugins/clock/plugin.toml", "x");
    tmp.write("system/ticker/plugin.toml", "x");
    host->setSystemPluginDir(tmp.path() / "system");
    EXPECT_EQ(host->findPlugin("clock", tmp.path() / "content"), tmp.path() / "content/plugins/clock") << "content first";
    EXPECT_EQ(host->findPlugin("ticker", tmp.path() / "content"), tmp.path() / "system/ticker");
    EXPECT_FALSE(host->findPlugin("missing", tmp.path() / "content"));
    EXPECT_EQ(host->findPlugin(dir.string(), "/nowhere"), dir) << "an absolute plugin folder (signage play DIR)";
    EXPECT_FALSE(host->findPlugin((tmp.path() / "system").string(), "/nowhere"));

    content::Catalog catalog;
    catalog.root = tmp.path() / "content";
    content::Item item;
    item.plugin = "missing";
    std::string error;
    EXPECT_FALSE(host->createForItem(item, catalog, error));
    EXPECT_NE(error.find("no plugin \"missing\""), std::string::npos) << error;
    item.plugin = "ticker";
    EXPECT_TRUE(host->createForItem(item, catalog, error));
    content::Zone zone;
    zone.plugin = "clock";
    EXPECT_TRUE(host->createForZone(zone, catalog, error));
    EXPECT_TRUE(scripting::isPluginDir(dir));
    EXPECT_FALSE(scripting::isPluginDir(tmp.path()));
}

class DevMode : public PluginFixture {
protected:
    void SetUp() override {
        PluginFixture::SetUp();
        makeHost(true);
    }
    // mtime granularity: make sure the change is visible to the poll.
    void rewrite(const std::string& rel, const std::string& body) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        tmp.write(rel, body);
        auto p = tmp.path() / rel;
        fs::last_write_time(p, fs::last_write_time(p) + std::chrono::seconds(2));
    }
};

TEST_F(DevMode, AChangedFileReloadsThatPluginAlone) {
    auto dir = plugin("hot", "function plugin.frame() playlog.record('v1') end", "\"playlog\"");
    auto other = plugin("cold", "function plugin.frame() playlog.record('cold') end", "\"playlog\"");
    auto& p = openItem(dir);
    auto& q = openItem(other);
    frame(p);
    frame(q);
    EXPECT_EQ(*p.nextChange(clock.steadyNow()) - clock.steadyNow(), 500 - 16 * 2) << "polls every 500 ms";
    rewrite("plugins/hot/main.lua", "function plugin.frame() playlog.record('v2') end");
    frame(p, 200);
    EXPECT_EQ(p.reloads(), 0) << "not before 500 ms";
    frame(p, 400);
    EXPECT_EQ(p.reloads(), 1);
    frame(q, 600);
    EXPECT_EQ(q.reloads(), 0);
    auto r = reported();
    EXPECT_EQ(r.back(), "v2");
    EXPECT_EQ(std::count(r.begin(), r.end(), "cold"), 1);
}

TEST_F(DevMode, ErrorsAreShownOnScreenAndFixedByEditing) {
    auto dir = plugin("dev", "function plugin.frame() gfx.rect(0,0,1,1,'#ffffff') end");
    auto& p = openItem(dir);
    frame(p);
    rewrite("plugins/dev/main.lua", "function plugin.frame( oops");
    canvas.reset();
    frame(p, 600);
    EXPECT_TRUE(p.running()) << "the old version keeps running";
    EXPECT_NE(p.lastError().find("dev/main.lua:1:"), std::string::npos) << p.lastError();
    auto fills = canvas.ofKind(Kind::Fill);
    ASSERT_FALSE(fills.empty());
    EXPECT_EQ(fills.back().color.r, 0xb0) << "the error band";
    EXPECT_FALSE(canvas.ofKind(Kind::Picture).empty()) << "with the error text";
    rewrite("plugins/dev/main.lua", "function plugin.frame() gfx.rect(0,0,2,2,'#ffffff') end");
    canvas.reset();
    frame(p, 600);
    EXPECT_EQ(p.reloads(), 1);
    EXPECT_NE(canvas.ofKind(Kind::Fill).back().color.r, 0xb0) << "the band is gone";
}

TEST_F(DevMode, ABrokenPluginStillOpensAndWaitsForAFix) {
    auto dir = plugin("wip", "function plugin.frame( ");
    auto& p = openItem(dir);
    EXPECT_FALSE(p.running());
    EXPECT_EQ(p.status(), render::PresenterStatus::Playing);
    for (int i = 0; i < 5; ++i) frame(p);
    rewrite("plugins/wip/main.lua", "function plugin.frame() end");
    frame(p, 600);
    EXPECT_TRUE(p.running());
}

} // namespace
} // namespace signage::test
