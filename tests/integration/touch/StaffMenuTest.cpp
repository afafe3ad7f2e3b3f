// SPDX-License-Identifier: GPL-3.0-or-later
// The staff menu in the real player (issue 18), driven with real touch events: a long
// press in the top-left corner, the PIN pad's keys, the export button. It opens only with
// the right PIN, shows the box's facts, writes the play log to the "stick" (a folder given
// in [staff] usb_dirs), goes back to playback, and closes itself when left alone.
#include <gtest/gtest.h>

#include "TouchDriver.h"

namespace signage::test {
namespace {

namespace fs = std::filesystem;

class StaffMenu : public ::testing::Test {
protected:
    TouchDriver::Options options() {
        // The PIN 2468, hashed as `signage staff-pin` does.
        CommandResult hash =
            runCommand({"bash", "-c", std::string("echo 2468 | ") + SIGNAGE_BINARY + " staff-pin"}, 30);
        EXPECT_EQ(hash.exitCode, 0) << hash.err;
        const std::string line = hash.out.substr(hash.out.find("pin_hash"));
        stick = tmp.path() / "stick";
        fs::create_directories(stick);
        TouchDriver::Options o;
        o.config = "[box]\nid = \"box-017\"\nsite = \"cho-ben-thanh\"\n[checker]\ntouch = false\n[staff]\n" + line +
                   "idle_seconds = 10\nusb_dirs = [\"" + stick.string() + "\"]\n";
        return o;
    }
    void longPressCorner(TouchDriver& p) {
        p.send("down 24 24");
        p.send("wait 3400");
        p.send("up 24 24");
    }
    void typePin(TouchDriver& p, const std::string& pin) {
        Screen pad = p.shot("pad");
        for (char c : pin) ASSERT_TRUE(p.tapLabel(pad, std::string(1, c))) << pad.dump();
        ASSERT_TRUE(p.tapLabel(pad, "OK"));
    }
    TempDir tmp;
    fs::path stick;
};

TEST_F(StaffMenu, OpensOnlyWithTheRightPinAndExportsTheLogs) {
    TouchDriver player(options());
    player.send("wait 1500");
    // A tap in the corner and a long press in the middle open nothing.
    player.tap(24, 24);
    player.send("down 640 360");
    player.send("wait 3400");
    player.send("up 640 360");
    Screen playing = player.shot("playing");
    EXPECT_FALSE(playing.findPart("Nhập mã PIN")) << playing.dump();

    longPressCorner(player);
    Screen pad = player.waitFor("Nhập mã PIN nhân viên");
    EXPECT_TRUE(pad.find("OK"));
    EXPECT_TRUE(pad.find("Xóa"));

    typePin(player, "1111");
    Screen wrong = player.waitFor("Sai mã PIN");
    EXPECT_FALSE(wrong.findPart("Mã máy")) << "a wrong PIN opens nothing";

    typePin(player, "2468");
    Screen menu = player.waitFor("Mã máy");
    EXPECT_TRUE(menu.findPart("box-017")) << menu.dump();
    EXPECT_TRUE(menu.findPart("cho-ben-thanh"));
    EXPECT_TRUE(menu.findPart("GB trống"));
    EXPECT_TRUE(menu.findPart("20 sự kiện gần nhất"));
    // The play log's events, read back and shown in the menu's language (the log keeps
    // "staff_menu: pin_wrong 1"; staff read Vietnamese, never the code).
    EXPECT_TRUE(menu.findPart("menu nhân viên: sai mã PIN (lần 1)")) << menu.dump();
    EXPECT_TRUE(menu.findPart("khởi động")) << menu.dump();
    EXPECT_FALSE(menu.findPart("staff_menu")) << menu.dump();
    EXPECT_FALSE(menu.findPart("startup")) << menu.dump();

    ASSERT_TRUE(player.tapLabel(menu, "Xuất nhật ký ra USB"));
    Screen exported = player.waitFor("Đã xuất nhật ký ra USB");
    EXPECT_TRUE(exported.findPart("stick")) << exported.dump();

    ASSERT_TRUE(player.tapLabel(exported, "Quay lại phát"));
    player.send("wait 500");
    Screen back = player.shot("back");
    EXPECT_FALSE(back.findPart("Mã máy")) << back.dump();

    // Left alone, the menu goes back to playback by itself (idle_seconds = 10).
    longPressCorner(player);
    player.waitFor("Nhập mã PIN nhân viên");
    typePin(player, "2468");
    player.waitFor("Mã máy");
    // The export is in the list now; its long line wraps inside the list (it ran off the
    // right edge of the screen).
    Screen again = player.waitFor("menu nhân viên: xuất nhật ký: Đã xuất nhật ký ra USB: stick");
    auto line = again.findPart("menu nhân viên: xuất nhật ký: ");
    ASSERT_TRUE(line) << again.dump();
    EXPECT_LE(line->x + line->w, 1280 - 24) << again.dump();
    player.send("wait 11000");
    Screen idle = player.shot("idle");
    EXPECT_FALSE(idle.findPart("Mã máy")) << idle.dump();

    CommandResult r = player.quit();
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err.find("2468"), std::string::npos) << "the PIN is never logged";

    // The export: the signed play log and the health report, in SIGNAGE-LOGS on the stick.
    int logs = 0, health = 0;
    fs::path exportFile;
    for (const auto& e : fs::directory_iterator(stick / "SIGNAGE-LOGS")) {
        if (e.path().extension() == ".signage-log") {
            ++logs;
            exportFile = e.path();
        }
        health += e.path().filename().string().rfind("health-", 0) == 0;
    }
    EXPECT_EQ(logs, 1);
    EXPECT_EQ(health, 1);
    EXPECT_NE(exportFile.filename().string().find("box-017"), std::string::npos) << exportFile;
    CommandResult verify = runSignage({"audit", "verify", exportFile.string()}, 60);
    EXPECT_EQ(verify.exitCode, 0) << verify.out << verify.err;

    auto events = queryColumn(player.dataDir() / "playlog.sqlite",
                              "SELECT detail FROM events WHERE detail LIKE 'staff_menu:%' ORDER BY seq");
    std::string all;
    for (auto& e : events) all += e + "\n";
    auto interrupted =
        queryColumn(player.dataDir() / "playlog.sqlite", "SELECT count(*) FROM plays WHERE reason = 'staff_menu'");
    EXPECT_NE(interrupted.at(0), "0") << "the item under the menu ended as interrupted";
    EXPECT_NE(all.find("staff_menu: pin_wrong 1"), std::string::npos) << all;
    EXPECT_NE(all.find("staff_menu: open"), std::string::npos) << all;
    EXPECT_NE(all.find("staff_menu: export Đã xuất nhật ký ra USB: stick"), std::string::npos) << all;
    EXPECT_NE(all.find("staff_menu: close idle"), std::string::npos) << all;
}

TEST_F(StaffMenu, NoPinNoMenu) {
    TouchDriver::Options o;
    o.config = "[checker]\ntouch = false\n";
    TouchDriver player(o);
    player.send("wait 1000");
    longPressCorner(player);
    player.send("wait 500");
    Screen s = player.shot("nopin");
    EXPECT_FALSE(s.findPart("Nhập mã PIN")) << s.dump();
    EXPECT_EQ(player.quit().exitCode, 0);
}

} // namespace
} // namespace signage::test
