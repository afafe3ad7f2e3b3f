// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `signage play --frame-log FILE` (tests, issue 13): one text line per presented frame,
// so a test can prove gapless switching frame by frame in the real player. The render
// thread reads the frame back (it must) and reduces it to a 16x9 RGB thumbnail and its
// mean luma; this class's own thread formats and writes the lines (the render thread
// never waits on the disk). A full queue drops the record and says so in the file: the
// sequence numbers then skip, which a test treats as a failure, not as a gap on screen.
//
// File format (text, one record per line, fields separated by one space):
//   # signage frame log v2 ...                       header (and a last "# end" line)
//   SEQ US DUE WOKE LABEL W H LUMA HASH THUMB
// SEQ: presented-frame number from 1; US: steady-clock microseconds of the present;
// DUE: when the loop meant this frame to be presented (the deadline it slept toward, or
// the wake-up when an event woke it sooner); WOKE: when the loop woke for the turn that
// presented it (the `now` the Player's step ran with). DUE and WOKE are on US's clock
// (real microseconds, whatever --clock-speed says), to the millisecond. So a test tells
// the player's own timing (DUE, and items starting at WOKE) from a loaded machine waking
// the loop late (WOKE - DUE) or a present that took long (US - WOKE);
// LABEL: the item on screen as the Stage names it (playlist/item, "fallback"); W H: the
// canvas size; LUMA: mean luma 0-255 of the whole frame (BT.601 weights); HASH: FNV-1a 64
// of the thumbnail (16 hex digits); THUMB: 16x9 box-averaged RGB, row by row, 2 hex
// digits a channel (864 digits).
#include <array>
#include <atomic>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "core/BoundedQueue.h"
#include "core/Log.h"
#include "render/Canvas.h"

namespace signage::app {

class FrameLog {
public:
    static constexpr int kThumbW = 16, kThumbH = 9;

    /// Opens (truncates) `file`; ok() false when it cannot be created.
    explicit FrameLog(const std::filesystem::path& file);
    ~FrameLog(); // writes what is queued and the end line, then joins
    FrameLog(const FrameLog&) = delete;
    FrameLog& operator=(const FrameLog&) = delete;

    bool ok() const { return _file != nullptr; }
    /// Render thread, right after a present: reads the frame back and queues its record.
    /// Never waits (a full queue drops the record; see the file's end line). `turn`: the
    /// loop turn that presented it (DUE and WOKE, steady-clock microseconds).
    struct Turn {
        std::int64_t dueUs = 0, wokeUs = 0;
    };
    void presented(render::Canvas& canvas, const std::string& label, Turn turn);

    struct Record {
        std::int64_t seq = 0, atUs = 0;
        Turn turn;
        std::string label;
        int w = 0, h = 0;
        double luma = 0;
        std::array<std::uint8_t, kThumbW * kThumbH * 3> thumb{};
    };
    /// The reduction presented() applies (tests): RGBA, tightly packed.
    static void reduce(const std::vector<std::uint8_t>& rgba, int w, int h, Record& out);
    /// The line written for `r` (without the newline).
    static std::string format(const Record& r);

private:
    void run();

    std::unique_ptr<std::FILE, int (*)(std::FILE*)> _file{nullptr, &std::fclose};
    core::BoundedQueue<Record> _queue{512};
    std::vector<std::uint8_t> _rgba; // render thread: the readback buffer, reused
    std::int64_t _seq = 0;           // render thread
    std::atomic<std::int64_t> _dropped{0};
    core::Logger _log{"frame-log"};
    std::thread _thread;
};

} // namespace signage::app
