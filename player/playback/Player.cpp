// SPDX-License-Identifier: GPL-3.0-or-later
#include "playback/Player.h"

#include <algorithm>

#include "core/Lang.h"

namespace signage::playback {

Player::Player(PlayerSetup setup)
    : _observer(setup.observer), _exitWhenDone(setup.exitWhenDone),
      _stage(setup.content, *setup.factory, *setup.clock, setup.observer, setup.wake, setup.prepare),
      _banner(setup.factory->textLayout()) {
    _stage.prefetch();
}

Player::~Player() { stop("shutdown"); }

void Player::stop(const std::string& reason) {
    if (_touch) _touch->stop();
    _stage.stopAll(reason);
}

void Player::setBanner(const std::string& text) {
    if (text == _bannerText) return;
    _bannerText = text;
    _dirty = true;
}

Player::Routed Player::handleInput(const render::InputEvent& e) {
    // The staff menu first: open, it takes everything; closed, it only watches the corner
    // (not during a visitor's session: the scam checker owns the screen then).
    if (_staff && _canvas && !(_touch && _touch->inSession()) && _staff->handleInput(e, _canvas->size())) {
        _dirty = true;
        return Routed::Staff;
    }
    if (_touch && _touch->handleInput(e)) {
        _dirty = true;
        return Routed::Touch;
    }
    if (_stage.handleInput(e)) {
        _dirty = true;
        return Routed::Stage;
    }
    return Routed::None;
}

void Player::followTouch(core::SteadyMs now) {
    switch (_touch->update()) {
    case TouchLayer::Change::SessionBegan:
        _stage.suspend("touch_session");
        if (_observer) _observer->event("touch_session", "start");
        _dirty = true;
        break;
    case TouchLayer::Change::SessionEnded:
        _stage.resume();
        if (_observer) _observer->event("touch_session", "end " + std::to_string(_touch->lastSessionLength().count() / 1000) + " s");
        _dirty = true;
        break;
    case TouchLayer::Change::None:
        // An emergency interrupt or the night's display-off outranks a visitor.
        if (_touch->inSession() && _stage.scheduleNeedsScreen()) {
            _touch->endSessionNow(core::tr("lịch phát cần màn hình", "the schedule needs the screen"));
            _stage.resume();
            if (_observer) _observer->event("touch_session", "end (schedule)");
            _dirty = true;
        }
        break;
    }
    if (_touch->changeDue(now)) _dirty = true;
}

void Player::followStaff(core::SteadyMs now) {
    if (_staff->update(now)) _dirty = true;
    // An emergency interrupt or the night's display-off outranks the staff menu too.
    if (_staff->isOpen() && _stage.scheduleNeedsScreen()) _staff->close("schedule");
    if (_staff->isOpen() != _staffWasOpen) {
        _staffWasOpen = _staff->isOpen();
        if (_staffWasOpen) _stage.suspend("staff_menu");
        else _stage.resume();
        _dirty = true;
    }
    if (_observer)
        for (const auto& [kind, detail] : _staff->takeEvents()) _observer->event(kind, detail);
}

void Player::draw(core::SteadyMs now) {
    render::Canvas& canvas = *_canvas;
    if (_staff && _staff->isOpen()) {
        _staff->draw(canvas); // covers the screen; the banner would hide its title
        canvas.present();
        ++_frames;
        _presented = true;
        _dirty = false;
        if (onPresented) onPresented();
        return;
    }
    const bool session = _touch && _touch->inSession();
    if (_stage.displayOn() || session) _stage.draw(canvas, now);
    else canvas.clear({0, 0, 0, 255}); // the schedule's night window: a dark screen
    if (_touch && (_stage.displayOn() || session)) _touch->draw(canvas);
    _banner.draw(canvas, _bannerText);
    canvas.present();
    ++_frames;
    _presented = true;
    _dirty = false;
    if (onPresented) onPresented();
    if (_firstFrame) {
        _firstFrame = false;
        if (onFirstFrame) onFirstFrame(_stage.currentLabel());
    }
}

core::SteadyMs Player::step(core::SteadyMs now) {
    _presented = false;
    if (_touch) followTouch(now);
    if (_staff) followStaff(now);
    if (_stage.update(*_canvas, now)) _dirty = true;
    if (_stage.displayOn() != _displayWasOn) {
        _displayWasOn = !_displayWasOn;
        if (_observer) _observer->event(_displayWasOn ? "display_on" : "display_off", "");
        _log.info(_displayWasOn ? core::tr("bật màn hình theo lịch", "display on (schedule)")
                                : core::tr("tắt màn hình theo lịch", "display off (schedule)"));
        _dirty = true;
    }
    if (_exitWhenDone && _stage.finishedCount() > 0) {
        _finished = true;
        return now;
    }
    // Nothing to show yet (the first item still preparing): present nothing rather than
    // a black frame; the window keeps what it had.
    const bool canShow =
        _stage.hasPicture() || !_stage.displayOn() || (_touch && _touch->inSession()) || (_staff && _staff->isOpen());
    if (_dirty && canShow) draw(now);

    core::SteadyMs deadline = _stage.nextDeadline(now);
    if (_touch)
        if (auto change = _touch->nextChange(now)) deadline = std::min(deadline, *change);
    if (_staff)
        if (auto change = _staff->nextChange(now)) deadline = std::min(deadline, *change);
    return std::max(deadline, now);
}

} // namespace signage::playback
