// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <thread>

#include "audio/NullAudioOutput.h"
#include "audio/RingBuffer.h"
#include "audio/SdlAudioOutput.h"

using namespace signage;
using audio::AudioFormat;
using audio::NullAudioOutput;

namespace {

std::vector<float> ramp(size_t frames, int channels, float start = 0) {
    std::vector<float> v(frames * static_cast<size_t>(channels));
    for (size_t i = 0; i < v.size(); ++i) v[i] = start + static_cast<float>(i) * 1e-6f;
    return v;
}

// Wall-clock-free output at 1000 Hz mono: one frame per millisecond keeps the arithmetic visible.
constexpr AudioFormat kKiloHertz{1000, 1};

} // namespace

TEST(RingBuffer, WrapsAroundKeepingOrder) {
    audio::RingBuffer ring(8);
    float in[6] = {1, 2, 3, 4, 5, 6}, out[8] = {};
    EXPECT_EQ(ring.write(in, 6), 6u);
    EXPECT_EQ(ring.read(out, 4), 4u);
    EXPECT_EQ(ring.write(in, 6), 6u); // wraps
    EXPECT_EQ(ring.freeSpace(), 0u);
    EXPECT_EQ(ring.write(in, 1), 0u);
    EXPECT_EQ(ring.read(out, 8), 8u);
    const float expect[8] = {5, 6, 1, 2, 3, 4, 5, 6};
    for (int i = 0; i < 8; ++i) EXPECT_EQ(out[i], expect[i]) << i;
    EXPECT_EQ(ring.available(), 0u);
}

TEST(AudioStream, ClockRunsWithTheSamplesTheDeviceTakes) {
    core::ManualClock clock;
    NullAudioOutput out(clock, NullAudioOutput::Mode::Manual, kKiloHertz);
    auto s = out.createStream(0.5); // 500 frames
    const auto data = ramp(300, 1);
    EXPECT_EQ(s->write(data.data(), 300, std::chrono::milliseconds(0)), 300u);
    out.pump();
    clock.advance(50);
    out.pump();
    EXPECT_EQ(s->positionFrames(clock.steadyNow()), 0); // not playing: nothing taken
    EXPECT_EQ(s->bufferedFrames(), 300u);
    s->play(clock.steadyNow());
    clock.advance(100);
    out.pump(); // takes the 100 frames that play over the next 100 ms
    EXPECT_EQ(s->positionFrames(clock.steadyNow()), 0);
    EXPECT_EQ(s->positionFrames(clock.steadyNow() + 40), 40); // runs on between pumps
    EXPECT_EQ(s->positionFrames(clock.steadyNow() + 400), 100); // but not past what was taken
    clock.advance(100);
    out.pump();
    EXPECT_DOUBLE_EQ(s->positionMs(clock.steadyNow()), 100.0);
    EXPECT_FALSE(s->finished(clock.steadyNow()));
    s->markEnd();
    clock.advance(100);
    out.pump();
    clock.advance(100);
    out.pump(); // an underrun: only silence left; the clock stops at the last sample
    EXPECT_EQ(s->positionFrames(clock.steadyNow() + 500), 300);
    EXPECT_TRUE(s->finished(clock.steadyNow()));
}

TEST(AudioStream, WriterWaitsForRoomAndCloseReleasesIt) {
    core::ManualClock clock;
    NullAudioOutput out(clock, NullAudioOutput::Mode::Manual, kKiloHertz);
    auto s = out.createStream(0.1); // 100 frames
    const auto data = ramp(150, 1);
    const auto t0 = std::chrono::steady_clock::now();
    EXPECT_EQ(s->write(data.data(), 150, std::chrono::milliseconds(30)), 100u); // full after 100
    EXPECT_GE(std::chrono::steady_clock::now() - t0, std::chrono::milliseconds(25));
    std::thread closer([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        s->close();
    });
    EXPECT_EQ(s->write(data.data(), 50, std::chrono::seconds(5)), 0u); // returns on close, not after 5 s
    closer.join();
    EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(2));
}

TEST(AudioMixer, ItemGlobalAndQuietHoursVolumesMultiply) {
    core::ManualClock clock;
    NullAudioOutput out(clock, NullAudioOutput::Mode::Manual, kKiloHertz);
    std::vector<float> heard;
    out.setTap([&](core::SteadyMs, const float* s, std::size_t n) { heard.assign(s, s + n); });
    auto a = out.createStream(1.0);
    auto b = out.createStream(1.0);
    const std::vector<float> ones(1000, 0.5f);
    a->write(ones.data(), 1000, std::chrono::milliseconds(0));
    b->write(ones.data(), 1000, std::chrono::milliseconds(0));
    a->play(0);
    b->play(0);
    a->setVolume(0.8f);
    out.setGlobalVolume(0.5f);
    out.setQuietHoursVolume(0.5f);
    out.pump();
    clock.advance(10);
    out.pump();
    ASSERT_EQ(heard.size(), 10u);
    EXPECT_FLOAT_EQ(heard.back(), (0.5f * 0.8f + 0.5f) * 0.25f); // both streams, each with its gain
    // A gain change ramps across the next chunk instead of jumping (no click).
    out.setQuietHoursVolume(1.0f);
    clock.advance(10);
    out.pump();
    EXPECT_LT(heard.front(), heard.back());
    EXPECT_FLOAT_EQ(heard.back(), (0.5f * 0.8f + 0.5f) * 0.5f);
    // A stream whose owner lets go leaves the mix.
    b.reset();
    clock.advance(10);
    out.pump();
    EXPECT_EQ(out.streamCount(), 1u);
    EXPECT_FLOAT_EQ(heard.back(), 0.5f * 0.8f * 0.5f);
}

TEST(NullAudioOutput, ThreadedModeFollowsTheRealClock) {
    core::RealClock clock;
    NullAudioOutput out(clock); // its own thread
    auto s = out.createStream(1.0);
    const auto data = ramp(48000, 2);
    s->write(data.data(), 48000, std::chrono::milliseconds(0));
    const auto start = clock.steadyNow();
    s->play(start);
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    const double pos = s->positionMs(clock.steadyNow());
    EXPECT_GT(pos, 120.0);
    EXPECT_LT(pos, 260.0);
}

TEST(SdlAudioOutput, OpensTheDummyDriverAndItsClockRuns) {
    // The dummy driver consumes at the device rate without hardware (set here: CTest's
    // ENVIRONMENT list reaches only its first variable). An explicit setting wins.
    ::setenv("SDL_AUDIODRIVER", "dummy", 0);
    core::RealClock clock;
    std::string error;
    auto out = audio::SdlAudioOutput::open({}, clock, &error);
    if (!out) GTEST_SKIP() << "no SDL audio here: " << error;
    EXPECT_GT(out->format().sampleRate, 0);
    EXPECT_GT(out->format().channels, 0);
    EXPECT_NE(out->description().find("SDL audio"), std::string::npos);
    auto s = out->createStream(1.0);
    const auto frames = static_cast<size_t>(out->format().sampleRate);
    const auto data = ramp(frames, out->format().channels);
    s->write(data.data(), frames, std::chrono::milliseconds(0));
    s->play(clock.steadyNow());
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    EXPECT_GT(s->consumedFrames(), 0);
}
