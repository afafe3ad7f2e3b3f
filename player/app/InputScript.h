// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `signage play --input-script FILE` ("-" = stdin): touches, keys and screenshots driven
// by a text script, for the touch-screen integration tests, the demo and the latency
// bench. A reader thread turns each line into an event injected into the real event
// queue (EventSource::inject: SDL's own queue), so scripted touches take the same path
// as a finger on the glass. A FIFO or stdin makes it interactive: a test can ask for a
// screenshot, read where the keys are, then tap them.
//
//   tap X Y                 down, 50 ms, up (pixels of the output)
//   down|move|up X Y [F]    one touch event of finger F (default 1)
//   key NAME                a key press ("return", "backspace", "a")
//   text STRING             typed text (the rest of the line, UTF-8)
//   wait MS                 pause the script (real time)
//   press LABEL             tap the middle of the text LABEL on the touch layer (the
//                           last one drawn: keys come after the field); resolution-free
//   type KEYS               press each character of KEYS as a label in turn (a space is
//                           sent as typed text: keyboards label that key in words)
//   shot NAME               write NAME.png and NAME.txt (texts on the touch layer) in
//                           the screenshot dir
//   quit                    stop the player
// Blank lines and lines starting with # are skipped; a bad line is reported as
// FILE:LINE:COL and skipped.
#include <atomic>
#include <chrono>
#include <filesystem>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <thread>

#include "core/BoundedQueue.h"
#include "core/Diagnostic.h"
#include "platform/Event.h"

namespace signage::app {

/// What the loop itself must do for a script line (everything else is injected).
struct ScriptCommand {
    enum class Kind { Shot, Quit, Locate };
    Kind kind = Kind::Shot;
    std::string name; // Shot: file stem (safe characters only)
    /// Shot: set by the loop once the frame is read; the script waits for it, so the
    /// touches after a `shot` line never reach the screen before it is taken.
    std::shared_ptr<std::promise<void>> taken;
    /// Locate: `name` is the label; the loop answers where its middle is (or nothing).
    std::shared_ptr<std::promise<std::optional<std::pair<float, float>>>> located;
};

/// One parsed line. Exposed for tests.
struct ScriptLine {
    enum class Kind { Tap, Down, Move, Up, Key, Text, Wait, Shot, Quit, Press, Type };
    Kind kind = Kind::Tap;
    float x = 0, y = 0;
    long long finger = 1;
    std::string arg; // key name, text, shot name
    int waitMs = 0;
};
/// Parses one line; nullopt for blank lines and comments; an error adds a diagnostic.
std::optional<ScriptLine> parseScriptLine(const std::string& line, const std::string& file, int lineNo,
                                          core::Diagnostics& diags);

class InputScript {
public:
    /// Starts reading `file` ("-": stdin) on its own thread, injecting into `events`.
    /// `wake` makes the loop look at commands() (it must be thread-safe).
    InputScript(std::filesystem::path file, platform::EventSource& events, std::function<void()> wake);
    ~InputScript(); // stops reading (a blocked read on stdin ends at process exit)
    InputScript(const InputScript&) = delete;
    InputScript& operator=(const InputScript&) = delete;

    /// The loop's commands, in order (render thread).
    std::optional<ScriptCommand> takeCommand() { return _commands.tryPop(); }
    /// When the latest touch-down was injected (steady clock), for the feedback figure.
    std::chrono::steady_clock::time_point lastTouchDownAt() const {
        return std::chrono::steady_clock::time_point(std::chrono::steady_clock::duration(_lastDown.load()));
    }

private:
    void run();
    void inject(const platform::Event& e);
    void tap(float x, float y, long long finger);
    void press(const std::string& label);

    std::filesystem::path _file;
    platform::EventSource& _events;
    std::function<void()> _wake;
    core::BoundedQueue<ScriptCommand> _commands{64};
    std::atomic<std::chrono::steady_clock::rep> _lastDown{0};
    std::atomic<bool> _stop{false};
    std::thread _thread; // last: starts after everything it uses
};

} // namespace signage::app
