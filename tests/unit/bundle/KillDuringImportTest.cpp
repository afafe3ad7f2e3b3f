// SPDX-License-Identifier: GPL-3.0-or-later
// kill -9 at random points of an import never leaves the box without playable content:
// a child process imports, the parent kills it at a random moment, and DATA_DIR/content
// must point at a complete bundle (the old one or the new one) right away, before any
// recovery runs. Then recovery cleans up and the next import works.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <csignal>
#include <random>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include "BundleFixtures.h"
#include "bundle/BundleStore.h"
#include "core/Log.h"
#include "support/TempDir.h"

namespace signage::test {
namespace {

TEST(KillDuringImport, NeverLeavesTheBoxWithoutPlayableContent) {
    constexpr int kIterations = 24;
    core::setLogLevel(core::LogLevel::Error);
    TempDir tmp;
    TestKey key = makeKey(tmp.path() / "keys", "ward");
    fs::path data = tmp.path() / "data";
    std::vector<std::pair<std::string, size_t>> files;
    for (int i = 0; i < 24; ++i) files.push_back({"media/f" + std::to_string(i) + ".bin", 160 * 1024});
    files.push_back({"slides/intro.toml", 200});
    fs::path content = makeContent(tmp.path() / "content", "1.0.0", files);
    auto makeVersion = [&](int n) { // same media, a new version: only the manifest changes
        std::string v = "1." + std::to_string(n) + ".0";
        writeFile(content / "manifest.toml", "id = \"demo\"\nname = \"Nội dung mẫu\"\nversion = \"" + v + "\"\n");
        return makeBundle(content, key, tmp.path() / ("v" + v + ".bundle"));
    };
    ASSERT_TRUE(bundle::importBundle(makeVersion(0), optionsFor(data, key)).ok());

    // How long one import takes here, to spread the kills over all of it.
    fs::path calibration = makeVersion(1);
    auto t0 = std::chrono::steady_clock::now();
    ASSERT_TRUE(bundle::importBundle(calibration, optionsFor(data, key)).ok());
    auto importUs = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t0).count();

    std::mt19937 rng(20250801);
    int killedMidway = 0;
    long long makeUs = 0;
    int switched = 0; // iterations that ended on the new version (killed after the switch, or not killed)
    std::string lastTarget = contentTarget(data);
    for (int i = 0; i < kIterations; ++i) {
        auto m0 = std::chrono::steady_clock::now();
        fs::path next = makeVersion(i + 2);
        makeUs += std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - m0).count();
        // Stratified: iteration i kills somewhere in slice i of [0, 1.5 × import time], so
        // the kills cover every phase (verify, unpack, sync, switch, prune) in every run.
        double slice = double(importUs) * 1.5 / kIterations;
        auto delay = static_cast<long>(slice * (i + std::uniform_real_distribution<double>(0, 1)(rng)));
        pid_t pid = fork();
        ASSERT_GE(pid, 0);
        if (pid == 0) {
            auto r = bundle::importBundle(next, optionsFor(data, key));
            _exit(r.ok() ? 0 : 1);
        }
        std::this_thread::sleep_for(std::chrono::microseconds(delay));
        kill(pid, SIGKILL);
        int status = 0;
        waitpid(pid, &status, 0);
        if (WIFSIGNALED(status)) ++killedMidway;
        if (contentTarget(data) != lastTarget) ++switched;
        lastTarget = contentTarget(data);
        ASSERT_EQ(playableProblem(data), "") << "iteration " << i << ", killed after " << delay << " us";
        bundle::recoverStore(data);
        ASSERT_EQ(playableProblem(data), "") << "after recovery, iteration " << i;
        ASSERT_TRUE(leftovers(data).empty()) << "iteration " << i;
        for (const auto& b : bundle::BundleStore(data).installed()) // every rollback target is whole too
            ASSERT_EQ(contentProblem(b.contentDir()), "") << b.dir << ", iteration " << i;
    }
    std::fprintf(stderr, "import %lld us, bundle making %lld us per iteration, %d of %d killed mid-import, %d ended on the new version\n",
                 (long long)importUs, makeUs / kIterations, killedMidway, kIterations, switched);
    EXPECT_GE(killedMidway, kIterations / 3) << "too few kills landed during an import (" << importUs << " us each)";
    auto last = bundle::importBundle(makeVersion(kIterations + 2), optionsFor(data, key));
    EXPECT_TRUE(last.ok()) << last.message();
    EXPECT_EQ(playableProblem(data), "");
}

} // namespace
} // namespace signage::test
