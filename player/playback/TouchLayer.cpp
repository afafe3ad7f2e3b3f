// SPDX-License-Identifier: GPL-3.0-or-later
#include "playback/TouchLayer.h"

#include <cstdio>

#include "core/Lang.h"
#include "core/WipeOnFree.h"
#include "scripting/PluginPresenter.h"

namespace signage::playback {

TouchLayer::TouchLayer(std::unique_ptr<scripting::PluginPresenter> plugin, const core::Clock& clock, core::Millis safetyIdle)
    : _plugin(std::move(plugin)), _clock(clock), _safetyIdle(safetyIdle) {}

TouchLayer::~TouchLayer() { stop(); }

bool TouchLayer::open(render::Canvas& canvas, std::string& error) {
    if (!_plugin->open(canvas, error)) return false;
    _plugin->start(_clock.steadyNow());
    return true;
}

TouchLayer::Change TouchLayer::update() {
    const core::SteadyMs now = _clock.steadyNow();
    const bool wants = _plugin->takeoverRequested();
    if (!_inSession && wants) {
        _inSession = true;
        // While a visitor types, C++ blocks the render thread frees are zeroed (text
        // caches, layout strings); until the session's plugin state is gone.
        core::setWipeOnFree(true);
        _sessionStart = now;
        _lastInput = now;
        _log.info(core::tr("bắt đầu phiên kiểm tra trên màn hình cảm ứng", "touch scam-check session begins"));
        return Change::SessionBegan;
    }
    if (_inSession && !wants) {
        endSession(core::tr("người dùng kết thúc", "ended by the visitor"));
        return Change::SessionEnded;
    }
    if (_inSession && _plugin->status() == render::PresenterStatus::Failed) {
        endSession(core::tr("plugin lỗi", "the plugin failed"));
        return Change::SessionEnded;
    }
    if (_inSession && now - _lastInput >= _safetyIdle.count()) {
        endSession(core::tr("bỏ trống quá lâu", "left idle too long"));
        return Change::SessionEnded;
    }
    return Change::None;
}

void TouchLayer::endSession(const std::string& why) {
    const core::SteadyMs now = _clock.steadyNow();
    _inSession = false;
    _lastSessionLength = core::Millis(now - _sessionStart);
    _log.info(core::tr("kết thúc phiên kiểm tra (", "touch session over (") + why + ", " +
              std::to_string(_lastSessionLength.count() / 1000) + " s)");
    // A fresh state: the session's strings go with the old one.
    std::string error;
    if (!_plugin->restartFresh(error))
        _log.warn(core::tr("không khởi động lại được plugin kiểm tra: ", "cannot restart the checker plugin: ") + error);
    core::setWipeOnFree(false);
}

bool TouchLayer::changeDue(core::SteadyMs now) const {
    auto next = nextChange(now);
    return next && *next <= now;
}

std::optional<core::SteadyMs> TouchLayer::nextChange(core::SteadyMs now) const {
    std::optional<core::SteadyMs> next = _plugin->nextChange(now);
    if (_inSession) {
        core::SteadyMs safety = _lastInput + _safetyIdle.count();
        if (!next || safety < *next) next = safety;
    }
    return next;
}

void TouchLayer::draw(render::Canvas& canvas) {
    auto size = canvas.size();
    render::RectF area{0, 0, static_cast<float>(size.w), static_cast<float>(size.h)};
    _plugin->draw(canvas, area, 1.0f, _clock.steadyNow());
}

bool TouchLayer::handleInput(const render::InputEvent& e) {
    _lastInput = _clock.steadyNow();
    bool used = _plugin->handleInput(e);
    // In a session every touch belongs to the session, used or not.
    return used || _inSession;
}

std::string TouchLayer::screenText() const {
    std::string out;
    for (const auto& c : _plugin->shownFrame().commands()) {
        if (c.kind != scripting::DrawCommand::Kind::Picture || c.text.empty()) continue;
        char head[64];
        std::snprintf(head, sizeof head, "%d %d %d %d ", static_cast<int>(c.rect.x), static_cast<int>(c.rect.y),
                      static_cast<int>(c.rect.w), static_cast<int>(c.rect.h));
        out += head;
        for (char ch : c.text) out += ch == '\n' ? ' ' : ch; // one line per text
        out += '\n';
    }
    return out;
}

std::optional<std::pair<float, float>> TouchLayer::locate(const std::string& label) const {
    std::optional<std::pair<float, float>> at;
    for (const auto& c : _plugin->shownFrame().commands())
        if (c.kind == scripting::DrawCommand::Kind::Picture && c.text == label)
            at = std::make_pair(c.rect.x + c.rect.w / 2, c.rect.y + c.rect.h / 2);
    return at;
}

void TouchLayer::stop() {
    if (_plugin) _plugin->stop();
}

} // namespace signage::playback
