// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A plugin on screen (render::Presenter): a fullscreen playlist item, an overlay zone, or
// one plugin alone (`signage play PLUGIN_DIR`). Runs plugin.frame only when the plugin
// needs it (its fps, a tween, a timer, input) and replays the last complete frame on every
// other redraw. Faults are contained here: logged once, counted by the host's FaultPolicy;
// a plugin that keeps failing is dropped for a cool-down (an item reports Failed so the
// stage moves on, a zone draws nothing and comes back after the cool-down). Items always
// paint their background first, so a plugin never leaves the screen black.
// In dev mode (HostServices::devMode) the plugin folder is polled every 500 ms and a
// changed file reloads this plugin alone; errors are drawn on screen instead of skipping.
// Render thread only.
#include <filesystem>
#include <memory>
#include <optional>
#include <set>
#include <string>

#include "render/Presenter.h"
#include "scripting/CallResult.h"
#include "scripting/DrawList.h"
#include "scripting/PluginContext.h"
#include "scripting/PluginHost.h"

namespace signage::scripting {

class PluginInstance;

class PluginPresenter final : public render::Presenter {
public:
    PluginPresenter(PluginHost& host, std::filesystem::path pluginDir, Placement placement);
    ~PluginPresenter() override;

    bool open(render::Canvas& canvas, std::string& error) override;
    void start(core::SteadyMs now) override;
    void draw(render::Canvas& canvas, const render::RectF& area, float opacity, core::SteadyMs now) override;
    std::optional<core::SteadyMs> nextChange(core::SteadyMs now) const override;
    render::PresenterStatus status() const override;
    std::string failureReason() const override { return _failure; }
    bool handleInput(const render::InputEvent& e) override;
    void stop() override;

    /// A touch layer's plugin asked for the whole screen (plugin.takeover(true)).
    bool takeoverRequested() const;
    /// Replaces the plugin's Lua state with a fresh one (plugin.load runs again, then
    /// enter when started): a touch session's memory is dropped (and zeroed by the
    /// allocator). False + `error` when the fresh state fails to load (the old one is gone).
    bool restartFresh(std::string& error);

    // Introspection (tests, bench, `signage play`).
    bool running() const { return _instance != nullptr; }
    const PluginManifest* manifest() const;
    std::size_t luaMemory() const;
    const std::string& lastError() const { return _lastError; }
    std::size_t faultCount() const { return _faultCount; }
    int reloads() const { return _reloads; }
    const DrawList& shownFrame() const { return _shown; }
    PluginInstance* instance() { return _instance.get(); }

private:
    std::unique_ptr<PluginInstance> buildInstance(core::SteadyMs now, std::string& error);
    void handleFault(const std::string& where, const CallResult& r, core::SteadyMs now);
    void disable(core::SteadyMs now, const std::string& why);
    void runFrame(core::SteadyMs now);
    void maybeReload(core::SteadyMs now);
    std::size_t fingerprint() const;
    void paintBackground(render::Canvas& canvas, const render::RectF& area, float opacity) const;
    void paintDevError(render::Canvas& canvas, const render::RectF& area, float opacity);
    void emit(PlayFact::Kind kind, core::Millis duration);
    core::SteadyMs clockNow() const;

    PluginHost& _host;
    PluginHost::Record* _record; // owned by the host (std::map nodes are stable)
    std::filesystem::path _dir;
    Placement _placement;
    bool _dev;

    std::unique_ptr<PluginInstance> _instance;
    render::Canvas* _canvas = nullptr; // outlives this presenter (the stage's canvas)
    render::RectF _area{};
    render::Size _size{};
    DrawList _shown, _building;   // last complete frame / the frame being recorded
    bool _frameDue = true;
    std::optional<core::SteadyMs> _lastFrame, _nextWake;
    std::optional<core::SteadyMs> _enteredAt;
    bool _started = false;        // start() called (and not yet stop())
    bool _failed = false;         // item: cannot play (load failed or disabled)
    std::string _failure, _lastError, _devError;
    std::size_t _faultCount = 0;
    std::set<long long> _fingers; // touches that began inside the zone

    // dev mode
    core::SteadyMs _lastReloadCheck = 0;
    std::size_t _fingerprint = 0;
    int _reloads = 0;
    std::shared_ptr<render::Picture> _devErrorPicture;
    std::string _devErrorPictureFor;
};

} // namespace signage::scripting
