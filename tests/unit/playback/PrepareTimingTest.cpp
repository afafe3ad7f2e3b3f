// SPDX-License-Identifier: GPL-3.0-or-later
// When the Stage asks for the next item and what the screen shows while a prepare is
// late, with prepares that finish at a chosen ManualClock time (Behaviour::prepareClockMs).
#include "PlayerFixture.h"

#include <initializer_list>

namespace signage::test {
namespace {

class PrepareTiming : public PlayerFixture {
protected:
    /// Frames that drew one of these items (a frame that drew none of them, nor the
    /// fallback, was black).
    long long drawnBy(std::initializer_list<const char*> ids) {
        long long n = 0;
        for (const char* id : ids) n += factory.counters(id).drawn.load();
        return n;
    }

    /// Moves the clock to `t`, stepping only where app/RunPlayer would: at the deadlines
    /// step() returned, and when the worker wakes the loop (a prepare finished). Unlike
    /// runTo() it never adds a turn at a time nothing was due, so a request that waits
    /// for "the next turn" shows up late here as on a box.
    void follow(core::SteadyMs t) {
        if (_due < 0) turn();
        for (int guard = 0; guard < 100000 && _due <= t; ++guard) {
            if (_due > now()) clock.advance(_due - now());
            turn();
        }
        if (now() < t) clock.advance(t - now());
    }

private:
    /// One turn, then the worker's wakes until the prepare under way is collected (a
    /// prepare gated on a later clock time is not waited for).
    void turn() {
        _due = step();
        for (int i = 0; i < 3000 && player->stage().preparing() && !factory.waitingOnClock(now()); ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
            _due = player->step(now());
        }
    }

    core::SteadyMs _due = -1; // when the last turn asked to be called again
};

TEST_F(PrepareTiming, TheSuccessorOfAnItemShorterThanThePreopenIsAskedForAtItsStartAndFollowsWithoutAGap) {
    factory.behaviours["v"].selfTimedMs = 3000;
    factory.behaviours["v"].prepareClockMs = 300; // demuxer open and first frame: 300 ms
    start(makeContent({{"a", 5000}, {"s", 400}, {"v", 0}}));
    follow(5000);
    ASSERT_EQ(label(), "main/s");
    EXPECT_EQ(factory.counters("s").startedAt.load(), 5000);
    EXPECT_EQ(factory.counters("v").made.load(), 1) << "the 400 ms slide's successor is asked for at its start";
    EXPECT_EQ(factory.counters("v").madeAt.load(), 5000);
    follow(5399);
    EXPECT_EQ(label(), "main/s");
    EXPECT_TRUE(player->stage().nextReady()) << "v (300 ms to prepare) is open before s's 400 ms are up";
    follow(5400);
    EXPECT_EQ(label(), "main/v");
    EXPECT_EQ(factory.counters("v").startedAt.load(), 5400) << "v starts at s's end, not a prepare later";
    EXPECT_EQ(factory.counters("fallback").made.load(), 0);
    EXPECT_EQ(canvas.presents(), drawnBy({"a", "s", "v"})) << "every presented frame showed an item";
}

TEST_F(PrepareTiming, ALateSuccessorKeepsThePictureUpWhileTheLoopSleepsAndShowsWhenReady) {
    factory.behaviours["v"].selfTimedMs = 3000;
    factory.behaviours["v"].prepareClockMs = 2800; // asked for at 3000 (the pre-open), ready at 5800: 800 ms late
    start(makeContent({{"a", 5000}, {"v", 0}}));
    runTo(5000);
    ASSERT_EQ(label(), "main/a");
    ASSERT_EQ(factory.counters("v").madeAt.load(), 3000);
    ASSERT_TRUE(player->stage().preparing());
    const long long presentsBefore = canvas.presents();
    const long long aDrawnBefore = factory.counters("a").drawn.load();
    int turns = 0;
    while (now() < 5800 && turns < 100) {
        if (now() == 5400) player->redraw(); // the window was exposed: a frame is drawn now
        const core::SteadyMs d = step();
        ++turns;
        ASSERT_GT(d, now()) << "a is over and v is late: the loop sleeps (worker wake or poll), no spin";
        EXPECT_EQ(label(), "main/a") << "at " << now();
        clock.advance(d - now());
    }
    EXPECT_LE(turns, 20) << "a poll every 50 ms at most while waiting 800 ms";
    EXPECT_GE(canvas.presents(), presentsBefore + 1) << "the exposed window was drawn";
    EXPECT_EQ(canvas.presents() - presentsBefore, factory.counters("a").drawn.load() - aDrawnBefore)
        << "every frame while waiting showed a (never black)";
    EXPECT_EQ(factory.counters("a").stopped.load(), 0) << "a stays up until v is ready";
    EXPECT_EQ(factory.counters("fallback").made.load(), 0) << "800 ms late is within the 2 s late limit";
    letPrepare();
    step();
    EXPECT_EQ(label(), "main/v");
    EXPECT_EQ(factory.counters("v").startedAt.load(), 5800) << "v shows at the first turn once it is ready";
    EXPECT_EQ(observer.count("a", playback::PlayFacts::Outcome::Completed), 1);
}

TEST_F(PrepareTiming, ASlowFirstItemShowsTheFallbackNotBlackAndStartsWhenReady) {
    factory.behaviours["a"].prepareClockMs = 5000; // the USB stick mounts slowly at boot
    start(makeContent({{"a", 8000}, {"b", 8000}}));
    follow(1999);
    EXPECT_EQ(canvas.presents(), 0) << "during the first 2 s nothing is presented (not a black frame)";
    testing::internal::CaptureStderr();
    follow(2000);
    const std::string err = testing::internal::GetCapturedStderr();
    EXPECT_EQ(label(), "fallback") << "past the late limit the hotline slide shows";
    // The staff read the log: a late item is not broken content.
    EXPECT_NE(err.find("item main/a not ready yet (still preparing)"), std::string::npos) << err;
    EXPECT_EQ(err.find("nothing playable"), std::string::npos) << err;
    EXPECT_GE(factory.counters("fallback").drawn.load(), 1);
    follow(4999);
    EXPECT_EQ(label(), "fallback");
    follow(5100);
    EXPECT_EQ(label(), "main/a");
    EXPECT_GE(factory.counters("a").startedAt.load(), 5000);
    EXPECT_LE(factory.counters("a").startedAt.load(), 5050) << "a starts at the first poll once ready";
    EXPECT_EQ(canvas.presents(), drawnBy({"fallback", "a"})) << "every presented frame showed the fallback or a";
    ASSERT_FALSE(observer.started.empty());
    EXPECT_EQ(observer.started.front(), "a") << "the fallback is not logged as a play";
    EXPECT_EQ(factory.counters("b").made.load(), 0) << "a is not skipped for being late";
}

// The same distinction when an item on screen is over and its successor is past the
// late limit, in Vietnamese (the staff's language), and "nothing playable" kept for when
// nothing is.
TEST_F(PrepareTiming, ALateSuccessorPastTheLateLimitIsNotReadyYetNotNothingPlayable) {
    core::setLang(core::Lang::Vi);
    factory.behaviours["v"].selfTimedMs = 3000;
    factory.behaviours["v"].prepareClockMs = 6000; // asked for at 3000, ready at 9000: 4 s late
    start(makeContent({{"a", 5000}, {"v", 0}}));
    follow(6999);
    ASSERT_EQ(label(), "main/a");
    testing::internal::CaptureStderr();
    follow(7100);
    const std::string err = testing::internal::GetCapturedStderr();
    EXPECT_EQ(label(), "fallback");
    EXPECT_NE(err.find("mục main/v chưa sẵn sàng (vẫn đang chuẩn bị)"), std::string::npos) << err;
    EXPECT_EQ(err.find("không có mục nào phát được"), std::string::npos) << err;
}

TEST_F(PrepareTiming, NothingPlayableIsStillSaidWhenEveryItemFails) {
    factory.behaviours["x"].failPrepare = true;
    start(makeContent({{"x", 5000}}));
    testing::internal::CaptureStderr();
    follow(100);
    const std::string err = testing::internal::GetCapturedStderr();
    EXPECT_EQ(label(), "fallback");
    EXPECT_NE(err.find("nothing playable"), std::string::npos) << err;
    EXPECT_EQ(err.find("not ready yet"), std::string::npos) << err;
}

} // namespace
} // namespace signage::test
