// SPDX-License-Identifier: GPL-3.0-or-later
// tween: numbers that move smoothly over time (the host keeps redrawing while one runs).
//   tween.new(from, to, seconds [, easing [, repeat]]) -> Tween
//   tw:value() -> number   tw:done() -> bool   tw:restart()   tw:release()
//   tween.ease(easing, x) -> number     easing: linear, inQuad, outQuad, inOutQuad, inCubic,
//   outCubic, inOutCubic, inSine, outSine, inOutSine, outBack; repeat: once, loop, pingpong
#include <algorithm>
#include <cmath>

#include "core/Lang.h"
#include "scripting/LuaBinding.h"
#include "scripting/Modules.h"
#include "scripting/PluginContext.h"

namespace signage::scripting {

namespace {

constexpr const char* kTweenType = "signage.Tween";
constexpr std::size_t kMaxTweens = 1024;

double checkFinite(lua_State* L, int idx) {
    lua_Number v = luaL_checknumber(L, idx);
    if (!std::isfinite(v)) luaL_argerror(L, idx, "NaN/inf");
    return v;
}

int tweenNew(lua_State* L) {
    PluginContext& ctx = contextOf(L);
    auto t = std::make_shared<Tween>();
    t->from = checkFinite(L, 1);
    t->to = checkFinite(L, 2);
    t->seconds = checkFinite(L, 3);
    if (t->seconds < 0 || t->seconds > 86400) raise(L, core::tr("số giây của tween phải trong 0..86400", "tween seconds must be within 0..86400"));
    t->easing = static_cast<Easing>(checkEnum(L, 4, easingNames(), "easing", 0));
    t->repeat = static_cast<TweenRepeat>(checkEnum(L, 5, repeatNames(), "repeat", 0));
    t->start = ctx.now;
    auto& live = ctx.tweens;
    live.erase(std::remove_if(live.begin(), live.end(), [](const auto& w) { return w.expired(); }), live.end());
    if (live.size() >= kMaxTweens) raise(L, core::tr("quá nhiều tween", "too many tweens") + std::string(" (max 1024)"));
    live.push_back(t);
    pushProxy(L, std::move(t), kTweenType); // [..., tween]
    return 1;
}

int tweenValue(lua_State* L) {
    Tween& t = checkLive<Tween>(L, 1, kTweenType);
    lua_pushnumber(L, t.valueAt(contextOf(L).now)); // [tw, v]
    return 1;
}

int tweenDone(lua_State* L) {
    Tween& t = checkLive<Tween>(L, 1, kTweenType);
    lua_pushboolean(L, t.doneAt(contextOf(L).now)); // [tw, done]
    return 1;
}

int tweenRestart(lua_State* L) {
    Tween& t = checkLive<Tween>(L, 1, kTweenType);
    t.start = contextOf(L).now;
    return 0;
}

int tweenRelease(lua_State* L) {
    checkProxy<Tween>(L, 1, kTweenType).object.reset();
    return 0;
}

int tweenEase(lua_State* L) {
    auto e = static_cast<Easing>(checkEnum(L, 1, easingNames(), "easing"));
    lua_pushnumber(L, ease(e, checkFinite(L, 2))); // [name, x, y]
    return 1;
}

const luaL_Reg kMethods[] = {
    {"value", guarded<tweenValue>},     {"done", guarded<tweenDone>},
    {"restart", guarded<tweenRestart>}, {"release", guarded<tweenRelease>},
    {nullptr, nullptr},
};

const luaL_Reg kTween[] = {
    {"new", guarded<tweenNew>},
    {"ease", guarded<tweenEase>},
    {nullptr, nullptr},
};

} // namespace

void openTween(lua_State* L) {
    defineType(L, kTweenType, proxyGc<Tween>, kMethods);
    lua_newtable(L);           // [tween]
    setFunctions(L, kTween);   // [tween]
    lua_setglobal(L, "tween"); // []
}

} // namespace signage::scripting
