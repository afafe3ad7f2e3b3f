// SPDX-License-Identifier: GPL-3.0-or-later
// The prepare worker: a preparation that hangs for ever (a FIFO) never stops the loop,
// and the threads it costs stay bounded however many times the playlist loops.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "PlayerFixture.h"
#include "support/TempDir.h"
#include "support/Threads.h"

namespace signage::test {
namespace {

using Outcome = playback::PlayFacts::Outcome;

class HangingPrepare : public PlayerFixture {
protected:
    void SetUp() override {
        PlayerFixture::SetUp();
        fifo = tmp.path() / "stuck.mp4";
        ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    }
    void TearDown() override {
        player.reset();
        // Lets every reader stuck on the FIFO go (a writer appears), so the stuck threads
        // end before the test's temp dir does.
        for (int i = 0; i < 50; ++i) {
            int fd = ::open(fifo.c_str(), O_WRONLY | O_NONBLOCK);
            if (fd >= 0) ::close(fd);
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
    }
    TempDir tmp;
    std::filesystem::path fifo;
};

TEST_F(HangingPrepare, StepKeepsReturningTheScreenIsNeverBlackAndThreadsStayBounded) {
    factory.behaviours["stuck"].hangOn = fifo;
    playback::PrepareWorker::Options o;
    o.stuckAfter = std::chrono::milliseconds(100);
    o.maxStuck = 2;
    const int before = processThreads();
    start(makeContent({{"a", 1000}, {"stuck", 1000}}), o);
    int maxThreads = 0;
    for (int loop = 0; loop < 40; ++loop) {
        const auto real = std::chrono::steady_clock::now();
        runTo(now() + 1000);
        EXPECT_LT(std::chrono::steady_clock::now() - real, std::chrono::seconds(3)) << "step() returned promptly";
        EXPECT_NE(label(), "none") << "something is always on screen";
        maxThreads = std::max(maxThreads, processThreads());
    }
    EXPECT_GE(observer.count("a", Outcome::Completed), 10) << "the other item keeps playing";
    EXPECT_GE(observer.count("stuck", Outcome::Failed), 10) << "the stuck item is logged as failed each time";
    EXPECT_LE(maxThreads - before, 1 + o.maxStuck) << "one worker plus at most maxStuck stuck threads";
    EXPECT_LE(player->stage().prepareWorker().threadCount(), 1 + o.maxStuck);
    EXPECT_EQ(factory.counters("stuck").prepared.load(), 0) << "its prepare() never returned";
}

TEST(PrepareWorker, AbandonedJobsAreDroppedOnTheRenderThreadOnceReturned) {
    FakeFactory factory;
    factory.behaviours["slow"].prepareRealMs = 50;
    content::Item item;
    item.id = "slow";
    content::Catalog catalog;
    std::string error;
    playback::PrepareWorker worker({}, nullptr);
    auto job = worker.submit(factory.make(item, catalog, error));
    ASSERT_TRUE(job);
    worker.abandon(job);
    EXPECT_EQ(factory.counters("slow").destroyed.load(), 0);
    for (int i = 0; i < 500 && factory.counters("slow").destroyed.load() == 0; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
        worker.tidy();
    }
    EXPECT_EQ(factory.counters("slow").destroyed.load(), 1);
    EXPECT_EQ(factory.counters("slow").stopped.load(), 1);
}

TEST(PrepareWorker, TheQueueIsBounded) {
    FakeFactory factory;
    factory.behaviours["slow"].prepareRealMs = 200;
    content::Item item;
    item.id = "slow";
    content::Catalog catalog;
    std::string error;
    playback::PrepareWorker::Options o;
    o.queue = 2;
    playback::PrepareWorker worker(o, nullptr);
    std::vector<playback::PrepareWorker::Job> jobs;
    int refused = 0;
    for (int i = 0; i < 10; ++i) {
        auto job = worker.submit(factory.make(item, catalog, error));
        if (job) jobs.push_back(job);
        else ++refused;
    }
    EXPECT_GE(refused, 6) << "at most the running job and 2 queued";
    EXPECT_LE(jobs.size(), 4u);
    for (auto& j : jobs) worker.abandon(j);
}

} // namespace
} // namespace signage::test
