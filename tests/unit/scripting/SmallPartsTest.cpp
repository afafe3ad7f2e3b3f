// SPDX-License-Identifier: GPL-3.0-or-later
// The runtime's small pure parts: tweens, timers, the fault policy, path guard, draw list,
// text cache, colours.
#include <gtest/gtest.h>

#include "fakes/FakeTextRenderer.h"
#include "fakes/RecordingCanvas.h"
#include "scripting/ColorText.h"
#include "scripting/DrawList.h"
#include "scripting/FaultPolicy.h"
#include "scripting/PathGuard.h"
#include "scripting/TextCache.h"
#include "scripting/TimerSet.h"
#include "scripting/Tween.h"
#include "support/TempDir.h"

using namespace signage::scripting;
using signage::core::Millis;

namespace {

TEST(Tween, EasingsAndRepeats) {
    for (size_t i = 0; i < easingNames().size(); ++i) {
        auto e = static_cast<Easing>(i);
        EXPECT_NEAR(ease(e, 0), 0, 1e-9) << easingNames()[i];
        EXPECT_NEAR(ease(e, 1), 1, 1e-9) << easingNames()[i];
    }
    EXPECT_DOUBLE_EQ(ease(Easing::InQuad, 0.5), 0.25);
    EXPECT_GT(ease(Easing::OutBack, 0.8), 1.0) << "overshoots";
    Tween t{10, 20, 1000, 2.0, Easing::Linear, TweenRepeat::Once};
    EXPECT_DOUBLE_EQ(t.valueAt(1000), 10);
    EXPECT_DOUBLE_EQ(t.valueAt(2000), 15);
    EXPECT_DOUBLE_EQ(t.valueAt(9000), 20);
    EXPECT_FALSE(t.doneAt(2999));
    EXPECT_TRUE(t.doneAt(3000));
    t.repeat = TweenRepeat::Loop;
    EXPECT_DOUBLE_EQ(t.valueAt(4000), 15);
    EXPECT_FALSE(t.doneAt(100000));
    t.repeat = TweenRepeat::PingPong;
    EXPECT_DOUBLE_EQ(t.valueAt(4000), 15);
    EXPECT_DOUBLE_EQ(t.valueAt(4500), 12.5);
}

TEST(TimerSet, OrderRescheduleAndCancel) {
    TimerSet ts;
    int a = ts.add(100, 0, 1);
    int b = ts.add(50, 30, 2);
    EXPECT_EQ(ts.nextDue(), 50);
    EXPECT_EQ(ts.dueAt(120), (std::vector<int>{b, a}));
    ts.reschedule(b, 60);
    EXPECT_EQ(ts.find(b)->due, 80);
    ts.reschedule(b, 500); // fell far behind: no burst of catch-up calls
    EXPECT_EQ(ts.find(b)->due, 530);
    EXPECT_EQ(ts.cancel(a)->callbackRef, 1);
    EXPECT_FALSE(ts.cancel(a));
    for (size_t i = ts.size(); i < TimerSet::kMaxTimers; ++i) EXPECT_NE(ts.add(0, 0, 0), 0);
    EXPECT_EQ(ts.add(0, 0, 0), 0);
    EXPECT_EQ(ts.takeAll().size(), TimerSet::kMaxTimers);
}

TEST(FaultPolicy, DisablesAfterRepeatedFaultsWithGrowingCoolDown) {
    FaultPolicy p(3, Millis(10000), Millis(30000), Millis(100000));
    EXPECT_FALSE(p.recordFault(0));
    EXPECT_FALSE(p.recordFault(20000)); // the first one left the window
    EXPECT_FALSE(p.recordFault(21000));
    EXPECT_TRUE(p.recordFault(22000));
    EXPECT_TRUE(p.disabledAt(22000 + 29999));
    EXPECT_FALSE(p.disabledAt(22000 + 30000));
    p.recordFault(60000);
    p.recordFault(60001);
    EXPECT_TRUE(p.recordFault(60002));
    EXPECT_EQ(*p.disabledUntil(), 60002 + 60000) << "doubled";
    p.disable(200000);
    EXPECT_EQ(*p.disabledUntil(), 200000 + 100000) << "capped";
    EXPECT_EQ(p.timesDisabled(), 3);
}

TEST(PathGuard, StaysInsideThePluginFolder) {
    signage::test::TempDir dir;
    dir.write("p/data/a.csv", "x");
    dir.write("secret.txt", "x");
    std::filesystem::create_symlink(dir.path() / "secret.txt", dir.path() / "p" / "link.txt");
    auto root = dir.path() / "p";
    std::string err;
    EXPECT_TRUE(resolveInside(root, "data/a.csv", &err));
    EXPECT_TRUE(resolveInside(root, "./data/a.csv", &err));
    EXPECT_TRUE(resolveInside(root, "new/file.txt", &err)) << "not existing yet is fine";
    for (const char* bad : {"", "../secret.txt", "data/../../secret.txt", "/etc/passwd", "link.txt", "a\\b"}) {
        EXPECT_FALSE(resolveInside(root, bad, &err)) << bad;
        EXPECT_FALSE(err.empty());
    }
    EXPECT_FALSE(resolveInside(root, std::string_view("a\0b", 3), &err));
}

TEST(DrawList, ReplaysIntoTheZoneWithOpacityAndClip) {
    signage::test::RecordingCanvas canvas;
    DrawList list;
    list.add({DrawCommand::Kind::Fill, {10, 20, 30, 40}, {255, 0, 0, 200}});
    DrawCommand clip;
    clip.kind = DrawCommand::Kind::Clip;
    clip.rect = {-50, 0, 100, 10};
    list.add(clip);
    auto pic = std::make_shared<signage::test::FakePicture>(signage::render::Size{5, 5});
    DrawCommand p;
    p.kind = DrawCommand::Kind::Picture;
    p.picture = pic;
    p.rect = {1, 2, 5, 5};
    p.opacity = 0.5f;
    list.add(p);
    list.replay(canvas, {100, 200, 300, 100}, 0.5f);
    using K = signage::test::RecordingCanvas::Call::Kind;
    ASSERT_EQ(canvas.calls.size(), 5u);
    EXPECT_EQ(canvas.calls[0].kind, K::Clip);
    EXPECT_FLOAT_EQ(canvas.calls[0].rect.x, 100);
    EXPECT_FLOAT_EQ(canvas.calls[1].rect.x, 110);
    EXPECT_FLOAT_EQ(canvas.calls[1].rect.y, 220);
    EXPECT_EQ(canvas.calls[1].color.a, 100);
    EXPECT_FLOAT_EQ(canvas.calls[2].rect.x, 100) << "clip intersected with the zone";
    EXPECT_FLOAT_EQ(canvas.calls[2].rect.w, 50);
    EXPECT_FLOAT_EQ(canvas.calls[3].opacity, 0.25f);
    EXPECT_TRUE(canvas.calls[4].clipOff);
}

TEST(TextCache, ReusesAndEvicts) {
    signage::test::RecordingCanvas canvas;
    signage::test::FakeTextRenderer text;
    TextCache cache(2, 1u << 30);
    TextStyle s;
    auto a = cache.get(&text, &canvas, "a", s, nullptr);
    EXPECT_EQ(cache.get(&text, &canvas, "a", s, nullptr), a);
    s.bold = true;
    EXPECT_NE(cache.get(&text, &canvas, "a", s, nullptr), a) << "style is part of the key";
    cache.get(&text, &canvas, "b", s, nullptr);
    EXPECT_EQ(cache.entries(), 2u);
    EXPECT_EQ(text.renders, 3);
    std::string err;
    EXPECT_FALSE(cache.get(nullptr, &canvas, "z", s, &err));
    text.failNext = true;
    EXPECT_FALSE(cache.get(&text, &canvas, "c", s, &err));
    EXPECT_EQ(err, "font missing");
}

TEST(ColorText, Parses) {
    signage::content::Color c;
    EXPECT_TRUE(parseColor("#0B2e59", c));
    EXPECT_EQ(c, (signage::content::Color{0x0b, 0x2e, 0x59, 255}));
    EXPECT_TRUE(parseColor("#ffc82e80", c));
    EXPECT_EQ(c.a, 0x80);
    for (const char* bad : {"", "#fff", "0b2e59", "#0b2e5g", "#0b2e59f"}) EXPECT_FALSE(parseColor(bad, c)) << bad;
}

} // namespace
