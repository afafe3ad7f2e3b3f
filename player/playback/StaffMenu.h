// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The staff menu on the touch screen (issue 18): a long press in the top-left corner
// opens a PIN pad; the right PIN opens a page with the box id, site, bundle version, last
// import, free disk, the last 20 play-log events and a button that exports the logs to a
// USB stick. Wrong PINs are rate-limited; the menu goes back to playback after a minute
// without a touch. Big targets and big type: the staff at a market stall are often old.
// The PIN check (slow on purpose), reading the facts (disk, play log) and the export run
// on worker threads through StaffServices; the render thread only polls. Render thread only.
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/Clock.h"
#include "render/Canvas.h"
#include "render/Presenter.h"

namespace signage::render {
class TextLayout;
}

namespace signage::playback {

/// What the menu shows; gathered off the render thread.
struct StaffInfo {
    std::string boxId, site, bundle, lastImport, freeDisk;
    std::string lastCosigned;        // the last checkpoint the office cosigned: its date (empty: none yet)
    std::vector<std::string> events; // newest first, one line each
};

/// The box side of the menu (app/ wires it). Each function runs on a worker thread and
/// must be thread-safe; `wake` (any thread) makes the loop look at the result soon.
struct StaffServices {
    std::function<bool(const std::string& pin)> checkPin;
    std::function<StaffInfo()> collect;
    std::function<std::string()> exportLogs; // one line for staff: where it went, or why not
    std::function<void()> wake;
};

class StaffMenu {
public:
    struct Options {
        core::Millis hold{3000};     // long press in the corner
        core::Millis idle{60000};    // no touch: back to playback
        int freeTries = 3;           // wrong PINs before the pad locks
        core::Millis lockout{30000}; // first lock; doubles with each further wrong PIN
        core::Millis maxLockout{600000};
    };
    enum class State { Closed, Pin, Menu };

    StaffMenu(std::shared_ptr<render::TextLayout> text, const core::Clock& clock, StaffServices services,
              Options options);
    ~StaffMenu(); // waits for a running worker (a PIN check, an export)
    StaffMenu(const StaffMenu&) = delete;
    StaffMenu& operator=(const StaffMenu&) = delete;

    State state() const { return _state; }
    bool isOpen() const { return _state != State::Closed; }
    /// Open: takes every input (true). Closed: only watches for the corner long press and
    /// lets everything through (false). `screen`: the output size in pixels.
    bool handleInput(const render::InputEvent& e, render::Size screen);
    /// Advances timers and collects the workers' results; true when the picture changed.
    bool update(core::SteadyMs now);
    std::optional<core::SteadyMs> nextChange(core::SteadyMs now) const;
    void draw(render::Canvas& canvas);
    /// Closes at once (the schedule needs the screen, shutdown). `why` is a code for the
    /// play log ("staff", "idle", "schedule"); playlog::eventDetailText words it for readers.
    void close(const std::string& why);

    /// Play-log events ("staff_menu", detail) since the last call (render thread drains).
    std::vector<std::pair<std::string, std::string>> takeEvents();
    /// Texts shown now, "x y w h text" per line (what TouchLayer::screenText gives tests).
    std::string screenText() const;
    std::optional<std::pair<float, float>> locate(const std::string& label) const;

private:
    struct Button {
        render::RectF rect;
        std::string id;
    };
    struct Shown {
        render::RectF rect;
        std::string text;
    };
    void open(State s, core::SteadyMs now);
    void press(const std::string& id, core::SteadyMs now);
    /// Draws `s` (wrapped at `maxWidth` when given); returns its height in pixels.
    float text(render::Canvas& canvas, const std::string& s, float x, float y, int px, bool bold, render::Color color,
               float maxWidth = 0, bool centred = false, float boxW = 0);
    void button(render::Canvas& canvas, const std::string& id, const std::string& label, const render::RectF& r,
                render::Color fill, render::Color ink, int px);
    void drawPin(render::Canvas& canvas, float w, float h, float u);
    void drawMenu(render::Canvas& canvas, float w, float h, float u);
    void event(const std::string& detail) { _events.emplace_back("staff_menu", detail); }

    std::shared_ptr<render::TextLayout> _text;
    const core::Clock& _clock;
    StaffServices _services;
    Options _options;
    State _state = State::Closed;
    std::optional<long long> _holdFinger;
    core::SteadyMs _holdSince = 0;
    core::SteadyMs _lastInput = 0;
    std::string _pin;     // digits typed so far (cleared after each check)
    std::string _message; // under the PIN dots / the export result
    int _wrong = 0;       // wrong PINs in a row
    core::SteadyMs _lockedUntil = 0;
    std::future<bool> _pinCheck;
    std::future<StaffInfo> _collecting;
    std::future<std::string> _exporting;
    std::optional<StaffInfo> _info;
    bool _dirty = false;
    std::vector<Button> _buttons;                                             // as drawn last
    std::vector<Shown> _shown;                                                // texts as drawn last
    std::map<std::string, std::shared_ptr<render::Picture>> _pictures, _used; // text cache, swept per frame
    render::Size _cachedFor{};
    std::vector<std::pair<std::string, std::string>> _events;
};

} // namespace signage::playback
