// SPDX-License-Identifier: GPL-3.0-or-later
// playback::Player driven on a ManualClock with fake presenters: the boundaries of the
// loop (gapless switch, preemption, fallback, content swap, display-off).
#include "PlayerFixture.h"

namespace signage::test {
namespace {

using Outcome = playback::PlayFacts::Outcome;

TEST_F(PlayerFixture, NextItemIsPreparedAndOpenBeforeTheCurrentEndsAndTakesOverAtTheBoundary) {
    start(makeContent({{"a", 5000}, {"b", 5000}}));
    runTo(0);
    ASSERT_EQ(label(), "main/a");
    EXPECT_TRUE(player->presented() || player->frames() > 0);
    runTo(4999);
    EXPECT_EQ(label(), "main/a");
    EXPECT_TRUE(player->stage().nextReady()) << "b is open one frame before a ends";
    EXPECT_EQ(factory.counters("b").opened.load(), 1);
    EXPECT_EQ(factory.counters("b").started.load(), 0);
    const int framesBefore = player->frames();
    runTo(5000);
    EXPECT_EQ(label(), "main/b") << "the switch happens at the boundary, not a poll later";
    EXPECT_GT(player->frames(), framesBefore) << "b's first frame is presented at 5000";
    EXPECT_EQ(observer.count("a", Outcome::Completed), 1);
    EXPECT_EQ(factory.counters("fallback").made.load(), 0) << "no fallback (or black) between items";
}

TEST_F(PlayerFixture, SelfTimedItemsFollowEachOtherWithoutAGap) {
    factory.behaviours["v1"].selfTimedMs = 3000;
    factory.behaviours["v2"].selfTimedMs = 3000;
    start(makeContent({{"v1", 0}, {"v2", 0}}));
    runTo(2999);
    EXPECT_EQ(label(), "main/v1");
    EXPECT_TRUE(player->stage().nextReady());
    runTo(3000);
    EXPECT_EQ(label(), "main/v2");
    EXPECT_EQ(factory.counters("fallback").made.load(), 0);
}

TEST_F(PlayerFixture, AnInterruptCutsTheItemShortAndTheOldPictureStaysUntilTheAlertIsReady) {
    auto c = makeContent({{"a", 60000}});
    content::Playlist alerts;
    alerts.id = "alerts";
    content::Item alert;
    alert.id = "alert";
    alert.duration = core::Millis(8000);
    alerts.items.push_back(alert);
    c->catalog.playlists["alerts"] = alerts;
    auto source = std::make_unique<SteeredSource>(c->catalog.findPlaylist("main"), &c->catalog.findPlaylist("alerts")->items[0]);
    SteeredSource* steer = source.get();
    c->source = std::move(source);
    factory.behaviours["alert"].prepareRealMs = 150;
    start(c);
    runTo(1000);
    ASSERT_EQ(label(), "main/a");
    steer->interrupt = true;
    step();
    EXPECT_EQ(observer.count("a", Outcome::Interrupted), 1) << "logged when cut";
    EXPECT_EQ(label(), "main/a") << "the alert is still preparing: the old picture stays, not black";
    letPrepare();
    step();
    EXPECT_EQ(label(), "alert");
    EXPECT_EQ(factory.counters("fallback").made.load(), 0);
    EXPECT_GE(factory.counters("a").stopped.load(), 1) << "the cut item's sound stops once replaced";
}

TEST_F(PlayerFixture, NothingPlayableShowsTheFallbackAndTheLoopStillSleeps) {
    factory.behaviours["x"].refuse = true;
    factory.behaviours["y"].failPrepare = true;
    start(makeContent({{"x", 5000}, {"y", 5000}}));
    runTo(0);
    letPrepare();
    step();
    EXPECT_EQ(label(), "fallback");
    EXPECT_GE(observer.count("x", Outcome::Failed), 1);
    EXPECT_GE(observer.count("y", Outcome::Failed), 1);
    const core::SteadyMs d = step();
    EXPECT_GT(d, now()) << "the hotline slide is still: the loop sleeps";
    steps = 0;
    runTo(60000);
    EXPECT_LT(steps, 200) << "no busy loop while nothing is playable";
    EXPECT_EQ(label(), "fallback");
}

TEST_F(PlayerFixture, AFailedPrepareIsLoggedOncePerAttempt) {
    factory.behaviours["y"].failPrepare = true;
    start(makeContent({{"a", 5000}, {"y", 5000}}));
    runTo(20000); // a, (y fails), a, (y fails), a
    const int attempts = factory.counters("y").made.load();
    EXPECT_GE(attempts, 2);
    EXPECT_EQ(observer.count("y", Outcome::Failed), attempts) << "one play-log row per failed attempt";
}

TEST_F(PlayerFixture, NewContentTakesOverAtTheItemBoundary) {
    start(makeContent({{"a", 5000}, {"b", 5000}}));
    runTo(1000);
    player->offerContent(makeContent({{"n1", 5000}}));
    runTo(4999);
    EXPECT_EQ(label(), "main/a") << "never mid-item";
    runTo(5000);
    letPrepare();
    step();
    EXPECT_EQ(label(), "main/n1");
    EXPECT_EQ(factory.counters("b").started.load(), 0) << "b was prepared for the old content and dropped";
    EXPECT_EQ(observer.count("a", Outcome::Completed), 1);
    EXPECT_EQ(factory.counters("fallback").made.load(), 0);
}

TEST_F(PlayerFixture, DisplayOffDarkensTheScreenQuietlyAndDisplayOnResumes) {
    auto c = makeContent({{"a", 5000}});
    auto source = std::make_unique<SteeredSource>(c->catalog.findPlaylist("main"));
    SteeredSource* steer = source.get();
    c->source = std::move(source);
    start(c);
    runTo(1000);
    ASSERT_EQ(label(), "main/a");
    steer->display = false;
    testing::internal::CaptureStderr();
    steps = 0;
    runTo(120000);
    const std::string err = testing::internal::GetCapturedStderr();
    EXPECT_EQ(observer.count("a", Outcome::Interrupted), 1);
    EXPECT_EQ(std::count(observer.events.begin(), observer.events.end(), "display_off"), 1);
    EXPECT_EQ(err.find("nothing playable"), std::string::npos) << "no warning during display-off:\n" << err;
    EXPECT_LT(steps, 100) << "a dark screen costs ~0 CPU";
    steer->display = true;
    runTo(121000);
    letPrepare();
    step();
    EXPECT_EQ(std::count(observer.events.begin(), observer.events.end(), "display_on"), 1);
    EXPECT_EQ(label(), "main/a");
}

TEST_F(PlayerFixture, ASingleFileFinishesAfterItsItem) {
    auto c = makeContent({{"v", 0}});
    c->source = std::make_unique<playback::PlaylistCycle>(c->catalog.findPlaylist("main"), true);
    factory.behaviours["v"].selfTimedMs = 4000;
    start(c, {}, true);
    runTo(3000);
    EXPECT_FALSE(player->finished());
    steps = 0;
    runTo(10000);
    EXPECT_TRUE(player->finished());
    EXPECT_LT(steps, 20) << "no spinning in the last seconds of the file (nothing comes next)";
}

TEST_F(PlayerFixture, ItemsLeftOutAtLoadReachThePlayLogAsSkipped) {
    auto c = makeContent({{"a", 5000}});
    c->catalog.playlists["main"].skipped.push_back({"broken", "playlists/main.toml:7:1: bad duration"});
    start(c);
    runTo(12000);
    EXPECT_EQ(observer.count("broken", Outcome::Skipped), 1) << "once per content, not per loop";
}

} // namespace
} // namespace signage::test
