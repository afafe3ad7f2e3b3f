// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Everything `signage play` was asked to do, after the command line was parsed.
#include <filesystem>
#include <optional>

#include "core/Clock.h"
#include "core/Duration.h"

namespace signage::app {

struct PlayerOptions {
    std::filesystem::path content;          // content dir, a single media/image/slide file, or a plugin dir
    std::filesystem::path dataDir;          // play log, control files, inbox
    bool headless = false;                  // null canvas, no window, no SDL video
    bool fullscreen = true;
    int width = 1920, height = 1080;        // --window WxH (and the headless canvas size)
    std::optional<core::Millis> exitAfter;  // clock time
    std::filesystem::path screenshotDir;
    std::filesystem::path frameLog;    // --frame-log: one line per presented frame (tests: gapless proof)
    std::filesystem::path inputScript; // --input-script: scripted touches ("-" = stdin), see InputScript.h
    std::optional<core::Millis> screenshotEvery; // clock time
    std::optional<core::WallMs> clockStart;
    double clockSpeed = 1.0;
    bool loopSingleFile = false;            // `signage play FILE --loop`
    std::optional<std::filesystem::path> config; // --config FILE
};

} // namespace signage::app
