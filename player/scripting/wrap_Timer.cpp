// SPDX-License-Identifier: GPL-3.0-or-later
// timer: callbacks later or every so often, on the player's clock.
//   timer.after(seconds, fn) -> Timer      timer.every(seconds, fn) -> Timer
//   t:cancel()   t:release() (same)        t:active() -> bool
// Timers fire between frames, each under its own time budget; a timer keeps running when
// its Timer object is dropped (keep it only to cancel).
#include <algorithm>
#include <cmath>

#include "core/Lang.h"
#include "scripting/LuaBinding.h"
#include "scripting/Modules.h"
#include "scripting/PluginContext.h"

namespace signage::scripting {

using core::tr;

namespace {

constexpr const char* kTimerType = "signage.Timer";

struct TimerHandle {
    int id = 0;
};

int addTimer(lua_State* L, bool repeat) {
    lua_Number seconds = luaL_checknumber(L, 1);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    if (!std::isfinite(seconds) || seconds < 0 || seconds > 7 * 24 * 3600) {
        raise(L, tr("số giây của timer phải trong 0..604800", "timer seconds must be within 0..604800"));
    }
    PluginContext& ctx = contextOf(L);
    std::int64_t ms = static_cast<std::int64_t>(std::llround(seconds * 1000));
    if (repeat) ms = std::max<std::int64_t>(ms, TimerSet::kMinIntervalMs);
    lua_pushvalue(L, 2);                        // [s, fn, fn]
    int ref = luaL_ref(L, LUA_REGISTRYINDEX);   // [s, fn]
    int id = ctx.timers.add(ctx.now + ms, repeat ? ms : 0, ref);
    if (id == 0) {
        luaL_unref(L, LUA_REGISTRYINDEX, ref);
        raise(L, tr("quá nhiều timer (tối đa ", "too many timers (at most ") + std::to_string(TimerSet::kMaxTimers) + ")");
    }
    pushProxy(L, std::make_shared<TimerHandle>(TimerHandle{id}), kTimerType); // [s, fn, timer]
    return 1;
}

int timerAfter(lua_State* L) { return addTimer(L, false); }
int timerEvery(lua_State* L) { return addTimer(L, true); }

int timerCancel(lua_State* L) {
    auto& proxy = checkProxy<TimerHandle>(L, 1, kTimerType);
    if (proxy.object) {
        if (auto e = contextOf(L).timers.cancel(proxy.object->id)) luaL_unref(L, LUA_REGISTRYINDEX, e->callbackRef);
        proxy.object.reset();
    }
    return 0;
}

int timerActive(lua_State* L) {
    auto& proxy = checkProxy<TimerHandle>(L, 1, kTimerType);
    lua_pushboolean(L, proxy.object && contextOf(L).timers.find(proxy.object->id) != nullptr); // [t, active]
    return 1;
}

const luaL_Reg kMethods[] = {
    {"cancel", guarded<timerCancel>},
    {"release", guarded<timerCancel>},
    {"active", guarded<timerActive>},
    {nullptr, nullptr},
};

const luaL_Reg kTimer[] = {
    {"after", guarded<timerAfter>},
    {"every", guarded<timerEvery>},
    {nullptr, nullptr},
};

} // namespace

void openTimer(lua_State* L) {
    defineType(L, kTimerType, proxyGc<TimerHandle>, kMethods);
    lua_newtable(L);           // [timer]
    setFunctions(L, kTimer);   // [timer]
    lua_setglobal(L, "timer"); // []
}

void releaseTimers(lua_State* L, PluginContext& ctx) {
    for (const auto& e : ctx.timers.takeAll()) luaL_unref(L, LUA_REGISTRYINDEX, e.callbackRef);
}

} // namespace signage::scripting
