// SPDX-License-Identifier: GPL-3.0-or-later
#include "scripting/PluginInstance.h"

#include <malloc.h>

#include <algorithm>
#include <stdexcept>

#include "core/Lang.h"
#include "scripting/Modules.h"
#include "scripting/Sandbox.h"

namespace signage::scripting {

PluginInstance::PluginInstance(PluginManifest manifest, Placement placement, const HostServices& services,
                               const HostLimits& limits, std::shared_ptr<PluginLog> log, std::shared_ptr<KvStore> kv)
    : _ctx(std::make_unique<PluginContext>(std::move(manifest), std::move(placement), services, limits, std::move(log))),
      _lua(std::make_unique<LuaState>(limits.memoryBytes)) {
    _ctx->kv = std::move(kv);
    _ctx->now = services.clock->steadyNow();
    CallResult r = _lua->run(limits.loadBudget, [&](lua_State* L) { openPluginApi(L, *_ctx); });
    if (!r.ok()) throw std::runtime_error(core::tr("không mở được API plugin: ", "cannot open the plugin API: ") + r.error);
}

PluginInstance::~PluginInstance() {
    // The state first (its finalizers reach the context), then the context's pictures and
    // caches. A plugin's heap is many small blocks between the player's own: glibc keeps
    // such freed pages resident unless asked to give them back (issue 18: RSS stayed ~20 MB
    // above the baseline after a plugin was disabled).
    _lua.reset();
    _ctx.reset();
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

CallResult PluginInstance::runInTurn(const std::function<void(lua_State*)>& fn) {
    const auto share = std::chrono::duration_cast<std::chrono::nanoseconds>(_ctx->limits.turnBudget);
    if (_turnSpent >= share) {
        ++_turnOverruns;
        CallResult r;
        r.status = CallResult::Status::Timeout;
        r.error =
            core::tr("đã dùng hết thời gian cho phép của lượt vẽ này (", "used up its time share of this loop turn (") +
            std::to_string(_ctx->limits.turnBudget.count() / 1000) + " ms)";
        return r;
    }
    auto left = std::chrono::duration_cast<std::chrono::microseconds>(share - _turnSpent);
    CallResult r = _lua->run(std::min(_ctx->limits.callbackBudget, std::max(left, std::chrono::microseconds(1))), fn);
    _turnSpent += _lua->lastRunCpu();
    return r;
}

CallResult PluginInstance::callback(const char* name, std::chrono::microseconds budget,
                                    int (*pushArgs)(lua_State*, const void*), const void* args, bool* truthy) {
    auto body = [&](lua_State* L) {
        lua_getfield(L, LUA_REGISTRYINDEX, "signage.plugin"); // [plugin]
        lua_getfield(L, -1, name);                            // [plugin, fn]
        if (lua_isnil(L, -1)) return;
        if (!lua_isfunction(L, -1))
            luaL_error(L, "plugin.%s %s", name, core::tr("phải là function", "must be a function").c_str());
        int n = pushArgs ? pushArgs(L, args) : 0; // [plugin, fn, args...]
        lua_call(L, n, 1);                        // [plugin, result]
        if (truthy) *truthy = lua_toboolean(L, -1);
    };
    // load() runs once, under its own larger budget; every other callback shares the turn.
    if (budget == _ctx->limits.loadBudget) return _lua->run(budget, body);
    return runInTurn(body);
}

bool PluginInstance::hasCallback(const char* name) {
    bool has = false;
    _lua->run(_ctx->limits.callbackBudget, [&](lua_State* L) {
        lua_getfield(L, LUA_REGISTRYINDEX, "signage.plugin"); // [plugin]
        lua_pushstring(L, name);                              // [plugin, name]
        has = lua_rawget(L, -2) == LUA_TFUNCTION;             // [plugin, fn]
    });
    return has;
}

CallResult PluginInstance::load(core::SteadyMs now) {
    _ctx->now = now;
    CallResult r = _lua->run(_ctx->limits.loadBudget, [&](lua_State* L) {
        loadTextChunk(L, _ctx->manifest.dir / "main.lua", "@" + _ctx->manifest.name + "/main.lua"); // [chunk]
        lua_call(L, 0, 0);                                                                          // []
    });
    if (!r.ok()) return r;
    return callback("load", _ctx->limits.loadBudget, nullptr, nullptr);
}

CallResult PluginInstance::enter(core::SteadyMs now) {
    _ctx->now = now;
    return callback("enter", _ctx->limits.callbackBudget, nullptr, nullptr);
}

CallResult PluginInstance::leave(core::SteadyMs now) {
    _ctx->now = now;
    return callback("leave", _ctx->limits.callbackBudget, nullptr, nullptr);
}

CallResult PluginInstance::frame(core::SteadyMs now, double dt, DrawList& out) {
    _ctx->now = now;
    out.clear();
    _ctx->recording = &out;
    _ctx->offsetX = _ctx->offsetY = 0;
    _ctx->offsetStack.clear();
    CallResult r = callback(
        "frame", _ctx->limits.callbackBudget,
        [](lua_State* L, const void* a) {
            lua_pushnumber(L, *static_cast<const double*>(a)); // [..., dt]
            return 1;
        },
        &dt);
    _ctx->recording = nullptr;
    return r;
}

CallResult PluginInstance::input(const render::InputEvent& event, core::SteadyMs now, bool* consumed) {
    _ctx->now = now;
    *consumed = false;
    return callback(
        "input", _ctx->limits.callbackBudget,
        [](lua_State* L, const void* a) {
            const auto& e = *static_cast<const render::InputEvent*>(a);
            static const char* const kKinds[] = {"down", "move", "up", "key", "text"};
            lua_createtable(L, 0, 6);                                 // [..., ev]
            lua_pushstring(L, kKinds[static_cast<int>(e.kind)]);      // [..., ev, kind]
            lua_setfield(L, -2, "kind");                              // [..., ev]
            if (e.kind == render::InputEvent::Kind::Key) {
                lua_pushlstring(L, e.key.data(), e.key.size());       // [..., ev, key]
                lua_setfield(L, -2, "key");                           // [..., ev]
            } else if (e.kind == render::InputEvent::Kind::Text) {
                lua_pushlstring(L, e.text.data(), e.text.size());     // [..., ev, text]
                lua_setfield(L, -2, "text");                          // [..., ev]
            } else {
                lua_pushnumber(L, e.x);                               // [..., ev, x]
                lua_setfield(L, -2, "x");                             // [..., ev]
                lua_pushnumber(L, e.y);                               // [..., ev, y]
                lua_setfield(L, -2, "y");                             // [..., ev]
                lua_pushinteger(L, static_cast<lua_Integer>(e.fingerId)); // [..., ev, finger]
                lua_setfield(L, -2, "finger");                        // [..., ev]
            }
            return 1;
        },
        &event, consumed);
}

CallResult PluginInstance::fireTimers(core::SteadyMs now) {
    _ctx->now = now;
    for (int id : _ctx->timers.dueAt(now)) {
        const TimerEntry* t = _ctx->timers.find(id);
        if (!t) continue; // cancelled by a timer that fired before it
        const int ref = t->callbackRef;
        const bool once = t->intervalMs == 0;
        if (once) _ctx->timers.cancel(id);
        else _ctx->timers.reschedule(id, now);
        CallResult r = runInTurn([&](lua_State* L) {
            lua_rawgeti(L, LUA_REGISTRYINDEX, ref);              // [fn]
            if (once) luaL_unref(L, LUA_REGISTRYINDEX, ref);     // [fn] (the stack keeps it alive)
            lua_call(L, 0, 0);                                   // []
        });
        if (!r.ok()) return r;
    }
    return {};
}

CallResult PluginInstance::deliverCheck(core::SteadyMs now) {
    _ctx->now = now;
    auto answer = _ctx->checks->take();
    if (!answer) return {};
    auto& [seq, verdict] = *answer;
    CallResult r;
    if (seq == _ctx->checkSeq) {
        // Counted once, when the visitor gets the answer; the hook sees no text.
        if (_ctx->services.onCheck) _ctx->services.onCheck(verdict);
        const int ref = _ctx->checkCallbackRef;
        _ctx->checkCallbackRef = LUA_NOREF;
        // An init-capture: clang 14 cannot capture a structured binding itself.
        r = runInTurn([ref, &answered = verdict](lua_State* L) {
            lua_rawgeti(L, LUA_REGISTRYINDEX, ref);          // [fn]
            luaL_unref(L, LUA_REGISTRYINDEX, ref);           // [fn] (the stack keeps it alive)
            pushVerdict(L, answered);                        // [fn, result]
            lua_call(L, 1, 0);                               // []
        });
    }
    verdict.wipe();
    return r;
}

std::optional<core::SteadyMs> PluginInstance::nextWake(core::SteadyMs now) const {
    std::optional<core::SteadyMs> next = _ctx->timers.nextDue();
    bool tweening = false;
    for (const auto& w : _ctx->tweens) {
        if (auto t = w.lock(); t && !t->doneAt(now)) {
            tweening = true;
            break;
        }
    }
    int fps = _ctx->manifest.fps > 0 ? _ctx->manifest.fps : (tweening ? 60 : 0);
    if (fps > 0) {
        // Rounded down: at 60 fps a 16 ms wake never misses a 16.7 ms display refresh.
        core::SteadyMs frameAt = now + std::max<core::SteadyMs>(1, 1000 / fps);
        if (!next || frameAt < *next) next = frameAt;
    }
    return next;
}

} // namespace signage::scripting
