// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <cmath>

#include "Drive.h"
#include "TestMedia.h"
#include "core/Lang.h"
#include "media/AudioPresenter.h"

using namespace signage;
using namespace signage::test;
using media::AudioOptions;
using media::AudioPresenter;
using render::PresenterStatus;

namespace {

// Stands in for the slide or image the app hands in.
class FakeBackground final : public render::Presenter {
public:
    explicit FakeBackground(bool ok, int* draws) : _ok(ok), _draws(draws) {}
    bool prepare(std::string& error) override {
        prepared = true;
        if (!_ok) error = "broken background";
        return _ok;
    }
    bool open(render::Canvas&, std::string&) override {
        EXPECT_TRUE(prepared) << "open() before prepare()";
        return true;
    }
    bool prepared = false;
    void draw(render::Canvas&, const render::RectF&, float, core::SteadyMs) override { ++*_draws; }

private:
    bool _ok;
    int* _draws;
};

class AudioPresenterTest : public ::testing::Test {
protected:
    void SetUp() override { core::setLang(core::Lang::En); }
    core::ManualClock clock;
    FakeCanvas canvas;
    audio::NullAudioOutput out{clock, audio::NullAudioOutput::Mode::Manual};
    int backgroundDraws = 0;

    AudioOptions opts(const std::filesystem::path& file) {
        AudioOptions o;
        o.file = file;
        o.audioOutput = &out;
        return o;
    }
};

} // namespace

TEST_F(AudioPresenterTest, PlaysToTheEndOverItsBackground) {
    AudioPresenter p(opts(sineMp3()), std::make_unique<FakeBackground>(true, &backgroundDraws));
    std::string error;
    ASSERT_TRUE(openAndStart(p, canvas, clock, &out, error)) << error;
    const Driven d = drive(p, canvas, clock, &out, 10, 3000);
    EXPECT_EQ(d.status, PresenterStatus::Finished);
    EXPECT_GE(d.at, 1000);
    EXPECT_LE(d.at, 1100); // MP3 frames round the end up a little
    EXPECT_GT(backgroundDraws, 50);
    EXPECT_TRUE(canvas.uploads.empty());
    p.stop();
    const auto f = p.facts();
    EXPECT_EQ(f.outcome, media::PlayOutcome::Completed);
    EXPECT_EQ(f.startedAt, 0);
    EXPECT_GE(f.played.count(), 1000);
    EXPECT_NE(f.decoder.find("mp3"), std::string::npos) << f.decoder;
}

TEST_F(AudioPresenterTest, ABrokenBackgroundDoesNotStopTheAnnouncement) {
    AudioPresenter p(opts(sineMp3()), std::make_unique<FakeBackground>(false, &backgroundDraws));
    std::string error;
    ASSERT_TRUE(openAndStart(p, canvas, clock, &out, error)) << error;
    EXPECT_EQ(drive(p, canvas, clock, &out, 10, 3000).status, PresenterStatus::Finished);
    EXPECT_EQ(backgroundDraws, 0);
    EXPECT_FALSE(canvas.fills.empty()); // the fill colour instead
}

TEST_F(AudioPresenterTest, TheSoundOfAVideoFileCanBeAnAudioItem) {
    AudioPresenter p(opts(countedClip()), nullptr);
    std::string error;
    ASSERT_TRUE(openAndStart(p, canvas, clock, &out, error)) << error;
    const Driven d = drive(p, canvas, clock, &out, 10, 5000);
    EXPECT_EQ(d.status, PresenterStatus::Finished);
    EXPECT_NEAR(static_cast<double>(d.at), 3000.0, 30.0);
    EXPECT_TRUE(canvas.uploads.empty());
}

TEST_F(AudioPresenterTest, VideoOnlyFileIsRefused) {
    AudioPresenter p(opts(countedVideoOnly()), nullptr);
    std::string error;
    EXPECT_FALSE(p.open(canvas, error));
    EXPECT_NE(error.find("no audio stream"), std::string::npos) << error;
    EXPECT_EQ(p.status(), PresenterStatus::Failed);
}

TEST_F(AudioPresenterTest, ItemVolumeScalesTheSamples) {
    auto peakAt = [&](float volume) {
        core::ManualClock c;
        audio::NullAudioOutput o(c, audio::NullAudioOutput::Mode::Manual);
        float peak = 0;
        o.setTap([&](core::SteadyMs, const float* s, std::size_t n) {
            for (std::size_t i = 0; i < n * 2; ++i) peak = std::max(peak, std::fabs(s[i]));
        });
        AudioOptions ao;
        ao.file = sineMp3();
        ao.audioOutput = &o;
        ao.volume = volume;
        AudioPresenter p(ao, nullptr);
        FakeCanvas fc;
        std::string error;
        EXPECT_TRUE(openAndStart(p, fc, c, &o, error)) << error;
        drive(p, fc, c, &o, 10, 500);
        return peak;
    };
    const float full = peakAt(1.0f), half = peakAt(0.5f);
    EXPECT_GT(full, 0.05f); // lavfi's sine is 1/8 full scale, -3 dB into each of two channels
    EXPECT_NEAR(half / full, 0.5f, 0.02f);
}

TEST_F(AudioPresenterTest, NextChangeWakesForStatusOverAStillBackground) {
    AudioPresenter p(opts(sineMp3()), nullptr);
    std::string error;
    ASSERT_TRUE(openAndStart(p, canvas, clock, &out, error)) << error;
    const auto next = p.nextChange(0);
    ASSERT_TRUE(next.has_value());
    EXPECT_GT(*next, 0);
    EXPECT_LE(*next, 500);
}
