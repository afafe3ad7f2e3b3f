// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Drives a real `signage play` (offscreen SDL) like a visitor at a touch screen: writes
// input-script lines into a FIFO (the player injects them into SDL's event queue as
// SDL_FINGERDOWN/UP), asks for screenshots and reads what the touch layer shows
// (`shot NAME` writes NAME.png and NAME.txt: "x y w h text" per drawn text).
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "support/PlayLogQuery.h"
#include "support/RunCommand.h"
#include "support/TempDir.h"

namespace signage::test {

struct ScreenText {
    int x = 0, y = 0, w = 0, h = 0;
    std::string text;
    float cx() const { return static_cast<float>(x) + static_cast<float>(w) / 2; }
    float cy() const { return static_cast<float>(y) + static_cast<float>(h) / 2; }
};

struct Screen {
    std::vector<ScreenText> texts;
    std::vector<std::uint8_t> rgba;
    int w = 0, h = 0;
    /// The last text equal to `label` (exact), if shown: keys are drawn after the field
    /// that may show the same character.
    std::optional<ScreenText> find(const std::string& label) const;
    /// The first text containing `part`.
    std::optional<ScreenText> findPart(const std::string& part) const;
    /// Everything shown, one text per line (for failure messages).
    std::string dump() const;
    /// Fraction of pixels within `tolerance` of the colour (r, g, b).
    double colourFraction(int r, int g, int b, int tolerance = 24) const;
};

class TouchDriver {
public:
    struct Options {
        std::filesystem::path content;  // content dir (default: the demo playlists)
        std::string config = "[checker]\ntouch = true\n";
        int width = 1280, height = 720;
        double clockSpeed = 1.0;
        std::string clockStart; // ISO-8601; empty: now
        std::vector<std::string> extraArgs; // e.g. {"--lang", "en"}
    };
    explicit TouchDriver(Options options);
    ~TouchDriver(); // quits the player if still running

    /// Sends one input-script line.
    void send(const std::string& line);
    void tap(float x, float y);
    /// Taps the centre of the text `label` on the touch layer; fails the test if absent.
    bool tapLabel(const Screen& screen, const std::string& label);
    /// Taps one key per UTF-8-free ASCII character of `keys` (' ' taps `spaceLabel`).
    bool typeKeys(const Screen& keyboard, const std::string& keys, const std::string& spaceLabel = "dấu cách");
    /// Takes a screenshot and reads it (waits up to 20 s).
    Screen shot(const std::string& name);
    /// Shots until `part` appears on screen (at most `tries`, `waitMs` apart).
    Screen waitFor(const std::string& part, int tries = 40, int waitMs = 100);
    /// Ends the player; returns its exit status and output.
    CommandResult quit();

    const std::filesystem::path& dataDir() const { return _data; }
    /// The running player's process id (found by its input script in /proc), or -1.
    int playerPid() const;
    /// Readable memory of the running player that contains `needle` (addresses), or
    /// nullopt when its memory cannot be read (no permission).
    std::optional<std::vector<std::uintptr_t>> findInPlayerMemory(const std::string& needle) const;
    const std::filesystem::path& shotsDir() const { return _shots; }

private:
    TempDir _tmp;
    std::filesystem::path _data, _shots, _fifo;
    int _fd = -1;
    int _shotCount = 0;
    std::thread _runner;
    CommandResult _result;
    bool _done = false;
    bool _logPrinted = false;
};

/// Every file under `dir` whose bytes contain `needle` (binary-safe): where a typed text leaked.
/// Files under `skip` (e.g. the checker's list index, which holds reported numbers) are left out.
std::vector<std::filesystem::path> filesContaining(const std::filesystem::path& dir, const std::string& needle,
                                                  const std::filesystem::path& skip = {});

} // namespace signage::test
