// SPDX-License-Identifier: GPL-3.0-or-later
// AsyncChecker: the touch screen's checker runs off the render thread.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <thread>

#include "scamcheck/AsyncChecker.h"
#include "support/TempDir.h"

using namespace signage::scamcheck;

namespace {
const std::string kData = std::string(SIGNAGE_SOURCE_DIR) + "/assets/checker";
}

TEST(AsyncChecker, RefusesChecksUntilLoadedThenAnswersOnTheWorker) {
    signage::test::TempDir cache;
    AsyncChecker checker;
    EXPECT_FALSE(checker.submit("0901234567", Kind::Auto, [](Verdict) { FAIL() << "must not run"; }));

    std::promise<std::string> loaded;
    checker.load(kData, Checker::Options{cache.path(), "", "", ""},
                 [&](const Checker* c, const std::string& error) { loaded.set_value(c ? c->dataVersion() : "error: " + error); });
    auto version = loaded.get_future().get();
    EXPECT_EQ(version.rfind("rules", 0), 0u) << version;
    EXPECT_TRUE(checker.ready());

    std::promise<std::pair<Verdict, std::thread::id>> answer;
    ASSERT_TRUE(checker.submit("Đây là Công an phường, anh chuyển tiền vào tài khoản tạm giữ ngay", Kind::Auto,
                               [&](Verdict v) { answer.set_value({std::move(v), std::this_thread::get_id()}); }));
    auto [verdict, thread] = answer.get_future().get();
    EXPECT_NE(thread, std::this_thread::get_id());
    EXPECT_EQ(verdict.level, Level::LikelyScam);
    EXPECT_EQ(verdict.kind, Kind::Message);
}

TEST(AsyncChecker, BadDataReportsTheErrorAndStaysNotReady) {
    signage::test::TempDir dir;
    AsyncChecker checker;
    std::promise<std::string> loaded;
    checker.load(dir.path() / "missing", {}, [&](const Checker* c, const std::string& error) {
        loaded.set_value(c ? "" : error);
    });
    EXPECT_FALSE(loaded.get_future().get().empty());
    EXPECT_FALSE(checker.ready());
}

TEST(AsyncChecker, DrainWaitsForQueuedChecksAndDestructorDoesNotHang) {
    signage::test::TempDir cache;
    auto checker = std::make_unique<AsyncChecker>();
    checker->load(kData, Checker::Options{cache.path(), "", "", ""});
    checker->drain();
    ASSERT_TRUE(checker->ready());
    std::atomic<int> answered{0};
    for (int i = 0; i < 5; ++i)
        EXPECT_TRUE(checker->submit("0912 345 678", Kind::Phone, [&](Verdict) { ++answered; }));
    checker->drain();
    EXPECT_EQ(answered.load(), 5);
    for (int i = 0; i < 5; ++i) checker->submit("https://vietcombank.com.xacminh.top", Kind::Link, [](Verdict) {});
    auto t0 = std::chrono::steady_clock::now();
    checker.reset(); // queued checks are dropped
    EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(2));
}
