// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A Presenter shows one item (image, slide, video, audio, plugin) in one zone.
// The Stage prepares it on a worker, opens it ahead of time, starts it, updates it once
// per loop turn, asks it to draw when something changed, and asks when it next changes
// so the main loop can sleep until then.
// Render thread only.
#include <optional>
#include <string>

#include "core/Clock.h"
#include "render/Canvas.h"

namespace signage::render {

/// Input as presenters see it (touch and keys), in output pixels.
struct InputEvent {
    enum class Kind { TouchDown, TouchMove, TouchUp, Key, Text };
    Kind kind = Kind::TouchDown;
    float x = 0, y = 0;
    long long fingerId = 0;
    std::string key;  // "return", "backspace", "escape", "a", ...
    std::string text; // UTF-8 for Kind::Text
};

/// What a presenter reports about its own run (used for play-log facts).
enum class PresenterStatus { Playing, Finished, Failed };

class Presenter {
public:
    virtual ~Presenter() = default;

    /// Slow preparation off the render thread: read files, decode the image, open the
    /// media and decode its first frame. Called once, on a worker thread, before open();
    /// must not touch the canvas or any SDL renderer state. False + reason: skip the item.
    virtual bool prepare(std::string& error) {
        (void)error;
        return true;
    }
    /// Finishes loading on the render thread (upload textures, lay out for the canvas
    /// size). Called after prepare(), before the item is due, so the switch is instant.
    /// Keep it cheap. False + reason: skip it.
    virtual bool open(Canvas& canvas, std::string& error) = 0;
    /// The item becomes visible now.
    virtual void start(core::SteadyMs now) { (void)now; }
    /// Advances the presenter's own state to `now`: takes decoded frames that are due,
    /// notices the end of the media or a stalled stream. The Stage calls it once per loop
    /// turn, before status(), nextChange() and draw(), which only read that state (draw
    /// uploads what update() took). Must not block.
    virtual void update(core::SteadyMs now) { (void)now; }
    /// Draws into `area` with `opacity` (fades). Must not block.
    virtual void draw(Canvas& canvas, const RectF& area, float opacity, core::SteadyMs now) = 0;
    /// When the picture changes next (a video frame, an animation); nullopt when static.
    /// No side effects: the state it reads was advanced by update().
    virtual std::optional<core::SteadyMs> nextChange(core::SteadyMs now) const {
        (void)now;
        return std::nullopt;
    }
    /// Self-timed items (video, audio) finish on their own; others keep Playing.
    virtual PresenterStatus status() const { return PresenterStatus::Playing; }
    /// Why status() is Failed.
    virtual std::string failureReason() const { return {}; }
    /// Natural length when known (media); nullopt for still items.
    virtual std::optional<core::Millis> naturalDuration() const { return std::nullopt; }
    /// Touch/keys for interactive items; true when consumed.
    virtual bool handleInput(const InputEvent& e) {
        (void)e;
        return false;
    }
    /// The item leaves the screen (stop audio, free decoders).
    virtual void stop() {}
};

} // namespace signage::render
