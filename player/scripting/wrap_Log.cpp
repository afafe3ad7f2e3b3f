// SPDX-License-Identifier: GPL-3.0-or-later
// log: lines in the player's log under "plugin:<name>", rate-limited.
//   log.debug(...)  log.info(...)  log.warn(...)  log.error(...)  print(...) (= log.info)
#include "core/Log.h"
#include "scripting/LuaBinding.h"
#include "scripting/Modules.h"
#include "scripting/PluginContext.h"

namespace signage::scripting {

namespace {

constexpr std::size_t kMaxLine = 2000;

template <core::LogLevel kLevel>
int logAt(lua_State* L) {
    int n = lua_gettop(L);
    std::string line;
    for (int i = 1; i <= n && line.size() < kMaxLine; ++i) {
        size_t len = 0;
        const char* s = luaL_tolstring(L, i, &len); // [args..., s]
        if (i > 1) line += '\t';
        line.append(s, len);
        lua_pop(L, 1);                              // [args...]
    }
    if (line.size() > kMaxLine) line.resize(kMaxLine);
    PluginContext& ctx = contextOf(L);
    ctx.log.line(kLevel, line, ctx.services.clock->steadyNow());
    return 0;
}

const luaL_Reg kLog[] = {
    {"debug", guarded<logAt<core::LogLevel::Debug>>},
    {"info", guarded<logAt<core::LogLevel::Info>>},
    {"warn", guarded<logAt<core::LogLevel::Warn>>},
    {"error", guarded<logAt<core::LogLevel::Error>>},
    {nullptr, nullptr},
};

} // namespace

void openLog(lua_State* L) {
    lua_newtable(L);                                     // [log]
    setFunctions(L, kLog);                               // [log]
    lua_setglobal(L, "log");                             // []
    lua_pushcfunction(L, guarded<logAt<core::LogLevel::Info>>); // [print]
    lua_setglobal(L, "print");                           // []
}

} // namespace signage::scripting
