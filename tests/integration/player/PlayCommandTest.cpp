// SPDX-License-Identifier: GPL-3.0-or-later
// `signage play` end to end: the real binary, headless and with SDL's offscreen driver.
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>

#include "ScreenshotChecks.h"
#include "support/NotifySocket.h"
#include "support/PlayLogQuery.h"
#include "support/RunCommand.h"
#include "support/TempDir.h"

using namespace signage::test;

namespace {

const std::string kDemo = std::string(SIGNAGE_SOURCE_DIR) + "/playlists/demo";

// The play log's outcome codes (playlog::Outcome).
constexpr const char* kFailedOrSkipped = "(3, 4)";

// Items of the play log's plays with `where` (SQL over plays p), in play order.
std::vector<std::string> playedItems(const TempDir& data, const std::string& where) {
    return queryColumn(playLogIn(data.path()),
                       "SELECT n.text FROM plays p JOIN names n ON n.id = p.item WHERE " + where + " ORDER BY p.seq");
}

// A one-playlist content dir with the given [[items]] TOML.
void writeContent(const TempDir& dir, const std::string& items) {
    dir.write("manifest.toml", "id = \"t\"\nname = \"Thử\"\nversion = \"1.0.0\"\ndefault_playlist = \"main\"\n");
    dir.write("playlists/main.toml", "name = \"main\"\n" + items);
    dir.write("slides/ok.toml", "title = \"Không chuyển khoản\"\nbullets = [\"Cơ quan công an không làm việc qua điện thoại\"]\nfooter = \"Gọi 113\"\n");
}

} // namespace

TEST(PlayCommand, HeadlessDemoPlaysItemsInOrderAndExits) {
    TempDir data;
    NotifySocket systemd;
    auto r = runSignage({"play", kDemo, "--headless", "--exit-after", "40s", "--clock-speed", "20", "--lang", "en",
                         "--data-dir", data.path().string()},
                        30, {systemd.env()});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    auto played = playedItems(data, "p.playlist = (SELECT id FROM names WHERE text = 'main')");
    ASSERT_GE(played.size(), 3u) << r.err;
    EXPECT_EQ(std::vector<std::string>(played.begin(), played.begin() + 3),
              (std::vector<std::string>{"intro", "item-2", "item-3"}));
    auto notes = systemd.received();
    EXPECT_NE(std::find(notes.begin(), notes.end(), "READY=1\nSTATUS=main/intro"), notes.end())
        << "the first frame is presented (systemd READY with what it shows)";
    EXPECT_TRUE(playedItems(data, std::string("p.outcome IN ") + kFailedOrSkipped).empty())
        << "nothing skipped: " << r.err;
}

TEST(PlayCommand, DemoLooksRightAtEveryResolution) {
    for (const char* size : {"1280x720", "1920x1080", "3840x2160", "1080x1920"}) {
        TempDir shots;
        auto r = runSignage({"play", kDemo, "--window", size, "--exit-after", "2500ms", "--screenshot-dir",
                             shots.path().string(), "--screenshot-every", "1s", "--lang", "en"},
                            60);
        ASSERT_EQ(r.exitCode, 0) << size << "\n" << r.err;
        auto pictures = readShots(shots.path());
        ASSERT_GE(pictures.size(), 2u) << size;
        int w = 0, h = 0;
        std::sscanf(size, "%dx%d", &w, &h);
        for (const auto& p : pictures) {
            EXPECT_EQ(p.w, w) << p.file;
            EXPECT_EQ(p.h, h) << p.file;
            EXPECT_GT(detailFraction(p), 0.02) << "blank-looking screenshot " << p.file;
            EXPECT_LT(blackFraction(p), 0.5) << "mostly black screenshot " << p.file;
        }
    }
}

TEST(PlayCommand, BrokenItemIsSkippedWithItsNameAndPlayingGoesOn) {
    TempDir dir;
    dir.write("media/broken.png", "this is not a PNG at all");
    writeContent(dir, "[[items]]\ntype = \"image\"\nfile = \"media/broken.png\"\nduration = \"5s\"\n"
                      "[[items]]\ntype = \"slide\"\nslide = \"ok\"\nduration = \"5s\"\n");
    TempDir shots, data;
    auto r = runSignage({"play", dir.path().string(), "--window", "640x360", "--exit-after", "1500ms",
                         "--screenshot-dir", shots.path().string(), "--screenshot-every", "500ms", "--lang", "en",
                         "--data-dir", data.path().string()},
                        30);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(playedItems(data, "p.outcome = 4 AND p.reason LIKE '%broken.png%'"), std::vector<std::string>{"item-1"})
        << "the broken image is logged as failed, with its name: " << r.err;
    EXPECT_EQ(playedItems(data, std::string("p.outcome NOT IN ") + kFailedOrSkipped),
              std::vector<std::string>{"item-2"})
        << "the slide plays: " << r.err;
    auto pictures = readShots(shots.path());
    ASSERT_FALSE(pictures.empty());
    for (const auto& p : pictures) EXPECT_LT(blackFraction(p), 0.5) << p.file;
}

TEST(PlayCommand, NothingPlayableShowsTheHotlineSlideNotBlack) {
    TempDir dir;
    dir.write("media/broken.jpg", "\xff\xd8 truncated");
    writeContent(dir, "[[items]]\ntype = \"image\"\nfile = \"media/broken.jpg\"\nduration = \"5s\"\n");
    for (const std::string& target : {dir.path().string(), dir.path().string() + "/does-not-exist"}) {
        TempDir shots, data;
        auto r = runSignage({"play", target, "--window", "640x360", "--exit-after", "1s", "--screenshot-dir",
                             shots.path().string(), "--screenshot-every", "400ms", "--lang", "en", "--data-dir",
                             data.path().string()},
                            30);
        EXPECT_EQ(r.exitCode, 0) << r.err;
        EXPECT_TRUE(playedItems(data, std::string("p.outcome NOT IN ") + kFailedOrSkipped).empty())
            << target << ": nothing was played: " << r.err;
        auto pictures = readShots(shots.path());
        ASSERT_FALSE(pictures.empty()) << target;
        EXPECT_GT(detailFraction(pictures.back()), 0.02);
        EXPECT_LT(blackFraction(pictures.back()), 0.5);
    }
}

TEST(PlayCommand, NfdSlideRendersExactlyLikeNfc) {
    TempDir dir;
    auto nfc = dir.write("nfc.toml", "title = \"Không chuyển khoản\"\nfooter = \"Gọi 113\"\n");
    auto nfd = dir.write("nfd.toml", "title = \"Kho\xcc\x82ng chuye\xcc\x82\xcc\x89n khoa\xcc\x89n\"\nfooter = \"Go\xcc\xa3i 113\"\n");
    std::vector<Shot> first;
    for (const auto& file : {nfc, nfd}) {
        TempDir shots;
        auto r = runSignage({"play", file.string(), "--window", "800x450", "--exit-after", "600ms", "--screenshot-dir",
                             shots.path().string(), "--screenshot-every", "500ms"},
                            30);
        ASSERT_EQ(r.exitCode, 0) << r.err;
        auto pictures = readShots(shots.path());
        ASSERT_FALSE(pictures.empty());
        if (first.empty()) first = pictures;
        else EXPECT_TRUE(pictures.front().rgba == first.front().rgba) << "NFD slide differs from NFC";
    }
}

TEST(PlayCommand, UsageErrorsExitTwo) {
    EXPECT_EQ(runSignage({"play", kDemo, "--window", "12"}).exitCode, 2);
    EXPECT_EQ(runSignage({"play", kDemo, "--headless", "--exit-after", "5x"}).exitCode, 2);
    EXPECT_EQ(runSignage({"play", kDemo, "--headless", "--clock-start", "yesterday"}).exitCode, 2);
    EXPECT_EQ(runSignage({"play", kDemo, "--headless", "--screenshot-every", "1s"}).exitCode, 2);
}

TEST(PlayCommand, SigtermStopsPromptly) {
    for (const char* mode : {"--headless", "--window=320x240"}) {
        std::string script = std::string(SIGNAGE_BINARY) + " play " + kDemo + " " + mode +
                             " & pid=$!; sleep 1; kill -TERM $pid; start=$(date +%s%N); wait $pid; rc=$?; "
                             "echo rc=$rc ms=$(( ($(date +%s%N) - start) / 1000000 ))";
        TempDir data;
        auto r = runCommand({"bash", "-c", script}, 30,
                            {"SDL_VIDEODRIVER=offscreen", "SDL_AUDIODRIVER=dummy", "SIGNAGE_DATA_DIR=" + data.path().string()});
        EXPECT_NE(r.out.find("rc=0"), std::string::npos) << mode << " " << r.out << r.err;
        std::smatch m;
        ASSERT_TRUE(std::regex_search(r.out, m, std::regex("ms=([0-9]+)")));
        // systemd waits TimeoutStopSec=10 s; the play log's last fsync'd commit is part of it.
        EXPECT_LT(std::stoi(m[1]), 5000) << mode;
    }
}

namespace {

// The dev-mode error band (PluginPresenter::paintDevError: #b00020 at 230/255) over the
// plugin's deep-blue background.
double errorBandFraction(const Shot& s) {
    std::size_t hits = 0, n = static_cast<std::size_t>(s.w) * static_cast<std::size_t>(s.h);
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint8_t* p = &s.rgba[i * 4];
        if (std::abs(p[0] - 0xa6) < 24 && std::abs(p[1] - 0x03) < 24 && std::abs(p[2] - 0x25) < 24) ++hits;
    }
    return n ? static_cast<double>(hits) / static_cast<double>(n) : 0;
}

void writeBrokenPlugin(const TempDir& dir, const std::string& folder) {
    dir.write(folder + "/plugin.toml", "name = \"broken\"\nversion = \"1.0.0\"\napi_version = 1\nfps = 10\n");
    dir.write(folder + "/main.lua", "function plugin.frame() error(\"broken on purpose\") end\n");
}

} // namespace

// Issue 18: a plugin's fault never paints its stack trace on a kiosk. Content named on
// the command line (how a box may run its content too) is not dev mode: the faulting
// plugin is skipped and the next item plays. Only `signage play PLUGIN_DIR` shows errors.
TEST(PlayCommand, StackTracesOnlyWhenPlayingAPluginFolder) {
    TempDir content;
    writeBrokenPlugin(content, "plugins/broken");
    writeContent(content, "[[items]]\ntype = \"plugin\"\nplugin = \"broken\"\nduration = \"20s\"\n"
                          "[[items]]\ntype = \"slide\"\nslide = \"ok\"\nduration = \"20s\"\n");
    {
        TempDir shots, data;
        auto r = runSignage({"play", content.path().string(), "--window", "640x360", "--exit-after", "2500ms",
                             "--screenshot-dir", shots.path().string(), "--screenshot-every", "500ms", "--lang", "en",
                             "--data-dir", data.path().string()},
                            30);
        EXPECT_EQ(r.exitCode, 0) << r.err;
        EXPECT_EQ(playedItems(data, "p.outcome = 4 AND p.reason LIKE '%broken on purpose%'"),
                  std::vector<std::string>{"item-1"})
            << "not dev mode: the faulting plugin fails (its fault in the play log) rather than showing it: " << r.err;
        auto pictures = readShots(shots.path());
        ASSERT_GE(pictures.size(), 3u);
        for (const auto& p : pictures) EXPECT_LT(errorBandFraction(p), 0.01) << "error band on a kiosk: " << p.file;
        EXPECT_EQ(playedItems(data, std::string("p.outcome NOT IN ") + kFailedOrSkipped),
                  std::vector<std::string>{"item-2"})
            << "the slide plays instead: " << r.err;
    }
    {
        TempDir shots, data;
        auto r = runSignage({"play", (content.path() / "plugins" / "broken").string(), "--window", "640x360",
                             "--exit-after", "2s", "--screenshot-dir", shots.path().string(), "--screenshot-every",
                             "500ms", "--lang", "en", "--data-dir", data.path().string()},
                            30);
        EXPECT_EQ(r.exitCode, 0) << r.err;
        EXPECT_EQ(playedItems(data, "p.outcome = 2 AND p.reason = 'shutdown'"), std::vector<std::string>{"broken"})
            << "plugin development mode: the faulting plugin stays up, showing its error, until the player stops: "
            << r.err;
        auto pictures = readShots(shots.path());
        ASSERT_FALSE(pictures.empty());
        EXPECT_GT(errorBandFraction(pictures.back()), 0.1)
            << "a plugin folder shows its error: " << pictures.back().file;
    }
}
