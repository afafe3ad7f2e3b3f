// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13: gapless proven in the real player, frame by frame. `signage play --frame-log`
// (SDL's offscreen driver, a real SDL renderer) writes one line per presented frame with a
// 16x9 thumbnail of the picture read back after the present. Two tiny H.264 clips made
// here with ffmpeg carry their identity (grey level of the bottom half) and their frame
// number (8 bit columns across the top half) in the picture; a slide has a red
// background. The playlist va, vb, slide loops past 20 video→video, video→slide and
// slide→video boundaries; from the pixels alone the test checks: no black frame, every
// frame shows the item the Stage says is on screen (no stale frame of the previous item),
// no gap at a boundary longer than a frame interval (plus scheduling slack on a loaded
// box), and each clip's frames from its first to its last in order.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "support/RunCommand.h"
#include "support/TempDir.h"

namespace signage::test {
namespace {

namespace fs = std::filesystem;

constexpr int kThumbW = 16, kThumbH = 9;
constexpr int kClipFrames = 18;       // 0.6 s at 30 fps
constexpr double kFrameUs = 1e6 / 30; // one frame interval
constexpr double kSlideUs = 400e3;    // the slide's duration
// Scheduling jitter allowed on a loaded 2-core box: less than a frame interval, so one
// frame shown twice as long (a stall, a missing frame) fails. Measured: <= 4 ms.
constexpr double kSlackUs = 25e3;
constexpr double kBlackLuma = 20; // every picture here is brighter (>= 60)

enum class Shows { ClipA, ClipB, Slide, Unknown };
const char* name(Shows s) {
    switch (s) {
    case Shows::ClipA: return "clip A";
    case Shows::ClipB: return "clip B";
    case Shows::Slide: return "slide";
    case Shows::Unknown: break;
    }
    return "unknown picture";
}

struct Frame {
    long long seq = 0, us = 0;
    std::string label, hash;
    int w = 0, h = 0;
    double luma = 0;
    std::vector<int> thumb; // RGB
    int lumaAt(int x, int y) const {
        const int* p = &thumb[static_cast<size_t>((y * kThumbW + x) * 3)];
        return (299 * p[0] + 587 * p[1] + 114 * p[2]) / 1000;
    }
};

// What the picture shows, from its pixels only.
Shows classify(const Frame& f) {
    double chroma = 0;
    for (size_t i = 0; i + 2 < f.thumb.size(); i += 3)
        chroma += std::max({std::abs(f.thumb[i] - f.thumb[i + 1]), std::abs(f.thumb[i + 1] - f.thumb[i + 2]),
                            std::abs(f.thumb[i] - f.thumb[i + 2])});
    chroma /= kThumbW * kThumbH;
    if (chroma > 40) return Shows::Slide;
    double bottom = 0;
    for (int y = 6; y < kThumbH; ++y)
        for (int x = 0; x < kThumbW; ++x) bottom += f.lumaAt(x, y);
    bottom /= 3 * kThumbW;
    if (bottom > 80 && bottom < 130) return Shows::ClipA;
    if (bottom > 145 && bottom < 200) return Shows::ClipB;
    return Shows::Unknown;
}

// The frame number drawn into a clip's top half (column b white: bit b set).
int frameCode(const Frame& f) {
    int code = 0;
    for (int bit = 0; bit < 8; ++bit) {
        double sum = 0;
        for (int y = 0; y < 4; ++y) sum += f.lumaAt(2 * bit, y) + f.lumaAt(2 * bit + 1, y);
        if (sum / 8 > 150) code |= 1 << bit;
    }
    return code;
}

Shows expected(const std::string& label) {
    if (label == "main/va") return Shows::ClipA;
    if (label == "main/vb") return Shows::ClipB;
    if (label == "main/s") return Shows::Slide;
    return Shows::Unknown;
}

std::vector<Frame> readFrameLog(const fs::path& file, std::string& end) {
    std::vector<Frame> frames;
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("# end", 0) == 0) end = line;
        if (line.empty() || line[0] == '#') continue;
        std::istringstream s(line);
        Frame f;
        std::string hex;
        s >> f.seq >> f.us >> f.label >> f.w >> f.h >> f.luma >> f.hash >> hex;
        if (hex.size() != kThumbW * kThumbH * 6) {
            ADD_FAILURE() << "bad frame-log line: " << line.substr(0, 120);
            continue;
        }
        for (size_t i = 0; i < hex.size(); i += 2) f.thumb.push_back(std::stoi(hex.substr(i, 2), nullptr, 16));
        frames.push_back(std::move(f));
    }
    return frames;
}

// A clip of 18 frames: bottom half grey `bg`, top half the frame number in 8 columns.
void makeClip(const fs::path& out, const std::string& bg) {
    std::string filter =
        "color=c=0x" + bg + ":s=320x180:r=30:d=0.6,format=yuv420p,drawbox=x=0:y=0:w=iw:h=ih/2:color=0x3c3c3c:t=fill";
    for (int bit = 0; bit < 8; ++bit)
        filter += ",drawbox=x=iw*" + std::to_string(bit) + "/8:y=0:w=iw/8:h=ih/2:color=white:t=fill:enable='bitand(n," +
                  std::to_string(1 << bit) + ")'";
    auto made = runCommand({"ffmpeg", "-y", "-loglevel", "error", "-f", "lavfi", "-i", filter, "-c:v", "libx264",
                            "-preset", "ultrafast", "-pix_fmt", "yuv420p", out.string()},
                           60);
    ASSERT_EQ(made.exitCode, 0) << made.err;
}

// One item's time on screen: consecutive frames with the same label.
struct Play {
    std::string label;
    size_t first = 0, last = 0; // indices into the frames
};

TEST(Gapless, EveryPresentedFrameAcrossTwentyBoundariesShowsTheRightItem) {
    if (runCommand({"sh", "-c", "command -v ffmpeg"}, 10).exitCode != 0)
        GTEST_SKIP() << "needs ffmpeg (scripts/install-deps)";
    TempDir dir;
    fs::create_directories(dir.path() / "media");
    ASSERT_NO_FATAL_FAILURE(makeClip(dir.path() / "media" / "va.mp4", "646464"));
    ASSERT_NO_FATAL_FAILURE(makeClip(dir.path() / "media" / "vb.mp4", "aaaaaa"));
    dir.write("manifest.toml", "id = \"t\"\nname = \"Thử\"\nversion = \"1.0.0\"\ndefault_playlist = \"main\"\n");
    dir.write("playlists/main.toml", "name = \"main\"\n"
                                     "[[items]]\nid = \"va\"\ntype = \"video\"\nfile = \"media/va.mp4\"\n"
                                     "[[items]]\nid = \"vb\"\ntype = \"video\"\nfile = \"media/vb.mp4\"\n"
                                     "[[items]]\nid = \"s\"\ntype = \"slide\"\nslide = \"s\"\nduration = \"400ms\"\n");
    dir.write("slides/s.toml", "title = \"Không chuyển khoản\"\nbullets = [\"Công an không làm việc qua điện thoại\"]\n"
                               "[theme]\nbackground = \"#c02020\"\n");
    const fs::path log = dir.path() / "frames.log";
    // 7 rounds of 1.6 s: 21 boundaries (the last round may be cut by --exit-after).
    auto r = runSignage({"play", dir.path().string(), "--window", "320x180", "--exit-after", "12s", "--frame-log",
                         log.string(), "--data-dir", (dir.path() / "var").string(), "--lang", "en"},
                        60, {"SDL_AUDIODRIVER=dummy"});
    ASSERT_EQ(r.exitCode, 0) << r.err;

    std::string end;
    const std::vector<Frame> frames = readFrameLog(log, end);
    ASSERT_FALSE(frames.empty()) << r.err;
    // Every presented frame has its line: none dropped by the writer, none missing.
    EXPECT_EQ(end, "# end frames=" + std::to_string(frames.size()) + " dropped=0");
    for (size_t i = 0; i < frames.size(); ++i)
        ASSERT_EQ(frames[i].seq, static_cast<long long>(i + 1)) << "frame lines missing";

    std::vector<Play> plays;
    int black = 0;
    for (size_t i = 0; i < frames.size(); ++i) {
        const Frame& f = frames[i];
        EXPECT_EQ(f.w, 320);
        EXPECT_EQ(f.h, 180);
        EXPECT_GE(f.luma, kBlackLuma) << "black frame " << f.seq << " (" << f.label << ")";
        if (f.luma < kBlackLuma) ++black;
        EXPECT_EQ(name(classify(f)), std::string(name(expected(f.label))))
            << "frame " << f.seq << " labelled " << f.label << " shows something else (stale or wrong picture)";
        if (plays.empty() || plays.back().label != f.label) plays.push_back({f.label, i, i});
        plays.back().last = i;
    }

    // The order of the playlist, round after round: va, vb, s.
    const std::vector<std::string> order = {"main/va", "main/vb", "main/s"};
    ASSERT_GE(plays.size(), 21u) << "too few items played in 12 s";
    for (size_t p = 0; p < plays.size(); ++p) EXPECT_EQ(plays[p].label, order[p % 3]) << "play " << p;

    std::map<std::string, int> kinds;
    double worstVideoLateUs = 0, worstSlideLateUs = 0;
    int skipped = 0, repeated = 0;
    for (size_t p = 0; p + 1 < plays.size(); ++p) {
        const Play& a = plays[p];
        const Play& b = plays[p + 1];
        const bool aVideo = expected(a.label) != Shows::Slide, bVideo = expected(b.label) != Shows::Slide;
        ++kinds[std::string(aVideo ? "video" : "slide") + "→" + (bVideo ? "video" : "slide")];
        // No frame of the outgoing item once the new one showed (same picture: same hash).
        std::set<std::string> before;
        for (size_t i = a.first; i <= a.last; ++i) before.insert(frames[i].hash);
        for (size_t i = b.first; i <= b.last; ++i)
            EXPECT_FALSE(before.count(frames[i].hash))
                << "frame " << frames[i].seq << " of " << b.label << " repeats " << a.label;
        // The new picture is on time: one frame interval after the last video frame, or at
        // most one frame interval late after the slide's duration.
        const double gap = static_cast<double>(frames[b.first].us - frames[aVideo ? a.last : a.first].us);
        const double late = gap - (aVideo ? kFrameUs : kSlideUs);
        EXPECT_LE(late, (aVideo ? 0 : kFrameUs) + kSlackUs)
            << a.label << " → " << b.label << " at frame " << frames[b.first].seq << ": " << gap / 1000 << " ms";
        double& worst = aVideo ? worstVideoLateUs : worstSlideLateUs;
        worst = std::max(worst, late);
        if (!aVideo) {
            EXPECT_GE(gap, kSlideUs - kSlackUs) << "slide cut short at frame " << frames[a.first].seq;
        }
        // A whole clip (not the last, cut by --exit-after): frame 0 first, frame 17 last, in order.
        if (aVideo) {
            std::vector<int> codes;
            for (size_t i = a.first; i <= a.last; ++i) codes.push_back(frameCode(frames[i]));
            EXPECT_EQ(codes.front(), 0) << a.label << " did not start at its first frame (frame " << frames[a.first].seq
                                        << ")";
            EXPECT_EQ(codes.back(), kClipFrames - 1)
                << a.label << " did not end at its last frame (frame " << frames[a.last].seq << ")";
            for (size_t i = 1; i < codes.size(); ++i) {
                EXPECT_GE(codes[i], codes[i - 1]) << a.label << " went back at frame " << frames[a.first + i].seq;
                if (codes[i] == codes[i - 1]) ++repeated;
                if (codes[i] > codes[i - 1] + 1) skipped += codes[i] - codes[i - 1] - 1;
                EXPECT_LE(static_cast<double>(frames[a.first + i].us - frames[a.first + i - 1].us), kFrameUs + kSlackUs)
                    << a.label << " stalled before frame " << frames[a.first + i].seq;
            }
        }
    }
    int boundaries = 0;
    for (const auto& [kind, n] : kinds) boundaries += n;
    EXPECT_GE(boundaries, 20);
    EXPECT_GE(kinds["video→video"], 6);
    EXPECT_GE(kinds["video→slide"], 6);
    EXPECT_GE(kinds["slide→video"], 6);
    // Frames decoded but not shown (the player running late), over ~14 whole clips.
    EXPECT_LE(skipped, 6) << "video frames skipped";
    std::printf("gapless: %zu frames, %d boundaries (%d video→video, %d video→slide, %d slide→video), %d black, "
                "worst lateness after a video %.1f ms, after a slide %.1f ms, %d frames skipped, %d repeated\n",
                frames.size(), boundaries, kinds["video→video"], kinds["video→slide"], kinds["slide→video"], black,
                worstVideoLateUs / 1000, worstSlideLateUs / 1000, skipped, repeated);
}

} // namespace
} // namespace signage::test
