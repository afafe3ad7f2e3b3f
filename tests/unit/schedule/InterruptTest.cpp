// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>
#include <thread>

#include "TestContent.h"
#include "core/Lang.h"
#include "schedule/InterruptControl.h"
#include "schedule/Scheduler.h"
#include "support/TempDir.h"

namespace signage::schedule {
namespace {

using test::at;
using test::parseOk;
using K = Decision::Kind;

TEST(InterruptControl, WriteReadClear) {
    signage::test::TempDir dir;
    InterruptControl c(dir.path());
    EXPECT_EQ(c.path(), dir.path() / "control" / "interrupt.toml");
    EXPECT_FALSE(c.read());
    Interrupt in{"khan-cap/canh-bao-khan", at("2025-08-02T09:00"), at("2025-08-02T08:00"), "cli",
                 "Giả danh công an \"gọi điện\""};
    std::string why;
    ASSERT_TRUE(c.write(in, &why)) << why;
    auto back = c.read(&why);
    ASSERT_TRUE(back) << why;
    EXPECT_EQ(*back, in);
    // Nothing but the file is left behind (no temporary files).
    size_t files = 0;
    for (auto& e : std::filesystem::directory_iterator(c.directory())) files += e.is_regular_file();
    EXPECT_EQ(files, 1u);
    EXPECT_TRUE(c.clear());
    EXPECT_FALSE(c.read());
    EXPECT_TRUE(c.clear()); // stopping twice is fine
}

TEST(InterruptControl, ReadIfChangedNoticesEachChangeOnce) {
    signage::test::TempDir dir;
    InterruptControl writer(dir.path());
    InterruptControl reader(dir.path());
    EXPECT_FALSE(reader.readIfChanged().changed);
    ASSERT_TRUE(writer.write({"a", 0, 0, "cli", ""}));
    auto c = reader.readIfChanged();
    EXPECT_TRUE(c.changed);
    ASSERT_TRUE(c.interrupt);
    EXPECT_EQ(c.interrupt->target, "a");
    EXPECT_FALSE(reader.readIfChanged().changed);
    ASSERT_TRUE(writer.write({"b", 0, 0, "cli", ""})); // same size, replaced at once
    c = reader.readIfChanged();
    EXPECT_TRUE(c.changed);
    ASSERT_TRUE(c.interrupt);
    EXPECT_EQ(c.interrupt->target, "b");
    ASSERT_TRUE(writer.clear());
    c = reader.readIfChanged();
    EXPECT_TRUE(c.changed);
    EXPECT_FALSE(c.interrupt);
    EXPECT_FALSE(reader.readIfChanged().changed);
}

TEST(InterruptControl, AGarbledFileIsAnErrorNotACrash) {
    core::setLang(core::Lang::En);
    signage::test::TempDir dir;
    dir.write("control/interrupt.toml", "target = \"unterminated\nuntil = 12\n");
    InterruptControl c(dir.path());
    auto ch = c.readIfChanged();
    EXPECT_TRUE(ch.changed);
    EXPECT_FALSE(ch.interrupt);
    EXPECT_NE(ch.error.find("interrupt.toml:1:"), std::string::npos) << ch.error;
    dir.write("control/interrupt.toml", "until = \"tomorrow\"\n");
    std::string why;
    EXPECT_FALSE(c.read(&why));
    EXPECT_NE(why.find("target"), std::string::npos) << why;
    dir.write("control/interrupt.toml", "target = \"x\"\nuntil = \"tomorrow\"\n");
    EXPECT_FALSE(c.read(&why));
    EXPECT_NE(why.find("interrupt.toml:2:9: until: invalid time"), std::string::npos) << why;
    // core::TomlTable's policy for this file: an unknown key is refused, with "did you mean".
    dir.write("control/interrupt.toml", "target = \"x\"\nuntill = 2025-08-02T09:00:00+07:00\n");
    EXPECT_FALSE(c.read(&why));
    EXPECT_NE(why.find("interrupt.toml:2:1: unknown key \"untill\" (did you mean \"until\"?)"), std::string::npos)
        << why;
    dir.write("control/interrupt.toml", "target = 7\n");
    EXPECT_FALSE(c.read(&why));
    EXPECT_NE(why.find("interrupt.toml:1:10: target: expected a string, found an integer"), std::string::npos) << why;
    core::setLang(core::Lang::Vi);
}

TEST(Interrupts, PreemptLoopAndResume) {
    core::ManualClock clock(at("2025-08-05T10:00"));
    Scheduler s(test::hongAnSchedule(), test::hongAnCatalog(), clock);
    Decision playing = s.decide();
    EXPECT_EQ(playing.rule, "cao-diem");
    EXPECT_EQ(playing.itemId, "cao-diem");
    clock.advance(5000);

    std::string why;
    ASSERT_TRUE(s.setInterrupt({"khan-cap", 0, clock.wallNow(), "cli", ""}, &why)) << why;
    Decision next = s.decide();
    EXPECT_EQ(next.kind, K::Interrupt);
    EXPECT_TRUE(next.isInterrupt);
    EXPECT_EQ(next.playlist, "khan-cap");
    EXPECT_TRUE(Scheduler::shouldPreempt(playing, next));
    s.notePlayed(playing, clock.wallNow() - 5000, clock.wallNow(), PlayOutcome::Interrupted);
    playing = next;
    for (int i = 0; i < 3; ++i) { // loops while in force
        Decision again = s.decide();
        EXPECT_EQ(again.playlist, "khan-cap");
        EXPECT_FALSE(Scheduler::shouldPreempt(playing, again));
        clock.advance(20000);
        s.notePlayed(again, clock.wallNow() - 20000, clock.wallNow());
        playing = again;
    }
    s.clearInterrupt();
    Decision resumed = s.decide();
    EXPECT_EQ(resumed.kind, K::Rule);
    EXPECT_TRUE(Scheduler::shouldPreempt(playing, resumed));
    EXPECT_EQ(resumed.itemId, "cao-diem"); // the cut item plays again from its start
}

TEST(Interrupts, EndAtUntilAndOverrideTheScreenOff) {
    core::ManualClock clock(at("2025-08-05T23:00")); // the screen is off at night
    Scheduler s(test::hongAnSchedule(), test::hongAnCatalog(), clock);
    EXPECT_EQ(s.decide().kind, K::Off);
    ASSERT_TRUE(s.setInterrupt({"5k2p/khong_chuyen_khoan", at("2025-08-05T23:10"), 0, "alert:x", ""}));
    Decision d = s.decide();
    EXPECT_EQ(d.kind, K::Interrupt);
    EXPECT_TRUE(d.displayOn);
    EXPECT_EQ(d.itemId, "khong_chuyen_khoan");
    EXPECT_EQ(d.until, at("2025-08-05T23:10"));
    clock.advance(15000);
    s.notePlayed(d, clock.wallNow() - 15000, clock.wallNow());
    EXPECT_EQ(s.decide().itemId, "khong_chuyen_khoan"); // one item repeats
    EXPECT_EQ(s.decide(at("2025-08-05T23:10")).kind, K::Off);
    EXPECT_FALSE(s.interrupt());
}

TEST(Interrupts, TargetsAreResolvedOrRefused) {
    core::setLang(core::Lang::En);
    core::ManualClock clock(at("2025-08-05T10:00"));
    Scheduler s(test::hongAnSchedule(), test::hongAnCatalog(), clock);
    std::string why;
    EXPECT_FALSE(s.setInterrupt({"khan-capp", 0, 0, "", ""}, &why));
    EXPECT_NE(why.find("did you mean \"khan-cap\""), std::string::npos) << why;
    EXPECT_FALSE(s.setInterrupt({"5k2p/nope", 0, 0, "", ""}, &why));
    EXPECT_FALSE(s.setInterrupt({"khan-cap", at("2025-08-05T09:00"), 0, "", ""}, &why)); // already over
    EXPECT_FALSE(s.interrupt());
    ASSERT_TRUE(s.setInterrupt({"canh-bao-khan", 0, 0, "", ""}, &why)) << why; // an item id alone
    EXPECT_EQ(s.decide().playlist, "khan-cap");
    core::setLang(core::Lang::Vi);
}

TEST(Interrupts, SimulatedPlayerCutsAtOnceAndResumes) {
    auto r = test::run(test::hongAnSchedule(), test::hongAnCatalog(), at("2025-08-05T10:00"), at("2025-08-05T10:10"),
                       {{60'000, [](Scheduler& s, core::ManualClock&) { s.setInterrupt({"khan-cap", 0, 0, "cli", ""}); }},
                        {300'000, [](Scheduler& s, core::ManualClock&) { s.clearInterrupt(); }}});
    const WallMs start = at("2025-08-05T10:01"), stop = at("2025-08-05T10:05");
    const test::Play* cut = nullptr;
    const test::Play* firstInterrupt = nullptr;
    const test::Play* resumed = nullptr;
    for (const auto& p : r.plays) {
        if (!p.completed && p.end == start) cut = &p;
        if (p.d.kind == K::Interrupt && !firstInterrupt) firstInterrupt = &p;
        if (p.start >= stop && !resumed) resumed = &p;
        if (p.start >= start && p.start < stop) {
            EXPECT_EQ(p.d.kind, K::Interrupt);
        }
    }
    ASSERT_TRUE(cut);
    ASSERT_TRUE(firstInterrupt);
    EXPECT_EQ(firstInterrupt->start, start); // preempted at once
    ASSERT_TRUE(resumed);
    EXPECT_EQ(resumed->start, stop);
    EXPECT_EQ(resumed->d.playlist, cut->d.playlist);
    EXPECT_EQ(resumed->d.itemId, cut->d.itemId);
}

} // namespace
} // namespace signage::schedule
