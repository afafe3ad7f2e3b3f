// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes screenshots on its own thread: the render thread reads the pixels (it must),
// this thread encodes and writes the PNG (disk I/O never on the render thread).
#include <atomic>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/BoundedQueue.h"
#include "core/Log.h"

namespace signage::app {

class ScreenshotWriter {
public:
    explicit ScreenshotWriter(std::filesystem::path dir);
    ~ScreenshotWriter(); // writes what is queued, then joins
    ScreenshotWriter(const ScreenshotWriter&) = delete;
    ScreenshotWriter& operator=(const ScreenshotWriter&) = delete;

    /// Queues one frame (RGBA, tightly packed). Dropped with a warning when 4 are pending.
    void submit(std::vector<std::uint8_t> rgba, int w, int h, const std::string& label);
    /// Queues one frame as `<name>.png`, then `<name>.txt` holding `sidecar` (written after
    /// the PNG, by rename, so a reader that sees the .txt finds the PNG complete).
    void submitNamed(std::vector<std::uint8_t> rgba, int w, int h, const std::string& name, std::string sidecar);
    int written() const { return _written; }

private:
    struct Shot {
        std::vector<std::uint8_t> rgba;
        int w = 0, h = 0;
        std::filesystem::path file;
        std::optional<std::string> sidecar; // written to file with .txt
    };
    void run();

    std::filesystem::path _dir;
    core::BoundedQueue<Shot> _queue{4};
    int _sequence = 0;          // render thread only
    std::atomic<int> _written{0};
    core::Logger _log{"screenshot"};
    std::thread _thread;
};

} // namespace signage::app
