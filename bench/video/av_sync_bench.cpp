// SPDX-License-Identifier: GPL-3.0-or-later
// Measures audio/video sync over a whole file as the pipeline presents it: a file whose
// picture flashes white (bottom half) exactly when its sound clicks (see run.sh for the
// recipe) is played on a manual clock in 5 ms steps, with the null audio output's tap
// timing each click as heard and a recording canvas timing each flash as uploaded.
// Runs as fast as decoding allows (a 10-minute file in well under a minute).
// Usage: av_sync_bench FILE
#include <cmath>
#include <cstdio>
#include <vector>

#include "audio/NullAudioOutput.h"
#include "core/Clock.h"
#include "core/Lang.h"
#include "media/VideoPresenter.h"

using namespace signage;

namespace {

// Records when flash frames are uploaded. Render thread only.
struct FlashCanvas final : render::Canvas {
    core::SteadyMs now = 0;
    std::vector<double> flashes;
    bool lastFlash = false;

    struct Frame final : render::FramePicture {
        FlashCanvas& c;
        int w, h;
        Frame(FlashCanvas& canvas, int width, int height) : c(canvas), w(width), h(height) {}
        render::Size size() const override { return {w, h}; }
        bool update(const std::uint8_t* const planes[3], const int pitches[3]) override {
            const bool flash = planes[0][(3 * h / 4) * pitches[0] + w / 2] > 128;
            if (flash && !c.lastFlash) c.flashes.push_back(static_cast<double>(c.now));
            c.lastFlash = flash;
            return true;
        }
    };

    render::Size size() const override { return {1280, 720}; }
    void clear(content::Color) override {}
    void fillRect(const render::RectF&, content::Color) override {}
    void drawPicture(const render::Picture&, const render::RectF&, float, std::optional<render::RectF>) override {}
    void setClip(std::optional<render::RectF>) override {}
    std::shared_ptr<render::Picture> loadPicture(const std::filesystem::path&, std::string*, render::Size) override {
        return nullptr;
    }
    std::shared_ptr<render::Picture> makePicture(const std::uint8_t*, int, int, int) override { return nullptr; }
    std::shared_ptr<render::FramePicture> makeFramePicture(int w, int h, render::FrameFormat) override {
        return std::make_shared<Frame>(*this, w, h);
    }
    void present() override {}
    bool readPixels(std::vector<std::uint8_t>&, render::Size&) override { return false; }
};

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s FILE\n", argv[0]);
        return 2;
    }
    core::setLang(core::Lang::En);
    core::ManualClock clock;
    audio::NullAudioOutput out(clock, audio::NullAudioOutput::Mode::Manual);
    std::vector<double> clicks;
    double quietSince = -1e9;
    out.setTap([&](core::SteadyMs start, const float* s, std::size_t frames) {
        const int ch = out.format().channels;
        for (std::size_t i = 0; i < frames; ++i) {
            const double t = static_cast<double>(start) + static_cast<double>(i) * 1000.0 / out.format().sampleRate;
            if (std::fabs(s[i * static_cast<std::size_t>(ch)]) > 0.2f) {
                if (t - quietSince > 100) clicks.push_back(t);
                quietSince = t;
            }
        }
    });
    media::VideoOptions o;
    o.file = argv[1];
    o.audioOutput = &out;
    o.openWait = std::chrono::milliseconds(5000);
    media::VideoPresenter p(o);
    FlashCanvas canvas;
    std::string error;
    if (!p.open(canvas, error)) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 3;
    }
    p.start(0);
    out.pump();
    const render::RectF area{0, 0, 1280, 720};
    p.draw(canvas, area, 1.0f, 0);
    while (p.status() == render::PresenterStatus::Playing) {
        p.waitBuffered(std::chrono::milliseconds(5000));
        clock.advance(5);
        out.pump();
        canvas.now = clock.steadyNow();
        p.draw(canvas, area, 1.0f, canvas.now);
    }
    const auto f = p.facts();
    const std::size_t n = std::min(clicks.size(), canvas.flashes.size());
    double worst = 0, sum = 0, firstHalf = 0, lastHalf = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double d = canvas.flashes[i] - clicks[i]; // > 0: picture after sound
        worst = std::max(worst, std::fabs(d));
        sum += d;
        (i < n / 2 ? firstHalf : lastHalf) += d;
    }
    std::printf("file=%s outcome=%s played_ms=%lld flashes=%zu clicks=%zu max_abs_offset_ms=%.1f mean_offset_ms=%.2f "
                "drift_ms=%.2f frames_dropped=%lld\n",
                o.file.filename().c_str(), media::outcomeName(f.outcome), static_cast<long long>(f.played.count()),
                canvas.flashes.size(), clicks.size(), worst, n ? sum / static_cast<double>(n) : 0.0,
                n >= 2 ? lastHalf / static_cast<double>(n - n / 2) - firstHalf / static_cast<double>(n / 2) : 0.0,
                static_cast<long long>(f.framesDropped));
    return (n == 0 || clicks.size() != canvas.flashes.size()) ? 1 : 0;
}
