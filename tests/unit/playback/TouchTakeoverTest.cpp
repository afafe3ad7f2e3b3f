// SPDX-License-Identifier: GPL-3.0-or-later
// Touch takeover: a visitor's tap on the touch layer suspends the signage (the item on
// screen ends, nothing new starts) until the session ends; then the signage resumes.
// The layer is a real Lua plugin (scripting::PluginHost) asking plugin.takeover().
#include "PlayerFixture.h"
#include "scripting/PluginHost.h"
#include "scripting/PluginPresenter.h"
#include "support/TempDir.h"

namespace signage::test {
namespace {

using Outcome = playback::PlayFacts::Outcome;

render::InputEvent touchDown(float x, float y) {
    render::InputEvent e;
    e.kind = render::InputEvent::Kind::TouchDown;
    e.x = x;
    e.y = y;
    return e;
}

TEST_F(PlayerFixture, ATouchSessionSuspendsTheSignageAndGivesTheScreenBack) {
    TempDir tmp;
    tmp.write("plugins/touchy/plugin.toml",
              "name = \"touchy\"\nversion = \"1.0.0\"\napi_version = 1\npermissions = [\"touch\", \"checker\"]\n");
    // Left half: begin a session; right half: end it. Elsewhere the touch goes through.
    tmp.write("plugins/touchy/main.lua", R"(
function plugin.input(ev)
    if ev.kind ~= "down" then return false end
    if ev.y > 100 then return false end
    plugin.takeover(ev.x < 640)
    return true
end
)");
    scripting::HostServices services;
    services.clock = &clock;
    services.dataDir = tmp.path() / "var";
    auto host = std::make_unique<scripting::PluginHost>(services);
    content::Zone zone;
    zone.id = "touch";
    auto touch = std::make_unique<playback::TouchLayer>(host->createZone(tmp.path() / "plugins" / "touchy", zone), clock,
                                                        core::Millis(60000));
    std::string error;
    ASSERT_TRUE(touch->open(canvas, error)) << error;

    start(makeContent({{"a", 5000}, {"b", 5000}}));
    player->setTouchLayer(std::move(touch));
    runTo(1000);
    ASSERT_EQ(label(), "main/a");

    EXPECT_EQ(player->handleInput(touchDown(900, 500)), playback::Player::Routed::None) << "not the layer's: through to the signage";
    EXPECT_EQ(player->handleInput(touchDown(100, 50)), playback::Player::Routed::Touch);
    step();
    EXPECT_TRUE(player->touch()->inSession());
    EXPECT_TRUE(player->stage().suspended());
    EXPECT_EQ(observer.count("a", Outcome::Interrupted), 1) << "the item under the session ends";
    ASSERT_FALSE(observer.events.empty());
    EXPECT_EQ(observer.events.back(), "touch_session");
    runTo(30000);
    EXPECT_EQ(factory.counters("b").started.load(), 0) << "nothing plays under a session";
    EXPECT_TRUE(player->touch()->inSession());

    EXPECT_EQ(player->handleInput(touchDown(900, 50)), playback::Player::Routed::Touch);
    step();
    EXPECT_FALSE(player->touch()->inSession());
    letPrepare();
    step();
    EXPECT_FALSE(player->stage().suspended());
    EXPECT_NE(label(), "none");
    EXPECT_NE(label(), "fallback");
    player.reset(); // its plugin presenter goes before the host
}

} // namespace
} // namespace signage::test
