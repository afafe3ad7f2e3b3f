// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The scam-check touch screen over the signage (issue 7): the "scamcheck" plugin runs as
// a full-screen, transparent zone above the playing item. While idle it shows only its
// attract button and lets every other touch through to the signage. When a visitor
// starts a session the plugin calls plugin.takeover(true): the player suspends the
// signage (Stage::suspend) and the plugin owns the screen until plugin.takeover(false).
// At the end of every session the plugin restarts in a fresh Lua state, so nothing a
// visitor typed survives in memory (the Lua allocator zeroes what it frees).
// A session left alone is ended here too, after `safetyIdle` without input, in case the
// plugin's own idle timer fails. Render thread only.
#include <memory>
#include <optional>
#include <string>

#include "core/Clock.h"
#include "core/Log.h"
#include "render/Presenter.h"

namespace signage::scripting {
class PluginPresenter;
}

namespace signage::playback {

class TouchLayer {
public:
    enum class Change { None, SessionBegan, SessionEnded };

    TouchLayer(std::unique_ptr<scripting::PluginPresenter> plugin, const core::Clock& clock, core::Millis safetyIdle);
    ~TouchLayer();
    TouchLayer(const TouchLayer&) = delete;
    TouchLayer& operator=(const TouchLayer&) = delete;

    /// Opens and starts the plugin for `canvas`; false + `error` when it cannot run.
    bool open(render::Canvas& canvas, std::string& error);
    /// Notices a session beginning or ending (the plugin's request, the safety timeout,
    /// or the plugin failing). Call once per loop turn, before drawing.
    Change update();
    /// True when the layer has something new to show at `now`.
    bool changeDue(core::SteadyMs now) const;
    std::optional<core::SteadyMs> nextChange(core::SteadyMs now) const;
    void draw(render::Canvas& canvas);
    /// Touches and keys go here first; false: the plugin let it through to the signage.
    bool handleInput(const render::InputEvent& e);
    bool inSession() const { return _inSession; }
    /// How long the session that just ended lasted (for the play log's event).
    core::Millis lastSessionLength() const { return _lastSessionLength; }
    void stop();
    /// Ends the session now (the schedule needs the screen); the caller resumes the stage.
    void endSessionNow(const std::string& why) {
        if (_inSession) endSession(why);
    }
    /// The texts the layer shows now, one per line as "x y w h text" (pixels, in drawing
    /// order): how tests and the input script read the screen.
    std::string screenText() const;
    /// The middle of the last text equal to `label` on the layer (output pixels).
    std::optional<std::pair<float, float>> locate(const std::string& label) const;

private:
    void endSession(const std::string& why);

    std::unique_ptr<scripting::PluginPresenter> _plugin;
    const core::Clock& _clock;
    const core::Millis _safetyIdle;
    core::Logger _log{"touch"};
    bool _inSession = false;
    core::SteadyMs _sessionStart = 0;
    core::SteadyMs _lastInput = 0;
    core::Millis _lastSessionLength{0};
};

} // namespace signage::playback
