// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18: `signage play FILE.mp4` in a real window (X11, here under Xvfb) with an audio
// track never exited at the end of the file, its main thread busy in Stage::update. The
// player must exit when the file ends and use little CPU doing it: the CPU of the whole
// run is measured (getrusage of the reaped child), against the run's wall time.
#include <gtest/gtest.h>

#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "support/RunCommand.h"
#include "support/TempDir.h"

namespace signage::test {
namespace {

namespace fs = std::filesystem;

double childCpuSeconds() {
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

bool onPath(const std::string& tool) {
    return runCommand({"sh", "-c", "command -v " + tool}, 10).exitCode == 0;
}

// An X server of our own for the test's duration (killed and reaped at scope end).
class Xvfb {
public:
    Xvfb() {
        _display = 70 + static_cast<int>(getpid() % 200);
        _pid = fork();
        if (_pid == 0) {
            std::string d = ":" + std::to_string(_display);
            execlp("Xvfb", "Xvfb", d.c_str(), "-screen", "0", "640x480x24", "-nolisten", "tcp", static_cast<char*>(nullptr));
            _exit(127);
        }
        const fs::path socket = "/tmp/.X11-unix/X" + std::to_string(_display);
        for (int i = 0; i < 100 && !fs::exists(socket); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(50));
        _ok = fs::exists(socket);
    }
    ~Xvfb() {
        if (_pid > 0) {
            kill(_pid, SIGTERM);
            waitpid(_pid, nullptr, 0);
        }
    }
    bool ok() const { return _ok; }
    std::string display() const { return ":" + std::to_string(_display); }

private:
    int _display = 0;
    pid_t _pid = -1;
    bool _ok = false;
};

TEST(WindowedPlayback, AFileWithSoundEndsTheProcessAndDoesNotSpin) {
    if (!onPath("Xvfb") || !onPath("ffmpeg")) GTEST_SKIP() << "needs Xvfb and ffmpeg (scripts/install-deps)";
    TempDir tmp;
    const fs::path clip = tmp.path() / "clip.mp4";
    auto made = runCommand({"ffmpeg", "-y", "-loglevel", "error", "-f", "lavfi", "-i", "testsrc=size=320x240:rate=25:duration=2", "-f",
                            "lavfi", "-i", "sine=frequency=440:duration=2", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac",
                            "-shortest", clip.string()},
                           60);
    ASSERT_EQ(made.exitCode, 0) << made.err;
    Xvfb x;
    ASSERT_TRUE(x.ok()) << "Xvfb did not start";

    const double cpuBefore = childCpuSeconds();
    const auto start = std::chrono::steady_clock::now();
    auto r = runSignage({"play", clip.string(), "--window", "320x240", "--data-dir", (tmp.path() / "var").string()}, 20,
                        {"SDL_VIDEODRIVER=x11", "DISPLAY=" + x.display(), "SDL_AUDIODRIVER=dummy"});
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double cpu = childCpuSeconds() - cpuBefore;
    EXPECT_EQ(r.exitCode, 0) << "still running 20 s after a 2 s file (killed)\n" << r.err;
    EXPECT_LT(wall, 10.0) << "exits when the file ends";
    EXPECT_LT(cpu, 0.6 * wall) << "CPU " << cpu << " s over " << wall << " s: a busy loop";
    std::printf("2 s clip in an X11 window: wall %.2f s, CPU %.2f s (%.0f %%)\n", wall, cpu, 100 * cpu / wall);

    // The play log saw it complete (outcome 1), once (JSON rows, not log wording).
    auto rows = runCommand({"sqlite3", "-json", (tmp.path() / "var" / "playlog.sqlite").string(),
                            "SELECT outcome FROM plays"}, 30);
    if (rows.exitCode == 0) {
        EXPECT_EQ(rows.out.find("[{\"outcome\":1}]"), 0u) << rows.out;
    }
}

} // namespace
} // namespace signage::test
