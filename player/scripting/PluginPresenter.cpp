// SPDX-License-Identifier: GPL-3.0-or-later
#include "scripting/PluginPresenter.h"

#include <cmath>
#include <functional>

#include "core/Lang.h"
#include "scripting/PluginInstance.h"
#include "scripting/TextRenderer.h"

namespace signage::scripting {

namespace fs = std::filesystem;
using core::tr;

namespace {
constexpr content::Color kDefaultBackground{0x0b, 0x2e, 0x59, 255}; // the slides' deep blue
constexpr content::Color kErrorBand{0xb0, 0x00, 0x20, 230};

std::string firstLine(const std::string& s) { return s.substr(0, s.find('\n')); }
} // namespace

PluginPresenter::PluginPresenter(PluginHost& host, fs::path pluginDir, Placement placement)
    : _host(host), _record(&host.record(pluginDir)), _dir(std::move(pluginDir)), _placement(std::move(placement)),
      _dev(host.services().devMode) {}

PluginPresenter::~PluginPresenter() {
    if (_started) stop();
}

core::SteadyMs PluginPresenter::clockNow() const { return _host.services().clock->steadyNow(); }

const PluginManifest* PluginPresenter::manifest() const { return _instance ? &_instance->context().manifest : nullptr; }

std::size_t PluginPresenter::luaMemory() const { return _instance ? _instance->lua().memoryUsed() : 0; }

std::unique_ptr<PluginInstance> PluginPresenter::buildInstance(core::SteadyMs now, std::string& error) {
    core::Diagnostics diags;
    PluginManifest m;
    bool ok = loadPluginManifest(_dir, m, diags);
    for (const auto& d : diags.all()) {
        if (d.severity == core::Diagnostic::Severity::Warning) _record->log->fault(d.format());
    }
    if (!ok) {
        error.clear();
        for (const auto& d : diags.all()) {
            if (d.severity == core::Diagnostic::Severity::Error) error += (error.empty() ? "" : "\n") + d.format();
        }
        return nullptr;
    }
    try {
        std::shared_ptr<KvStore> kv;
        if (m.permissions.kv) kv = _host.kvStore(m.name);
        auto inst = std::make_unique<PluginInstance>(std::move(m), _placement, _host.services(), _host.limits(), _record->log,
                                                     std::move(kv));
        inst->setCanvas(_canvas);
        inst->setArea(_size);
        CallResult r = inst->load(now);
        if (!r.ok()) {
            error = "load: " + r.error;
            return nullptr;
        }
        return inst;
    } catch (const std::exception& e) {
        error = e.what();
        return nullptr;
    }
}

bool PluginPresenter::open(render::Canvas& canvas, std::string& error) {
    const core::SteadyMs now = clockNow();
    _canvas = &canvas;
    render::Size full = canvas.size();
    if (_placement.rect) {
        const auto& r = *_placement.rect;
        _size = {static_cast<int>(std::lround(r[2] * static_cast<float>(full.w))),
                 static_cast<int>(std::lround(r[3] * static_cast<float>(full.h)))};
    } else {
        _size = full;
    }
    if (!_dev && _record->faults.disabledAt(now)) {
        auto left = (*_record->faults.disabledUntil() - now + 999) / 1000;
        error = tr("plugin đang tạm dừng sau nhiều lỗi, còn ", "plugin is cooling down after repeated faults, ") +
                std::to_string(left) + tr(" giây", " s left");
        _failed = true;
        _failure = error;
        return false;
    }
    _fingerprint = fingerprint();
    _lastReloadCheck = now;
    std::string why;
    _instance = buildInstance(now, why);
    if (_instance) return true;

    ++_faultCount;
    _lastError = why;
    _record->log->fault(why);
    if (_dev) {
        _devError = why; // shown on screen; fixed by editing the files (hot reload)
        return true;
    }
    _record->faults.recordFault(now);
    _failed = true;
    _failure = why;
    error = why;
    return false;
}

void PluginPresenter::emit(PlayFact::Kind kind, core::Millis duration) {
    const auto& onPlay = _host.services().onPlay;
    if (!onPlay) return;
    PlayFact f;
    f.kind = kind;
    f.plugin = _instance ? _instance->context().manifest.name : _dir.filename().string();
    f.placement = _placement.id;
    f.zone = _placement.kind == Placement::Kind::Zone;
    f.at = _host.services().clock->wallNow();
    f.duration = duration;
    onPlay(f);
}

void PluginPresenter::start(core::SteadyMs now) {
    if (_started) return;
    _started = true;
    _frameDue = true;
    _lastFrame.reset();
    if (!_instance) return;
    _enteredAt = now;
    emit(PlayFact::Kind::Enter, core::Millis(0));
    CallResult r = _instance->enter(now);
    if (!r.ok()) handleFault("enter", r, now);
}

void PluginPresenter::stop() {
    if (!_started) return;
    const core::SteadyMs now = clockNow();
    if (_instance) {
        CallResult r = _instance->leave(now);
        if (!r.ok()) handleFault("leave", r, now);
    }
    if (_enteredAt) emit(PlayFact::Kind::Leave, core::Millis(now - *_enteredAt));
    _enteredAt.reset();
    _started = false;
    _fingers.clear();
}

void PluginPresenter::handleFault(const std::string& where, const CallResult& r, core::SteadyMs now) {
    ++_faultCount;
    _lastError = where + ": " + r.error;
    _record->log->fault(_lastError);
    if (_dev) {
        _devError = _lastError;
        return;
    }
    if (_record->faults.recordFault(now)) disable(now, _lastError);
}

void PluginPresenter::disable(core::SteadyMs now, const std::string& why) {
    auto until = _record->faults.disabledUntil().value_or(now);
    _record->log->host(core::LogLevel::Warn,
                       tr("tạm tắt plugin ", "disabling the plugin for ") + std::to_string((until - now) / 1000) +
                           tr(" giây sau nhiều lỗi liên tiếp; lỗi cuối: ", " s after repeated faults; last: ") + firstLine(why));
    _instance.reset(); // a broken plugin gets no leave(): it may be what is broken
    _shown.clear();
    _building.clear();
    _nextWake.reset();
    _failure = tr("plugin bị tạm tắt sau nhiều lỗi: ", "plugin disabled after repeated faults: ") + firstLine(why);
    if (_placement.kind != Placement::Kind::Zone) _failed = true;
}

void PluginPresenter::runFrame(core::SteadyMs now) {
    double dt = _lastFrame ? static_cast<double>(now - *_lastFrame) / 1000.0 : 0.0;
    _lastFrame = now;
    _frameDue = false;
    CallResult r = _instance->frame(now, dt, _building);
    if (r.ok()) {
        _shown.swap(_building); // only complete frames reach the screen
    } else {
        handleFault("frame", r, now);
    }
    _building.clear();
}

void PluginPresenter::draw(render::Canvas& canvas, const render::RectF& area, float opacity, core::SteadyMs now) {
    _canvas = &canvas;
    _area = area;
    render::Size size{static_cast<int>(std::lround(area.w)), static_cast<int>(std::lround(area.h))};
    if (_dev) maybeReload(now);

    // A zone comes back by itself once its cool-down is over.
    if (!_instance && !_dev && _placement.kind == Placement::Kind::Zone && _record->faults.disabledUntil() &&
        !_record->faults.disabledAt(now)) {
        std::string why;
        _size = size;
        _instance = buildInstance(now, why);
        if (_instance) {
            _record->log->host(core::LogLevel::Info, tr("plugin chạy lại sau thời gian tạm dừng", "plugin back after its cool-down"));
            if (_started) {
                _enteredAt = now;
                CallResult r = _instance->enter(now);
                if (!r.ok()) handleFault("enter", r, now);
            }
            _frameDue = true;
            _lastFrame.reset();
        } else {
            ++_faultCount;
            _lastError = "load: " + why;
            _record->log->fault(_lastError);
            _record->faults.disable(now); // still broken: another, longer cool-down
        }
    }

    if (_instance) {
        if (size.w != _size.w || size.h != _size.h) {
            _size = size;
            _frameDue = true;
        }
        _instance->setCanvas(&canvas);
        _instance->setArea(_size);
        _instance->beginTurn();    // one share of the loop turn for all callbacks until the next draw
        if (!_started) start(now); // drawn without start(): a preview or render command
    }
    if (_instance) {
        auto due = _instance->context().timers.nextDue();
        if (due && *due <= now) {
            CallResult r = _instance->fireTimers(now);
            if (!r.ok()) handleFault("timer", r, now);
            _frameDue = true; // timers change state; show it
        }
    }
    if (_instance && _instance->checkWaiting()) {
        CallResult r = _instance->deliverCheck(now);
        if (!r.ok()) handleFault("checker.check callback", r, now);
        _frameDue = true;
    }
    if (_instance && (_frameDue || (_nextWake && now >= *_nextWake))) runFrame(now);
    if (_instance) _nextWake = _instance->nextWake(now);

    if (_placement.kind != Placement::Kind::Zone) paintBackground(canvas, area, opacity);
    _shown.replay(canvas, area, opacity);
    if (_dev && !_devError.empty()) paintDevError(canvas, area, opacity);
}

std::optional<core::SteadyMs> PluginPresenter::nextChange(core::SteadyMs now) const {
    std::optional<core::SteadyMs> next;
    auto take = [&](core::SteadyMs t) {
        if (!next || t < *next) next = t;
    };
    if (_instance) {
        if (_frameDue) take(now);
        if (_nextWake) take(*_nextWake);
        if (auto due = _instance->context().timers.nextDue()) take(*due);
        if (_instance->checkWaiting()) take(now);
    } else if (_placement.kind == Placement::Kind::Zone && !_dev) {
        if (auto until = _record->faults.disabledUntil(); until && *until > now) take(*until);
    }
    if (_dev) take(_lastReloadCheck + _host.limits().reloadCheckEvery.count());
    return next;
}

bool PluginPresenter::takeoverRequested() const { return _instance && _instance->context().takeover; }

bool PluginPresenter::restartFresh(std::string& error) {
    const core::SteadyMs now = clockNow();
    if (_instance && _started) {
        CallResult r = _instance->leave(now);
        if (!r.ok()) _record->log->fault("leave: " + r.error);
    }
    _instance.reset(); // first: the old state is closed (and its heap zeroed) before the new one
    _shown.clear();
    _building.clear();
    _fingers.clear();
    _instance = buildInstance(now, error);
    if (!_instance) return false;
    _frameDue = true;
    _lastFrame.reset();
    if (_started) {
        CallResult r = _instance->enter(now);
        if (!r.ok()) handleFault("enter", r, now);
    }
    return true;
}

render::PresenterStatus PluginPresenter::status() const {
    if (_failed && !_dev) return render::PresenterStatus::Failed;
    if (_instance && _instance->finishRequested()) return render::PresenterStatus::Finished;
    return render::PresenterStatus::Playing;
}

bool PluginPresenter::handleInput(const render::InputEvent& e) {
    if (!_instance || !_started || !_instance->context().manifest.permissions.touch) return false;
    render::InputEvent local = e;
    using Kind = render::InputEvent::Kind;
    if (e.kind == Kind::TouchDown || e.kind == Kind::TouchMove || e.kind == Kind::TouchUp) {
        local.x = e.x - _area.x;
        local.y = e.y - _area.y;
        if (e.kind == Kind::TouchDown) {
            bool inside = local.x >= 0 && local.y >= 0 && local.x < _area.w && local.y < _area.h;
            if (!inside) return false;
            _fingers.insert(e.fingerId);
        } else if (!_fingers.count(e.fingerId)) {
            return false;
        } else if (e.kind == Kind::TouchUp) {
            _fingers.erase(e.fingerId);
        }
    }
    const core::SteadyMs now = clockNow();
    bool consumed = false;
    CallResult r = _instance->input(local, now, &consumed);
    if (!r.ok()) handleFault("input", r, now);
    _frameDue = true;
    return consumed;
}

std::size_t PluginPresenter::fingerprint() const {
    // Names, sizes and modification times of the folder's top-level files: cheap to poll.
    std::size_t h = 0;
    std::error_code ec;
    std::hash<std::string> hs;
    int n = 0;
    for (fs::directory_iterator it(_dir, ec), end; !ec && it != end && n < 500; it.increment(ec), ++n) {
        std::error_code e2;
        if (!it->is_regular_file(e2)) continue;
        auto t = fs::last_write_time(it->path(), e2).time_since_epoch().count();
        auto size = it->file_size(e2);
        h ^= hs(it->path().filename().string()) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
        h ^= static_cast<std::size_t>(t) * 31 + size;
    }
    return h;
}

void PluginPresenter::maybeReload(core::SteadyMs now) {
    if (now - _lastReloadCheck < _host.limits().reloadCheckEvery.count()) return;
    _lastReloadCheck = now;
    std::size_t fp = fingerprint();
    if (fp == _fingerprint) return;
    _fingerprint = fp;
    std::string why;
    auto fresh = buildInstance(now, why);
    if (!fresh) {
        ++_faultCount;
        _lastError = why;
        _devError = why;
        _record->log->fault(why);
        return; // the old instance (if any) keeps running
    }
    if (_instance && _started) {
        CallResult r = _instance->leave(now);
        if (!r.ok()) _record->log->fault("leave: " + r.error);
    }
    _instance = std::move(fresh);
    _devError.clear();
    ++_reloads;
    _record->log->host(core::LogLevel::Info, tr("đã nạp lại plugin", "plugin reloaded"));
    _frameDue = true;
    _lastFrame.reset();
    _shown.clear();
    if (_started) {
        _enteredAt = now;
        CallResult r = _instance->enter(now);
        if (!r.ok()) handleFault("enter", r, now);
    }
}

void PluginPresenter::paintBackground(render::Canvas& canvas, const render::RectF& area, float opacity) const {
    content::Color bg = kDefaultBackground;
    if (_instance && _instance->context().manifest.background) bg = *_instance->context().manifest.background;
    bg.a = static_cast<std::uint8_t>(std::lround(bg.a * opacity));
    canvas.fillRect(area, bg);
}

void PluginPresenter::paintDevError(render::Canvas& canvas, const render::RectF& area, float opacity) {
    float bandH = std::min(area.h, std::max(80.0f, area.h * 0.3f));
    render::RectF band{area.x, area.y + area.h - bandH, area.w, bandH};
    content::Color c = kErrorBand;
    c.a = static_cast<std::uint8_t>(std::lround(c.a * opacity));
    canvas.setClip(area);
    canvas.fillRect(band, c);
    TextRenderer* text = _host.services().text;
    if (text) {
        if (_devErrorPictureFor != _devError) {
            // Only the first lines: the message and the top of the traceback.
            std::string shown;
            int lines = 0;
            for (size_t i = 0; i < _devError.size() && lines < 8; ++i) {
                shown += _devError[i];
                if (_devError[i] == '\n') ++lines;
            }
            TextStyle style;
            style.size = std::max(14.0f, std::min(28.0f, bandH / 10));
            style.width = std::max(1.0f, area.w - 24);
            std::string err;
            _devErrorPicture = text->renderToPicture(canvas, shown, style, &err);
            _devErrorPictureFor = _devError;
        }
        if (_devErrorPicture) {
            auto sz = _devErrorPicture->size();
            canvas.drawPicture(*_devErrorPicture, {band.x + 12, band.y + 8, static_cast<float>(sz.w), static_cast<float>(sz.h)}, opacity);
        }
    }
    canvas.setClip(std::nullopt);
}

} // namespace signage::scripting
