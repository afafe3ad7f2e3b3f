// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13: gapless proven in the real player, frame by frame. `signage play --frame-log`
// (SDL's offscreen driver, a real SDL renderer) writes one line per presented frame with a
// 16x9 thumbnail of the picture read back after the present. Two tiny H.264 clips made
// here with ffmpeg carry their identity (grey level of the bottom half) and their frame
// number (8 bit columns across the top half) in the picture; a slide has a red
// background. The playlist va, vb, slide loops past 20 video→video, video→slide and
// slide→video boundaries; from the pixels alone the test checks: no black frame, every
// frame shows the item the Stage says is on screen (no stale frame of the previous item),
// and each clip's frames from its first to its last in order, none shown twice in a row
// and few skipped. Timing is judged twice:
//  - on the player's own timeline, always: each item starts (its first frame due) at most
//    a frame interval after the previous item's length ran out, counted from the turn that
//    started it (DUE and WOKE in the frame log), and no clip frame is aimed later than its
//    end on the clip's timeline. A loaded machine waking the loop late does not move these;
//    a successor not ready at the boundary, or a clock that stalls, does;
//  - on the wall clock (present times), unless the machine is overloaded (load average over
//    twice the cores, or the loop itself woken late): no gap at a boundary longer than a
//    frame interval plus scheduling slack, no frame up for longer than that. A stall on the
//    render thread shows here (and, as frames the clip then skips, in the first part).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <thread>

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
    long long seq = 0, us = 0, due = 0, woke = 0; // present, meant for, the turn's wake-up (µs)
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
        s >> f.seq >> f.us >> f.due >> f.woke >> f.label >> f.w >> f.h >> f.luma >> f.hash >> hex;
        if (hex.size() != kThumbW * kThumbH * 6) {
            ADD_FAILURE() << "bad frame-log line: " << line.substr(0, 120);
            continue;
        }
        for (size_t i = 0; i < hex.size(); i += 2) f.thumb.push_back(std::stoi(hex.substr(i, 2), nullptr, 16));
        frames.push_back(std::move(f));
    }
    return frames;
}

// A clip of `frames` frames (18: 0.6 s): bottom half grey `bg`, top half the frame number
// (mod 256) in 8 columns.
void makeClip(const fs::path& out, const std::string& bg, int frames = kClipFrames) {
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%.4f", frames / 30.0);
    std::string filter = "color=c=0x" + bg + ":s=320x180:r=30:d=" + seconds +
                         ",format=yuv420p,drawbox=x=0:y=0:w=iw:h=ih/2:color=0x3c3c3c:t=fill";
    for (int bit = 0; bit < 8; ++bit)
        filter += ",drawbox=x=iw*" + std::to_string(bit) + "/8:y=0:w=iw/8:h=ih/2:color=white:t=fill:enable='bitand(n," +
                  std::to_string(1 << bit) + ")'";
    auto made = runCommand({"ffmpeg", "-y", "-loglevel", "error", "-f", "lavfi", "-i", filter, "-frames:v",
                            std::to_string(frames), "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
                            out.string()},
                           60);
    ASSERT_EQ(made.exitCode, 0) << made.err;
}

// The 1-minute load average (/proc/loadavg), -1 when unknown.
double loadAverage() {
    std::ifstream in("/proc/loadavg");
    double load = -1;
    in >> load;
    return in ? load : -1;
}

// Why the wall-clock part is left out on this run ("" when it is judged): a machine whose
// runnable threads outnumber its cores twice over wakes the loop late whatever the player
// does (seen: 58 ms gaps at load 135 on 2 cores, with 0 black and 0 repeated frames). The
// frame log says how late the loop woke (WOKE - DUE); the 95th percentile of that over the
// run is the load this run actually met. SIGNAGE_TEST_LOADED=1 takes the loaded path (to
// check the always-on part alone).
std::string wallClockSkipReason(double loadBefore, double loadAfter, const std::vector<long long>& wakeLateUs) {
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const double load = std::max(loadBefore, loadAfter);
    char why[160];
    if (const char* forced = std::getenv("SIGNAGE_TEST_LOADED"); forced && std::string(forced) == "1")
        return "SIGNAGE_TEST_LOADED=1";
    if (load > 2.0 * cores) {
        std::snprintf(why, sizeof why, "load average %.1f > 2 x %u cores", load, cores);
        return why;
    }
    std::vector<long long> late = wakeLateUs;
    if (!late.empty()) {
        std::sort(late.begin(), late.end());
        const long long p95 = late[late.size() * 95 / 100];
        if (static_cast<double>(p95) > kSlackUs / 2) {
            std::snprintf(why, sizeof why, "the loop woke late: 95th percentile %.1f ms (load %.1f)",
                          static_cast<double>(p95) / 1000, load);
            return why;
        }
    }
    return {};
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
    const double loadBefore = loadAverage();
    auto r = runSignage({"play", dir.path().string(), "--window", "320x180", "--exit-after", "12s", "--frame-log",
                         log.string(), "--data-dir", (dir.path() / "var").string(), "--lang", "en"},
                        60, {"SDL_AUDIODRIVER=dummy"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const double loadAfter = loadAverage();

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

    std::vector<long long> wakeLate;
    for (const Frame& f : frames) {
        EXPECT_GE(f.woke, f.due) << "frame " << f.seq << " woke before it was due";
        EXPECT_GE(f.us, f.woke) << "frame " << f.seq << " presented before its turn began";
        wakeLate.push_back(f.woke - f.due);
    }
    const std::string skipWall = wallClockSkipReason(loadBefore, loadAfter, wakeLate);
    if (!skipWall.empty())
        std::printf("gapless: wall-clock intervals not judged (%s); the player's timeline, black, stale, "
                    "repeated and skipped frames are\n",
                    skipWall.c_str());

    // The clip's length on its own timeline: 18 frames of 1/30 s.
    const double kClipUs = kClipFrames * kFrameUs;
    std::map<std::string, int> kinds;
    double worstVideoLateUs = 0, worstSlideLateUs = 0, worstTimelineLateUs = 0;
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
        // The player's timeline: `a` started in the turn that presented its first frame (it
        // begins at that turn's `now`); `b`'s first frame is due when a's length ran out,
        // at most a frame interval later (a successor late at the boundary), never sooner.
        const double aLength = aVideo ? kClipUs : kSlideUs;
        const double timelineLate = static_cast<double>(frames[b.first].due - frames[a.first].woke) - aLength;
        EXPECT_LE(timelineLate, kFrameUs)
            << a.label << " → " << b.label << " at frame " << frames[b.first].seq << ": due " << timelineLate / 1000
            << " ms after " << a.label << "'s length ran out (player timeline)";
        EXPECT_GE(timelineLate, -kFrameUs) << a.label << " cut short at frame " << frames[b.first].seq;
        worstTimelineLateUs = std::max(worstTimelineLateUs, timelineLate);
        // The wall clock: the new picture is on time, one frame interval after the last video
        // frame, or at most one frame interval late after the slide's duration.
        const double gap = static_cast<double>(frames[b.first].us - frames[aVideo ? a.last : a.first].us);
        const double late = gap - (aVideo ? kFrameUs : kSlideUs);
        if (skipWall.empty()) {
            EXPECT_LE(late, (aVideo ? 0 : kFrameUs) + kSlackUs)
                << a.label << " → " << b.label << " at frame " << frames[b.first].seq << ": " << gap / 1000 << " ms";
            if (!aVideo) {
                EXPECT_GE(gap, kSlideUs - kSlackUs) << "slide cut short at frame " << frames[a.first].seq;
            }
        }
        double& worst = aVideo ? worstVideoLateUs : worstSlideLateUs;
        worst = std::max(worst, late);
        // A whole clip (not the last, cut by --exit-after): frame 0 first, frame 17 last, in order.
        if (aVideo) {
            std::vector<int> codes;
            for (size_t i = a.first; i <= a.last; ++i) codes.push_back(frameCode(frames[i]));
            EXPECT_EQ(codes.front(), 0) << a.label << " did not start at its first frame (frame " << frames[a.first].seq
                                        << ")";
            EXPECT_EQ(codes.back(), kClipFrames - 1)
                << a.label << " did not end at its last frame (frame " << frames[a.last].seq << ")";
            for (size_t i = 1; i < codes.size(); ++i) {
                const Frame& f = frames[a.first + i];
                EXPECT_GE(codes[i], codes[i - 1]) << a.label << " went back at frame " << f.seq;
                if (codes[i] == codes[i - 1]) ++repeated;
                if (codes[i] > codes[i - 1] + 1) skipped += codes[i] - codes[i - 1] - 1;
                // Aimed no later than the end of the frame it shows, on the clip's timeline.
                const double aimedAfterEnd =
                    static_cast<double>(f.due - frames[a.first].woke) - (codes[i] + 1) * kFrameUs;
                EXPECT_LE(aimedAfterEnd, 2e3) << a.label << " frame " << codes[i] << " (frame " << f.seq << ") due "
                                              << aimedAfterEnd / 1000 << " ms after its end";
                if (skipWall.empty()) {
                    EXPECT_LE(static_cast<double>(f.us - frames[a.first + i - 1].us), kFrameUs + kSlackUs)
                        << a.label << " stalled before frame " << f.seq;
                }
            }
        }
    }
    EXPECT_EQ(repeated, 0) << "clip frames shown twice in a row (a present without a new frame)";
    int boundaries = 0;
    for (const auto& [kind, n] : kinds) boundaries += n;
    EXPECT_GE(boundaries, 20);
    EXPECT_GE(kinds["video→video"], 6);
    EXPECT_GE(kinds["video→slide"], 6);
    EXPECT_GE(kinds["slide→video"], 6);
    // Frames decoded but not shown (the player running late), over ~14 whole clips.
    EXPECT_LE(skipped, 6) << "video frames skipped";
    std::sort(wakeLate.begin(), wakeLate.end());
    std::printf("gapless: %zu frames, %d boundaries (%d video→video, %d video→slide, %d slide→video), %d black, "
                "worst lateness after a video %.1f ms, after a slide %.1f ms (wall clock%s), on the player's "
                "timeline %.1f ms, %d frames skipped, %d repeated; load %.1f/%.1f, loop woken late p50 %.1f ms "
                "p95 %.1f ms\n",
                frames.size(), boundaries, kinds["video→video"], kinds["video→slide"], kinds["slide→video"], black,
                worstVideoLateUs / 1000, worstSlideLateUs / 1000, skipWall.empty() ? "" : ", not judged",
                worstTimelineLateUs / 1000, skipped, repeated, loadBefore, loadAfter,
                static_cast<double>(wakeLate[wakeLate.size() / 2]) / 1000,
                static_cast<double>(wakeLate[wakeLate.size() * 95 / 100]) / 1000);
}

// A clip of N frames is N presented frames: each frame once, in order, the first at once
// and none presented twice (seen: a 600-frame clip gave 601 lines in the frame log).
TEST(Gapless, AClipOfNFramesIsPresentedAsNFrames) {
    if (runCommand({"sh", "-c", "command -v ffmpeg"}, 10).exitCode != 0)
        GTEST_SKIP() << "needs ffmpeg (scripts/install-deps)";
    constexpr int kFrames = 90; // 3 s
    TempDir dir;
    const fs::path clip = dir.path() / "clip.mp4";
    ASSERT_NO_FATAL_FAILURE(makeClip(clip, "646464", kFrames));
    auto probe = runCommand({"ffprobe", "-v", "error", "-count_frames", "-select_streams", "v:0", "-show_entries",
                             "stream=nb_read_frames", "-of", "csv=p=0", clip.string()},
                            60);
    ASSERT_EQ(std::atoi(probe.out.c_str()), kFrames) << "the clip itself: " << probe.out << probe.err;
    const fs::path log = dir.path() / "frames.log";
    auto r = runSignage({"play", clip.string(), "--window", "320x180", "--exit-after", "10s", "--frame-log",
                         log.string(), "--data-dir", (dir.path() / "var").string(), "--lang", "en"},
                        60, {"SDL_AUDIODRIVER=dummy"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    std::string end;
    const std::vector<Frame> frames = readFrameLog(log, end);
    std::vector<int> codes;
    for (const Frame& f : frames) codes.push_back(frameCode(f));
    std::string shown;
    for (size_t i = 0; i < codes.size(); ++i) shown += (i ? " " : "") + std::to_string(codes[i]);
    EXPECT_EQ(end, "# end frames=" + std::to_string(frames.size()) + " dropped=0");
    int skipped = 0;
    for (size_t i = 1; i < codes.size(); ++i) {
        EXPECT_NE(codes[i], codes[i - 1])
            << "frame " << codes[i] << " presented twice (frame-log line " << i + 1 << "): " << shown;
        if (codes[i] > codes[i - 1] + 1) skipped += codes[i] - codes[i - 1] - 1;
    }
    ASSERT_FALSE(codes.empty()) << r.err;
    EXPECT_EQ(codes.front(), 0);
    EXPECT_EQ(codes.back(), kFrames - 1);
    EXPECT_EQ(static_cast<int>(frames.size()) + skipped, kFrames)
        << "presented frames (plus any skipped) are the clip's frames: " << shown;
    std::printf("single clip: %d frames, %zu presented, %d skipped\n", kFrames, frames.size(), skipped);
}

} // namespace
} // namespace signage::test
