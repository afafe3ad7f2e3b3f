// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the wrap_*.cpp bindings (LÖVE's runtime.h in miniature):
// exception conversion at every entry, userdata proxies with named metatables and
// :release(), enums as strings, colours, and the plugin context behind every state.
// Render thread only.
#include <lua.hpp>

#include <cstddef>
#include <memory>
#include <new>
#include <stdexcept>
#include <string>
#include <vector>

#include "content/Model.h"

namespace signage::scripting {

struct PluginContext;

/// The plugin context of the state `L` (stored in LUA_EXTRASPACE, shared by coroutines).
PluginContext& contextOf(lua_State* L);
void setContext(lua_State* L, PluginContext* ctx);

/// Wraps a binding so that C++ exceptions become Lua errors at its entry (Lua's own
/// errors are pointer-typed throws and pass through untouched).
template <int (*F)(lua_State*)>
int guarded(lua_State* L) {
    try {
        return F(L);
    } catch (const std::exception& e) {
        lua_pushstring(L, e.what()); // [..., msg]
    }
    return lua_error(L);
}

/// A Lua error with a message (convenience for C++ code that builds std::strings).
[[noreturn]] void raise(lua_State* L, const std::string& message);

/// Reads a string enum; a bad one raises an error listing the valid values.
int checkEnum(lua_State* L, int idx, const std::vector<const char*>& names, const char* what, int def = -1);

/// Reads a colour: "#rrggbb", "#rrggbbaa" or {r, g, b[, a]} with 0..255 components.
content::Color checkColor(lua_State* L, int idx);
content::Color optColor(lua_State* L, int idx, content::Color def);

/// A finite number (NaN and infinities raise; huge values are clamped to ±1e6 pixels).
float checkCoord(lua_State* L, int idx);
float optCoord(lua_State* L, int idx, float def);

/// Sets t[name] = fn for every entry of `fns` (a luaL_Reg list) in the table on top.
void setFunctions(lua_State* L, const luaL_Reg* fns);

/// A userdata proxy owning a C++ object through shared_ptr. `release()` drops it early;
/// later use raises a clear error naming the type.
template <typename T>
struct Proxy {
    std::shared_ptr<T> object;
};

template <typename T>
T* pushProxy(lua_State* L, std::shared_ptr<T> object, const char* typeName) {
    void* mem = lua_newuserdatauv(L, sizeof(Proxy<T>), 0); // [..., ud]
    auto* proxy = new (mem) Proxy<T>{std::move(object)};
    luaL_setmetatable(L, typeName);                       // [..., ud]
    return proxy->object.get();
}

template <typename T>
Proxy<T>& checkProxy(lua_State* L, int idx, const char* typeName) {
    return *static_cast<Proxy<T>*>(luaL_checkudata(L, idx, typeName));
}

/// The live object behind a proxy, or an error when it was released.
template <typename T>
T& checkLive(lua_State* L, int idx, const char* typeName) {
    auto& proxy = checkProxy<T>(L, idx, typeName);
    if (!proxy.object) raise(L, std::string(typeName) + ": đã release() / was released");
    return *proxy.object;
}

/// __gc for a Proxy<T>: runs its destructor (drops the shared_ptr).
template <typename T>
int proxyGc(lua_State* L) {
    auto* proxy = static_cast<Proxy<T>*>(lua_touserdata(L, 1));
    if (proxy) proxy->~Proxy<T>();
    return 0;
}

/// Creates the named metatable `typeName` with __index = itself, __gc and the methods.
void defineType(lua_State* L, const char* typeName, lua_CFunction gc, const luaL_Reg* methods);

/// Installs a global table that raises a clear "needs permission" error on any use.
void installDeniedModule(lua_State* L, const char* name, const char* permission);

} // namespace signage::scripting
