// SPDX-License-Identifier: GPL-3.0-or-later
// The staff menu's rules on a manual clock (issue 18): only a long press in the corner
// opens the PIN pad, and it lets the touch through; only the right PIN opens the menu;
// wrong PINs lock the pad for 30 s, then 60 s; the menu closes itself after the idle time.
// Drawing and the real touch path are tested end to end (tests/integration/touch).
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "core/Clock.h"
#include "core/Lang.h"
#include "playback/StaffMenu.h"
#include "render/NullCanvas.h"

namespace signage::test {
namespace {

using playback::StaffMenu;
using Kind = render::InputEvent::Kind;

render::InputEvent touch(Kind k, float x, float y, long long finger = 1) {
    render::InputEvent e;
    e.kind = k;
    e.x = x;
    e.y = y;
    e.fingerId = finger;
    return e;
}

render::InputEvent key(const std::string& name) {
    render::InputEvent e;
    e.kind = Kind::Key;
    e.key = name;
    return e;
}

class StaffMenuTest : public ::testing::Test {
protected:
    void SetUp() override {
        core::setLang(core::Lang::En);
        playback::StaffServices s;
        s.checkPin = [this](const std::string& pin) {
            ++checks;
            return pin == "2468";
        };
        s.collect = [] {
            playback::StaffInfo i;
            i.boxId = "box-017";
            return i;
        };
        s.exportLogs = [this] {
            ++exports;
            return std::string("exported");
        };
        menu = std::make_unique<StaffMenu>(nullptr, clock, s, StaffMenu::Options{});
    }
    bool input(const render::InputEvent& e) { return menu->handleInput(e, screen); }
    void step(std::int64_t ms) {
        clock.advance(ms);
        menu->update(clock.steadyNow());
    }
    // Waits (real time, bounded) for the worker threads, updating as the loop would.
    void settle() {
        for (int i = 0; i < 200; ++i) {
            menu->update(clock.steadyNow());
            auto next = menu->nextChange(clock.steadyNow());
            if (!next || *next > clock.steadyNow() + 50) return;
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    }
    void typePin(const std::string& pin) {
        for (char c : pin) input(key(std::string(1, c)));
        input(key("return"));
        settle();
    }
    void longPressCorner() {
        EXPECT_FALSE(input(touch(Kind::TouchDown, 20, 20))) << "the touch goes on to the signage";
        step(3000);
        input(touch(Kind::TouchUp, 20, 20));
    }

    core::ManualClock clock{1765000000000};
    render::Size screen{1280, 720};
    std::unique_ptr<StaffMenu> menu;
    std::atomic<int> checks{0}, exports{0};
};

TEST_F(StaffMenuTest, OnlyALongPressInTheCornerOpensThePinPad) {
    input(touch(Kind::TouchDown, 20, 20));
    step(2900);
    input(touch(Kind::TouchUp, 20, 20));
    step(1000);
    EXPECT_EQ(menu->state(), StaffMenu::State::Closed) << "released before 3 s";
    input(touch(Kind::TouchDown, 640, 360));
    step(5000);
    EXPECT_EQ(menu->state(), StaffMenu::State::Closed) << "not in the corner";
    input(touch(Kind::TouchUp, 640, 360));
    input(touch(Kind::TouchDown, 20, 20));
    input(touch(Kind::TouchMove, 400, 300));
    step(5000);
    EXPECT_EQ(menu->state(), StaffMenu::State::Closed) << "the finger slid away";
    input(touch(Kind::TouchUp, 400, 300));

    input(touch(Kind::TouchDown, 20, 20));
    EXPECT_EQ(*menu->nextChange(clock.steadyNow()), clock.steadyNow() + 3000) << "the loop wakes for the hold";
    step(3000);
    EXPECT_EQ(menu->state(), StaffMenu::State::Pin);
    EXPECT_TRUE(input(touch(Kind::TouchUp, 20, 20))) << "open, the pad takes every input";
}

TEST_F(StaffMenuTest, OnlyTheRightPinOpensTheMenu) {
    longPressCorner();
    typePin("1357");
    EXPECT_EQ(menu->state(), StaffMenu::State::Pin);
    typePin("2468");
    EXPECT_EQ(menu->state(), StaffMenu::State::Menu);
    settle();
    input(key("escape"));
    EXPECT_EQ(menu->state(), StaffMenu::State::Closed);
    auto events = menu->takeEvents();
    std::string all;
    for (auto& [k, d] : events) all += k + ":" + d + "\n";
    EXPECT_NE(all.find("staff_menu:pin_wrong 1"), std::string::npos) << all;
    EXPECT_NE(all.find("staff_menu:open"), std::string::npos) << all;
    EXPECT_EQ(all.find("2468"), std::string::npos) << "the PIN is never logged";
}

TEST_F(StaffMenuTest, WrongPinsLockThePadLongerEachTime) {
    longPressCorner();
    for (int i = 0; i < 3; ++i) typePin("0000");
    EXPECT_EQ(checks, 3);
    typePin("2468");
    EXPECT_EQ(checks, 3) << "locked: the right PIN is not even checked";
    EXPECT_EQ(menu->state(), StaffMenu::State::Pin);
    step(29000);
    typePin("2468");
    EXPECT_EQ(checks, 3) << "still locked after 29 s";
    step(1000);
    typePin("1111"); // the 4th wrong PIN: 60 s
    EXPECT_EQ(checks, 4);
    step(59000);
    typePin("2468");
    EXPECT_EQ(checks, 4) << "the second lock is longer";
    step(1000);
    typePin("2468");
    EXPECT_EQ(menu->state(), StaffMenu::State::Menu);
}

TEST_F(StaffMenuTest, ClosesAfterTheIdleTimeAndExports) {
    longPressCorner();
    typePin("2468");
    ASSERT_EQ(menu->state(), StaffMenu::State::Menu);
    settle();
    render::NullCanvas canvas(screen);
    menu->draw(canvas); // lays out the buttons (no text renderer: no labels)
    // "Export logs to USB": the green button on the left, below the facts.
    input(touch(Kind::TouchDown, 300, 550));
    settle();
    EXPECT_EQ(exports, 1);
    step(59000);
    EXPECT_EQ(menu->state(), StaffMenu::State::Menu);
    step(1000);
    EXPECT_EQ(menu->state(), StaffMenu::State::Closed) << "60 s without a touch: back to playback";
}

} // namespace
} // namespace signage::test
