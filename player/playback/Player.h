// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The heart of `signage play`: the Stage (the main zone and its overlays), the touch
// layer over it, the staff banner on top, and one turn of the event-driven loop.
// step(now) advances everything to `now`, draws and presents a frame only when the
// picture changed, and returns when it next has work; the owner (app/RunPlayer) sleeps
// until then or until an event (input, a worker's wake). A still slide costs ~0 CPU.
// Render thread only. No SDL, no window: the canvas is handed in, so tests drive it
// with a ManualClock, a NullCanvas and a fake PresenterFactory.
#include <functional>
#include <memory>
#include <string>

#include "core/Clock.h"
#include "core/Log.h"
#include "playback/Banner.h"
#include "playback/ContentSource.h"
#include "playback/PlayObserver.h"
#include "playback/PrepareWorker.h"
#include "playback/PresenterFactory.h"
#include "playback/Stage.h"
#include "playback/StaffMenu.h"
#include "playback/TouchLayer.h"
#include "render/Canvas.h"

namespace signage::playback {

struct PlayerSetup {
    std::shared_ptr<LoadedContent> content; // with its source
    PresenterFactory* factory = nullptr;    // outlives the Player
    const core::Clock* clock = nullptr;     // outlives the Player
    PlayObserver* observer = nullptr;       // may be null
    std::function<void()> wake;             // any thread: makes the owner call step() soon
    /// A single media file (`signage play FILE.mp4`): finished() once its item ended.
    bool exitWhenDone = false;
    PrepareWorker::Options prepare;
};

class Player {
public:
    /// Starts preparing the first item at once (the display may not be open yet).
    explicit Player(PlayerSetup setup);
    ~Player();
    Player(const Player&) = delete;
    Player& operator=(const Player&) = delete;

    /// The canvas to draw on; must be set before the first step() and outlive the Player.
    void attach(render::Canvas& canvas) { _canvas = &canvas; }
    /// The scam-check touch screen over the signage (already open on the canvas).
    void setTouchLayer(std::unique_ptr<TouchLayer> touch) { _touch = std::move(touch); }
    TouchLayer* touch() { return _touch.get(); }
    /// The staff menu behind a PIN (a long press in the top-left corner opens it). While
    /// open it covers the screen and takes every input; the stage is suspended.
    void setStaffMenu(std::unique_ptr<StaffMenu> staff) { _staff = std::move(staff); }
    StaffMenu* staff() { return _staff.get(); }

    /// One turn of the loop at steady time `now` (the clock's now): touch sessions, item
    /// boundaries, display on/off, drawing when something changed. Returns the steady
    /// time of the next work (never before `now`); never waits.
    core::SteadyMs step(core::SteadyMs now);
    /// True when the last step() presented a frame.
    bool presented() const { return _presented; }

    /// Where an input went: the touch layer sees touches first, the item on screen next.
    enum class Routed { None, Touch, Stage, Staff };
    Routed handleInput(const render::InputEvent& e);
    /// The next step() draws even if nothing changed (window exposed, screenshot due).
    void redraw() { _dirty = true; }
    /// Staff notice across the top (import progress); empty hides it.
    void setBanner(const std::string& text);
    /// New content, swapped in at the next item boundary.
    void offerContent(std::shared_ptr<LoadedContent> content) { _stage.offerContent(std::move(content)); }

    /// A single media file has played to its end (see PlayerSetup::exitWhenDone).
    bool finished() const { return _finished; }
    /// Ends what plays (logged as interrupted with `reason`) and the touch layer.
    void stop(const std::string& reason);

    std::string currentLabel() const { return _stage.currentLabel(); }
    int frames() const { return _frames; }
    Stage& stage() { return _stage; }
    const Stage& stage() const { return _stage; }

    /// Called after the first frame is presented, with what it shows (sd_notify READY).
    std::function<void(const std::string& label)> onFirstFrame;
    /// Called after every presented frame (touch-feedback timing, screenshots).
    std::function<void()> onPresented;

private:
    void followTouch(core::SteadyMs now);
    void followStaff(core::SteadyMs now);
    void draw(core::SteadyMs now);

    PlayObserver* _observer;
    const bool _exitWhenDone;
    Stage _stage;
    Banner _banner;
    std::unique_ptr<TouchLayer> _touch;
    std::unique_ptr<StaffMenu> _staff;
    bool _staffWasOpen = false;
    render::Canvas* _canvas = nullptr;
    core::Logger _log{"player"};
    std::string _bannerText;
    bool _dirty = true, _presented = false, _firstFrame = true, _finished = false;
    bool _displayWasOn = true;
    int _frames = 0;
};

} // namespace signage::playback
