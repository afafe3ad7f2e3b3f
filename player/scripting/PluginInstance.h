// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One loaded plugin: its sandboxed lua_State, its context, and the lifecycle calls
// (load, enter, leave, frame, input, timers), each a protected run under the budgets.
// Knows nothing of faults policy or the screen: PluginPresenter decides what a failed
// call means. Render thread only.
#include <functional>
#include <memory>
#include <optional>

#include "render/Presenter.h"
#include "scripting/LuaState.h"
#include "scripting/PluginContext.h"

namespace signage::scripting {

class PluginInstance {
public:
    /// Creates the state and opens the API the manifest allows. Throws std::runtime_error
    /// when even that fails (the memory cap is too small for the API).
    PluginInstance(PluginManifest manifest, Placement placement, const HostServices& services, const HostLimits& limits,
                   std::shared_ptr<PluginLog> log, std::shared_ptr<KvStore> kv);
    ~PluginInstance();
    PluginInstance(const PluginInstance&) = delete;
    PluginInstance& operator=(const PluginInstance&) = delete;

    /// The canvas images and text are made for (outlives the instance).
    void setCanvas(render::Canvas* canvas) { _ctx->canvas = canvas; }
    /// The zone's size in pixels (what gfx.size returns).
    void setArea(render::Size area) { _ctx->area = area; }

    /// Runs main.lua, then plugin.load() (under limits.loadBudget).
    CallResult load(core::SteadyMs now);
    CallResult enter(core::SteadyMs now);
    CallResult leave(core::SteadyMs now);
    /// Runs plugin.frame(dt), recording its drawing into `out` (cleared first).
    CallResult frame(core::SteadyMs now, double dt, DrawList& out);
    /// Runs plugin.input(event) with coordinates already made zone-local; *consumed is
    /// whether the plugin returned a true value.
    CallResult input(const render::InputEvent& event, core::SteadyMs now, bool* consumed);
    /// Fires every timer due at `now`, earliest first; stops at the first failure.
    CallResult fireTimers(core::SteadyMs now);
    /// True when a scam check's verdict waits for the plugin (any thread may have put it).
    bool checkWaiting() const { return _ctx->checks->full(); }
    /// Calls checker.check's callback with the waiting verdict (a stale one is dropped),
    /// then wipes the verdict's copy of the input. Budget as a timer callback.
    CallResult deliverCheck(core::SteadyMs now);

    /// When the plugin next needs a frame: its next timer, or the next frame while it
    /// animates (fps in plugin.toml, or a running tween). nullopt: only when something happens.
    std::optional<core::SteadyMs> nextWake(core::SteadyMs now) const;
    bool hasCallback(const char* name);

    /// Starts a new loop turn: every callback until the next beginTurn() (frame, timers,
    /// input, checker answers) shares limits.turnBudget of CPU time, so a plugin with many
    /// callbacks that each stay under the per-callback budget still cannot hold the loop.
    void beginTurn() { _turnSpent = std::chrono::nanoseconds(0); }
    /// Callbacks refused because the turn's share was used up.
    std::size_t turnOverruns() const { return _turnOverruns; }

    bool finishRequested() const { return _ctx->finishRequested; }
    PluginContext& context() { return *_ctx; }
    const PluginContext& context() const { return *_ctx; }
    const LuaState& lua() const { return *_lua; }

private:
    CallResult runInTurn(const std::function<void(lua_State*)>& fn);
    CallResult callback(const char* name, std::chrono::microseconds budget, int (*pushArgs)(lua_State*, const void*),
                        const void* args, bool* truthy = nullptr);

    // Order matters: the context outlives the state (finalizers reach it through contextOf).
    std::unique_ptr<PluginContext> _ctx;
    std::unique_ptr<LuaState> _lua;
    std::chrono::nanoseconds _turnSpent{0}; // CPU time used by callbacks since beginTurn()
    std::size_t _turnOverruns = 0;
};

} // namespace signage::scripting
