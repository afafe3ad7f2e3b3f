// SPDX-License-Identifier: GPL-3.0-or-later
// Plays one media file through the real pipeline in real time, headless: demux and decode
// threads, audio resampled into a NullAudioOutput whose clock leads, frame pacing by
// VideoPresenter::nextChange(), a null canvas (no uploads), like `signage play --headless`.
// Prints one line of figures. Usage:
//   decode_bench FILE [--seconds S] [--no-audio] [--threads N] [--hwdec auto|no] [--loop] [--queue N]
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>

#include "audio/NullAudioOutput.h"
#include "core/Clock.h"
#include "core/Lang.h"
#include "core/ProcessInfo.h"
#include "media/VideoPresenter.h"

using namespace signage;

namespace {

class NullCanvas final : public render::Canvas {
public:
    bool isNull() const override { return true; }
    render::Size size() const override { return {1920, 1080}; }
    void clear(content::Color) override {}
    void fillRect(const render::RectF&, content::Color) override {}
    void drawPicture(const render::Picture&, const render::RectF&, float, std::optional<render::RectF>) override {}
    void setClip(std::optional<render::RectF>) override {}
    std::shared_ptr<render::Picture> loadPicture(const std::filesystem::path&, std::string*, render::Size) override {
        return nullptr;
    }
    std::shared_ptr<render::Picture> makePicture(const std::uint8_t*, int, int, int) override { return nullptr; }
    std::shared_ptr<render::FramePicture> makeFramePicture(int, int, render::FrameFormat) override { return nullptr; }
    void present() override {}
    bool readPixels(std::vector<std::uint8_t>&, render::Size&) override { return false; }
};

double cpuSeconds() {
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
           static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE [--seconds S] [--no-audio] [--threads N] [--hwdec X] [--loop]\n", argv[0]);
        return 2;
    }
    core::setLang(core::Lang::En);
    media::VideoOptions o;
    o.file = argv[1];
    double limitSeconds = 0;
    bool withAudio = true;
    for (int i = 2; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--seconds" && i + 1 < argc) limitSeconds = std::stod(argv[++i]);
        else if (a == "--no-audio") withAudio = false;
        else if (a == "--threads" && i + 1 < argc) o.decodeThreads = std::stoi(argv[++i]);
        else if (a == "--hwdec" && i + 1 < argc) o.hwdec = argv[++i];
        else if (a == "--loop") o.loop = true;
        else if (a == "--queue" && i + 1 < argc) o.frameQueue = static_cast<std::size_t>(std::stoi(argv[++i]));
        else {
            std::fprintf(stderr, "unknown option %s\n", a.c_str());
            return 2;
        }
    }
    core::RealClock clock;
    audio::NullAudioOutput out(clock);
    if (withAudio) o.audioOutput = &out;
    o.openWait = std::chrono::milliseconds(3000);
    NullCanvas canvas;
    const render::RectF area{0, 0, 1920, 1080};

    const auto wall0 = std::chrono::steady_clock::now();
    media::VideoPresenter p(o);
    std::string error;
    const auto openStart = clock.steadyNow();
    if (!p.open(canvas, error)) {
        std::fprintf(stderr, "open failed: %s\n", error.c_str());
        return 3;
    }
    const auto openMs = clock.steadyNow() - openStart;
    const core::SteadyMs start = clock.steadyNow();
    p.start(start);
    core::SteadyMs now = start;
    std::int64_t wakeups = 0, lateWakeups = 0;
    while (true) {
        p.draw(canvas, area, 1.0f, now);
        const auto st = p.status();
        if (st != render::PresenterStatus::Playing) break;
        if (limitSeconds > 0 && static_cast<double>(now - start) >= limitSeconds * 1000.0) break;
        // The main loop's sleep: until the next frame is due (SDL_WaitEventTimeout in the player).
        const auto next = p.nextChange(now).value_or(now + 100);
        const auto waitMs = next - clock.steadyNow();
        if (waitMs > 0) std::this_thread::sleep_for(std::chrono::milliseconds(waitMs));
        now = clock.steadyNow();
        ++wakeups;
        if (now > next + 5) ++lateWakeups;
    }
    const auto stopStart = std::chrono::steady_clock::now();
    p.stop();
    const double stopMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - stopStart).count();
    const auto f = p.facts();
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count();
    std::printf("file=%s outcome=%s played_ms=%lld frames_shown=%lld frames_dropped=%lld skipped_by_decoder=%lld wakeups=%lld late_wakeups=%lld "
                "open_ms=%lld stop_ms=%.1f wall_s=%.2f cpu_s=%.3f peak_rss_kb=%ld decoder=\"%s\"%s%s\n",
                o.file.filename().c_str(), media::outcomeName(f.outcome), static_cast<long long>(f.played.count()),
                static_cast<long long>(f.framesShown), static_cast<long long>(f.framesDropped),
                static_cast<long long>(f.framesSkipped), static_cast<long long>(wakeups), static_cast<long long>(lateWakeups), static_cast<long long>(openMs),
                stopMs, wall, cpuSeconds(), core::peakRssKb(), f.decoder.c_str(), f.reason.empty() ? "" : " reason=",
                f.reason.c_str());
    return f.outcome == media::PlayOutcome::Failed ? 3 : 0;
}
