// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18: at a fast virtual clock (≥ 2000×) NullAudioOutput::pump grew its buffer with
// the clock time due (1.3 GB of RSS in a second at 10000×). It mixes in bounded chunks
// now and drops what is beyond its catch-up window.
#include <gtest/gtest.h>

#include <thread>

#include "audio/AudioMixer.h"
#include "audio/NullAudioOutput.h"
#include "core/Clock.h"
#include "core/ProcessInfo.h"

namespace signage::test {
namespace {

TEST(NullAudioOutput, ALongGapIsMixedInBoundedChunksAndCappedInTotal) {
    core::ManualClock clock;
    audio::NullAudioOutput out(clock, audio::NullAudioOutput::Mode::Manual);
    std::size_t biggest = 0, total = 0;
    core::SteadyMs lastStart = -1;
    bool ordered = true;
    out.setTap([&](core::SteadyMs start, const float*, std::size_t frames) {
        biggest = std::max(biggest, frames);
        total += frames;
        ordered = ordered && start >= lastStart;
        lastStart = start;
    });
    out.pump(); // starts the device clock
    clock.advance(20);
    out.pump();
    EXPECT_EQ(total, 960u) << "20 ms at 48 kHz, as before";
    EXPECT_EQ(lastStart, 20) << "a normal pump is heard from now";
    total = 0;
    clock.advance(10 * 60 * 1000); // ten minutes of clock time at once (10000× for 60 ms)
    out.pump();
    EXPECT_LE(biggest, 4800u) << "no buffer larger than 100 ms";
    EXPECT_LE(total, 2u * 48000u) << "at most 2 s caught up per pump";
    EXPECT_GT(total, 0u);
    EXPECT_TRUE(ordered);
    total = 0;
    clock.advance(20);
    out.pump();
    EXPECT_EQ(total, 960u) << "back to normal after the overrun";
}

TEST(NullAudioOutput, RssStaysFlatAtTenThousandTimesRealTime) {
    core::VirtualClock clock(0, 10000.0);
    const long before = core::peakRssKb();
    {
        audio::NullAudioOutput out(clock); // its own thread, as --headless runs it
        std::this_thread::sleep_for(std::chrono::milliseconds(1000));
    }
    const long grown = core::peakRssKb() - before;
    EXPECT_LT(grown, 32 * 1024) << "peak RSS grew by " << grown << " kB in one second at 10000×";
}

} // namespace
} // namespace signage::test

namespace signage::test {
namespace {

// Issue 18: with a device queue (SDL: latencyFrames > 0) the clock of a stream that ran
// dry stopped `latency` frames short of its end, so a video with sound never finished
// (`signage play FILE.mp4` in a window never exited). The last frames handed to the
// device are heard once its queue drains.
TEST(AudioMixer, AStreamBehindADeviceQueueFinishesOnceTheQueueDrains) {
    audio::AudioMixer mixer(audio::AudioFormat{});
    auto stream = mixer.createStream(1.0);
    std::vector<float> samples(480 * 2, 0.25f); // 10 ms
    ASSERT_EQ(stream->write(samples.data(), 480, std::chrono::milliseconds(0)), 480u);
    stream->markEnd();
    stream->play(0);
    std::vector<float> out(1024 * 2);
    const std::int64_t latency = 2048; // ~43 ms of device queue
    mixer.mix(out.data(), 1024, 0, latency);
    mixer.mix(out.data(), 1024, 21, latency); // dry: nothing more to hand over
    mixer.mix(out.data(), 1024, 42, latency);
    EXPECT_FALSE(stream->finished(42)) << "still in the device's queue";
    mixer.mix(out.data(), 1024, 64, latency);
    EXPECT_TRUE(stream->finished(100)) << "heard by 43 + 10 ms; position " << stream->positionFrames(100);
}

} // namespace
} // namespace signage::test
