// SPDX-License-Identifier: GPL-3.0-or-later
// The touch layer's mechanics in the real player, with a small fixture plugin standing
// in for the scam-check screen: a session suspends the signage (its item is logged as
// interrupted), answers are counted in the play log without the typed text, the signage
// comes back after the session, and a session left alone is ended by the player itself.
#include <gtest/gtest.h>

#include <fstream>

#include "TouchDriver.h"

namespace signage::test {
namespace {

namespace fs = std::filesystem;

// Digits are typed by tapping tenths of the screen's width (0 at the left).
const char* kFixture = R"lua(
local active, typed, result = false, "", nil
function plugin.input(ev)
    local w, h = gfx.size()
    if ev.kind ~= "down" then return active end
    if not active then
        if ev.x > w - 300 and ev.y > h - 120 then active = true plugin.takeover(true) return true end
        return false
    end
    if ev.y < 80 then plugin.takeover(false) return true end
    if ev.y > h - 80 then checker.check(typed, "phone", function(r) result = r end) return true end
    typed = typed .. tostring(math.floor(ev.x / (w / 10)))
    return true
end
function plugin.frame()
    local w, h = gfx.size()
    if not active then
        gfx.rect(w - 300, h - 120, 300, 120, "#ffc82e")
        gfx.text("ATTRACT", w - 280, h - 90, {size = 32, color = "#000000"})
        return
    end
    gfx.clear("#0b2e59")
    gfx.text("typed " .. typed, 40, 200, {size = 40})
    if result then gfx.text("verdict " .. result.verdict, 40, 300, {size = 40}) end
end
)lua";

class TouchLayer : public ::testing::Test {
protected:
    /// The demo content with the fixture as its scamcheck plugin (content plugins win).
    fs::path content(const std::string& from = "playlists/demo") {
        fs::path dir = tmp.path() / "content";
        fs::copy(fs::path(SIGNAGE_SOURCE_DIR) / from, dir, fs::copy_options::recursive);
        tmp.write("content/plugins/scamcheck/plugin.toml",
                  "name = \"scamcheck\"\nversion = \"0.1.0\"\napi_version = 1\npermissions = [\"touch\", \"checker\"]\n");
        tmp.write("content/plugins/scamcheck/main.lua", kFixture);
        return dir;
    }
    TempDir tmp;
};

TEST_F(TouchLayer, ASessionSuspendsTheSignageAndTheLogKeepsOnlyCounts) {
    TouchDriver::Options o;
    o.content = content();
    TouchDriver player(o);
    Screen idle = player.waitFor("ATTRACT");
    EXPECT_LT(idle.colourFraction(0x0b, 0x2e, 0x59, 8), 0.9) << "idle: the signage shows around the button";

    player.tap(1280 - 150, 720 - 60); // the attract button
    const std::string number = "0987654321";
    for (char d : number) player.tap(static_cast<float>((d - '0') * 128 + 64), 400);
    Screen typed = player.waitFor("typed " + number);
    EXPECT_GT(typed.colourFraction(0x0b, 0x2e, 0x59, 8), 0.9) << "in a session the plugin owns the screen";
    player.tap(640, 700); // check
    Screen answered = player.waitFor("verdict ");
    player.tap(640, 40); // end the session
    player.waitFor("ATTRACT");
    player.send("wait 1500"); // the next item starts and is logged
    player.shot("after");
    CommandResult r = player.quit();
    ASSERT_EQ(r.exitCode, 0) << r.err;

    fs::path log = player.dataDir() / "playlog.sqlite";
    auto checks = queryColumn(log, "SELECT input_kind || ' ' || verdict FROM touch_checks");
    ASSERT_EQ(checks.size(), 1u);
    EXPECT_EQ(checks[0].rfind("phone ", 0), 0u);
    auto interrupted = queryColumn(log, "SELECT reason FROM plays WHERE reason = 'touch_session'");
    EXPECT_EQ(interrupted.size(), 1u) << "the item under the session ended as interrupted";
    auto sessions = queryColumn(log, "SELECT detail FROM events WHERE detail LIKE 'touch_session%' ORDER BY seq");
    ASSERT_EQ(sessions.size(), 2u);
    EXPECT_EQ(sessions[0], "touch_session: start");
    auto versions = queryColumn(log, "SELECT detail FROM events WHERE detail LIKE 'checker_data:%'");
    EXPECT_EQ(versions.size(), 1u) << "which checker data answered";
    auto after = queryColumn(log, "SELECT count(*) FROM plays WHERE wall_ms > (SELECT max(wall_ms) FROM events WHERE detail LIKE 'touch_session: end%')");
    EXPECT_EQ(after.at(0), "1") << "the signage came back after the session";

    // The ward office sees the count in `signage audit summary`.
    CommandResult summary = runSignage({"audit", "summary", "--json", "--data-dir", player.dataDir().string()});
    EXPECT_NE(summary.out.find("\"touch_checks_today\":{\"checks\":1,"), std::string::npos) << summary.out << summary.err;

    // Privacy: the number is nowhere on disk or in the player's output.
    EXPECT_TRUE(filesContaining(player.dataDir(), number).empty());
    EXPECT_EQ(r.err.find(number), std::string::npos);
    EXPECT_EQ(r.out.find(number), std::string::npos);
}

TEST_F(TouchLayer, ASessionLeftAloneIsEndedByThePlayer) {
    TouchDriver::Options o;
    o.content = content();
    o.config = "[checker]\ntouch = true\nidle_seconds = 10\n"; // the fixture has no idle timer: 3 × 10 s safety net
    o.clockSpeed = 10;
    TouchDriver player(o);
    player.waitFor("ATTRACT");
    player.tap(1280 - 150, 720 - 60);
    player.tap(64, 400);
    player.waitFor("typed 0");
    Screen back = player.waitFor("ATTRACT", 60, 100); // 30 s of clock = 3 s real
    EXPECT_FALSE(back.findPart("typed")) << "a fresh plugin state";
    CommandResult r = player.quit();
    EXPECT_NE(r.err.find("bỏ trống quá lâu"), std::string::npos) << r.err;
}

TEST_F(TouchLayer, AnEmergencyInterruptEndsTheSession) {
    TouchDriver::Options o;
    o.content = content("playlists/examples/hong-an-campaign");
    o.clockStart = "2025-08-05T09:00:00+07:00"; // the screen is on (05:00–22:30)
    TouchDriver player(o);
    player.waitFor("ATTRACT");
    player.tap(1280 - 150, 720 - 60);
    player.waitFor("typed");
    CommandResult start = runSignage({"interrupt", "start", "khan-cap", "--data-dir", player.dataDir().string()});
    ASSERT_EQ(start.exitCode, 0) << start.err;
    Screen back = player.waitFor("ATTRACT", 40, 100); // checked every 500 ms
    EXPECT_FALSE(back.findPart("typed"));
    CommandResult r = player.quit();
    EXPECT_NE(r.err.find("lịch phát cần màn hình"), std::string::npos) << r.err;
}

} // namespace
} // namespace signage::test
