// SPDX-License-Identifier: GPL-3.0-or-later
// Every kind of bad input: skipped within a second with a clear reason, no crash, no hang.
#include <gtest/gtest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <thread>

#include "Drive.h"
#include "TestMedia.h"
#include "core/Lang.h"
#include "media/VideoPresenter.h"
#include "support/TempDir.h"
#include "support/Threads.h"

using namespace signage;
using namespace signage::test;
using media::VideoOptions;
using media::VideoPresenter;
using render::PresenterStatus;
using Ms = std::chrono::milliseconds;

namespace {

class BadInputTest : public ::testing::Test {
protected:
    void SetUp() override { core::setLang(core::Lang::En); }
    core::ManualClock clock;
    FakeCanvas canvas;
    TempDir tmp;
};

VideoOptions opts(const std::filesystem::path& file) {
    VideoOptions o;
    o.file = file;
    return o;
}

double secondsSince(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// Steps in real time (no waiting for the decoder) until the status changes or `limit` passes.
PresenterStatus playUntilStatus(VideoPresenter& p, FakeCanvas& canvas, core::ManualClock& clock, double limitSeconds) {
    const auto t0 = std::chrono::steady_clock::now();
    while (secondsSince(t0) < limitSeconds) {
        p.waitBuffered(Ms(20));
        clock.advance(5);
        canvas.now = clock.steadyNow();
        p.draw(canvas, kArea, 1.0f, canvas.now);
        if (p.status() != PresenterStatus::Playing) return p.status();
    }
    return p.status();
}

} // namespace

TEST_F(BadInputTest, OpenFailsFastWithAReason) {
    const auto truncatedFaststart = tmp.path() / "cut.mp4";
    truncateCopy(countedClip(), truncatedFaststart, 0.5);
    const auto text = tmp.write("notes.mp4", "this is not a video\n");
    const auto empty = tmp.write("empty.mp4", "");
    const auto audioOnly = makeMedia("sine1s.m4a", sineAudioInput(1) + " -c:a aac");
    struct Case {
        std::filesystem::path file;
        std::string expect;
    } cases[] = {
        {empty, "empty file (0 bytes)"},
        {tmp.path() / "missing.mp4", "file not found"},
        {text, "not a media file"},
        {truncatedFaststart, "cut short"},
        {audioOnly, "audio-only file in a video item"},
    };
    for (const auto& c : cases) {
        VideoPresenter p(opts(c.file));
        std::string error;
        const auto t0 = std::chrono::steady_clock::now();
        EXPECT_FALSE(p.open(canvas, error)) << c.file;
        EXPECT_LT(secondsSince(t0), 1.0) << c.file;
        EXPECT_NE(error.find(c.expect), std::string::npos) << error;
        EXPECT_NE(error.find(c.file.filename().string()), std::string::npos) << "names the file: " << error;
        EXPECT_EQ(p.status(), PresenterStatus::Failed);
        EXPECT_EQ(p.facts().outcome, media::PlayOutcome::Failed);
        EXPECT_EQ(p.facts().reason, error);
    }
}

TEST_F(BadInputTest, DamagedDataInTheMiddleFailsTheItem) {
    const auto file = tmp.path() / "damaged.mp4";
    corruptCopy(longClip(), file, 0.3, 0.7);
    VideoPresenter p(opts(file));
    std::string error;
    ASSERT_TRUE(openAndStart(p, canvas, clock, nullptr, error)) << error; // the start is fine
    EXPECT_EQ(playUntilStatus(p, canvas, clock, 5.0), PresenterStatus::Failed);
    EXPECT_NE(p.failureReason().find("damaged video data"), std::string::npos) << p.failureReason();
    // Failed before reaching the damage's end, not after playing garbage to the end.
    EXPECT_LT(clock.steadyNow(), 7000);
}

TEST_F(BadInputTest, FileCutShortIsCaughtWhereTheIndexCannotTell) {
    // Matroska has no sample index up front: the cut is found when the data runs out.
    const auto whole = makeMedia("counted3s.mkv", countingVideoInput(3) + " -c:v libx264 -preset ultrafast -g 30");
    const auto cut = tmp.path() / "cut.mkv";
    truncateCopy(whole, cut, 0.5);
    VideoPresenter p(opts(cut));
    std::string error;
    if (p.open(canvas, error)) {
        p.start(0);
        EXPECT_EQ(playUntilStatus(p, canvas, clock, 3.0), PresenterStatus::Failed);
        error = p.failureReason();
    }
    EXPECT_NE(error.find("ends early"), std::string::npos) << error;
}

TEST_F(BadInputTest, FileTruncatedWhilePlayingFailsWithinASecond) {
    const auto file = tmp.path() / "vanishing.mp4";
    std::filesystem::copy_file(longClip(), file);
    VideoPresenter p(opts(file));
    std::string error;
    ASSERT_TRUE(openAndStart(p, canvas, clock, nullptr, error)) << error;
    drive(p, canvas, clock, nullptr, 5, 500);
    // What a pulled USB stick or a copy over the file in place looks like to the reader.
    std::filesystem::resize_file(file, 0);
    const auto t0 = std::chrono::steady_clock::now();
    EXPECT_EQ(playUntilStatus(p, canvas, clock, 3.0), PresenterStatus::Failed);
    EXPECT_LT(secondsSince(t0), 1.0);
    EXPECT_FALSE(p.failureReason().empty());
}

TEST_F(BadInputTest, FileDeletedWhilePlayingStillPlaysToTheEnd) {
    // Unlinking keeps the open file readable on Linux: nothing is lost, nothing to skip.
    const auto file = tmp.path() / "deleted.mp4";
    std::filesystem::copy_file(countedVideoOnly(), file);
    VideoPresenter p(opts(file));
    std::string error;
    ASSERT_TRUE(openAndStart(p, canvas, clock, nullptr, error)) << error;
    drive(p, canvas, clock, nullptr, 5, 500);
    std::filesystem::remove(file);
    EXPECT_EQ(drive(p, canvas, clock, nullptr, 5, 5000).status, PresenterStatus::Finished);
    EXPECT_EQ(canvas.uploads.size(), 90u);
}

TEST_F(BadInputTest, StalledReadIsFailedByTheWatchdogAndNeverHangs) {
    // A FIFO whose writer stops sending mid-file: reads block in the kernel.
    const auto ts = makeMedia("counted4s.ts", countingVideoInput(4) + " -c:v libx264 -preset ultrafast -g 30");
    const auto fifo = tmp.path() / "stalled.ts";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    const int before = processThreads();
    std::ifstream in(ts, std::ios::binary);
    std::vector<char> data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::atomic<bool> release{false};
    // Joined however the test body ends (a failed ASSERT returns early).
    struct Joiner {
        std::atomic<bool>& release;
        std::thread t;
        ~Joiner() {
            release.store(true);
            if (t.joinable()) t.join();
        }
    } writer{release, std::thread([&] {
        const int fd = ::open(fifo.c_str(), O_WRONLY); // waits for the player to open it
        if (fd < 0) return;
        const size_t part = data.size() * 6 / 10;
        for (size_t off = 0; off < part;) {
            const ssize_t n = ::write(fd, data.data() + off, part - off);
            if (n <= 0) break;
            off += static_cast<size_t>(n);
        }
        while (!release.load()) std::this_thread::sleep_for(Ms(10));
        ::close(fd);
    })};
    {
        VideoPresenter p(opts(fifo));
        std::string error;
        ASSERT_TRUE(openAndStart(p, canvas, clock, nullptr, error)) << error;
        // Plays what arrived, then starves; the watchdog fails it one second later.
        EXPECT_EQ(playUntilStatus(p, canvas, clock, 10.0), PresenterStatus::Failed);
        EXPECT_NE(p.failureReason().find("stalled"), std::string::npos) << p.failureReason();
        EXPECT_GT(canvas.uploads.size(), 20u);
        const auto t0 = std::chrono::steady_clock::now();
        p.stop(); // the demux thread is still blocked in read(): stop must not wait for it
        EXPECT_LT(secondsSince(t0), 0.6);
    }
    release.store(true);
    writer.t.join();
    // The detached reader wakes (end of file), sees it was stopped, and exits on its own.
    // (Waited for, so this test's exit never races it: see MediaSource.cpp's registry.)
    EXPECT_TRUE(waitForProcessThreads(before)) << "a detached worker never ended";
}

TEST_F(BadInputTest, AFifoWithNoWriterTimesOutInOpen) {
    const auto fifo = tmp.path() / "nobody.ts";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    const int before = processThreads();
    VideoPresenter p(opts(fifo));
    std::string error;
    const auto t0 = std::chrono::steady_clock::now();
    EXPECT_FALSE(p.open(canvas, error));
    EXPECT_NE(error.find("timed out"), std::string::npos) << error;
    p.stop();
    EXPECT_LT(secondsSince(t0), 1.6);
    // Unblock the detached opener, and let it finish before the test's process exits.
    const int fd = ::open(fifo.c_str(), O_WRONLY | O_NONBLOCK);
    if (fd >= 0) ::close(fd);
    EXPECT_TRUE(waitForProcessThreads(before)) << "the detached opener never ended";
}

TEST_F(BadInputTest, CanvasRefusingFramesFailsTheItem) {
    canvas.refuseUploads = true;
    VideoPresenter p(opts(countedVideoOnly()));
    std::string error;
    EXPECT_FALSE(p.open(canvas, error)); // the first frame goes up in open()
    EXPECT_NE(error.find("refused"), std::string::npos) << error;
    EXPECT_EQ(p.status(), PresenterStatus::Failed);
}
