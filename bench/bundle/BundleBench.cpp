// SPDX-License-Identifier: GPL-3.0-or-later
// bundle_bench: the parts of the bundle benchmark the CLI cannot do alone.
//   bundle_bench generate DIR SIZE_MB VERSION   content dir with SIZE_MB of random
//                                               (incompressible) "media", made at bench time
//   bundle_bench import BUNDLE KEYS DATA_DIR    import on an ImportJob worker while this
//                                               thread runs a 60 Hz loop that reads the
//                                               progress once a frame, as the render thread
//                                               does; prints time, frame lateness, peak RSS
#include <sodium.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/resource.h>
#include <thread>
#include <vector>

#include "bundle/ImportJob.h"
#include "core/Log.h"

namespace fs = std::filesystem;
using namespace signage;
using Clock = std::chrono::steady_clock;

static int generate(const fs::path& dir, long sizeMb, const std::string& version) {
    if (sodium_init() < 0) return 3;
    fs::create_directories(dir / "media");
    fs::create_directories(dir / "slides");
    std::ofstream(dir / "manifest.toml") << "id = \"bench\"\nname = \"Bench\"\nversion = \"" << version << "\"\n";
    for (int i = 0; i < 20; ++i)
        std::ofstream(dir / "slides" / ("s" + std::to_string(i) + ".toml")) << "title = \"Không chuyển khoản " << i << "\"\n";
    // Ten videos of equal size plus a tail, written 1 MB at a time (never all in memory).
    std::vector<unsigned char> chunk(1 << 20);
    long perFile = std::max(1L, sizeMb / 10);
    for (long done = 0, n = 0; done < sizeMb; ++n) {
        long mb = std::min(perFile, sizeMb - done);
        std::ofstream out(dir / "media" / ("video" + std::to_string(n) + ".mp4"), std::ios::binary);
        for (long k = 0; k < mb; ++k) {
            randombytes_buf(chunk.data(), chunk.size());
            out.write(reinterpret_cast<const char*>(chunk.data()), static_cast<std::streamsize>(chunk.size()));
        }
        done += mb;
    }
    return 0;
}

/// The render thread's view: wake every 16.67 ms until `done()`, call `perFrame()`.
/// Returns how late each wake-up was past its deadline, in ms, sorted.
template <typename Done, typename PerFrame>
static std::vector<double> frameLoop(Done&& done, PerFrame&& perFrame) {
    const auto frame = std::chrono::microseconds(16667);
    std::vector<double> lateMs;
    auto next = Clock::now() + frame;
    while (!done()) {
        std::this_thread::sleep_until(next);
        lateMs.push_back(std::chrono::duration<double, std::milli>(Clock::now() - next).count());
        perFrame();
        next += frame;
        if (Clock::now() > next) next = Clock::now() + frame; // missed a frame: do not spiral
    }
    std::sort(lateMs.begin(), lateMs.end());
    return lateMs;
}

static void printFrames(const char* label, const std::vector<double>& lateMs) {
    auto pct = [&](double p) { return lateMs.empty() ? 0.0 : lateMs[std::min(lateMs.size() - 1, size_t(p * double(lateMs.size())))]; };
    std::printf("%s: %zu frames, wake-up lateness ms p50 %.2f  p99 %.2f  max %.2f\n", label, lateMs.size(), pct(0.5), pct(0.99),
                lateMs.empty() ? 0 : lateMs.back());
}

static int import(const fs::path& bundleFile, const fs::path& keys, const fs::path& dataDir) {
    core::setLogLevel(core::LogLevel::Warn);
    // Baseline: the same loop for 3 s with nothing importing (what the machine gives anyway).
    auto idleEnd = Clock::now() + std::chrono::seconds(3);
    printFrames("idle 60 Hz loop", frameLoop([&] { return Clock::now() >= idleEnd; }, [] {}));

    bundle::ImportOptions o;
    o.dataDir = dataDir;
    o.trustedKeys = bundle::TrustedKeys::load(keys);
    auto t0 = Clock::now();
    bundle::ImportJob job(bundleFile, bundleFile.parent_path(), o);
    size_t bannerBytes = 0; // read the progress and build the banner text once a frame
    auto lateMs = frameLoop([&] { return job.finished(); }, [&] { bannerBytes += job.bannerText().size(); });
    double seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    const bundle::ImportResult* r = job.result();
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    std::printf("result: %s\n", r->message().c_str());
    std::printf("import_seconds: %.2f (%.0f MB/s)\n", seconds, double(r->bytes) / (1 << 20) / seconds);
    printFrames("60 Hz loop during import", lateMs);
    std::printf("peak_rss_kb: %ld\n", ru.ru_maxrss);
    (void)bannerBytes;
    return r->ok() ? 0 : 1;
}

int main(int argc, char** argv) {
    std::string cmd = argc > 1 ? argv[1] : "";
    if (cmd == "generate" && argc == 5) return generate(argv[2], std::atol(argv[3]), argv[4]);
    if (cmd == "import" && argc == 5) return import(argv[2], argv[3], argv[4]);
    std::fprintf(stderr, "usage: bundle_bench generate DIR SIZE_MB VERSION | import BUNDLE KEYS DATA_DIR\n");
    return 2;
}
