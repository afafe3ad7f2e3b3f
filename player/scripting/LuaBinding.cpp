// SPDX-License-Identifier: GPL-3.0-or-later
#include "scripting/LuaBinding.h"

#include <cmath>
#include <cstring>

#include "core/Lang.h"
#include "scripting/ColorText.h"

namespace signage::scripting {

PluginContext& contextOf(lua_State* L) { return **static_cast<PluginContext**>(lua_getextraspace(L)); }
void setContext(lua_State* L, PluginContext* ctx) { *static_cast<PluginContext**>(lua_getextraspace(L)) = ctx; }

void raise(lua_State* L, const std::string& message) {
    lua_pushlstring(L, message.data(), message.size()); // [..., msg]
    lua_error(L);
    std::abort(); // unreachable: lua_error throws
}

int checkEnum(lua_State* L, int idx, const std::vector<const char*>& names, const char* what, int def) {
    if (def >= 0 && lua_isnoneornil(L, idx)) return def;
    const char* s = luaL_checkstring(L, idx);
    for (size_t i = 0; i < names.size(); ++i) {
        if (std::strcmp(s, names[i]) == 0) return static_cast<int>(i);
    }
    std::string valid;
    for (const char* n : names) valid += (valid.empty() ? "" : ", ") + std::string(n);
    raise(L, core::tr("giá trị không hợp lệ cho ", "invalid value for ") + what + ": \"" + s + "\" (" +
                 core::tr("dùng một trong: ", "use one of: ") + valid + ")");
}

content::Color checkColor(lua_State* L, int idx) {
    if (lua_type(L, idx) == LUA_TSTRING) {
        content::Color c;
        if (!parseColor(lua_tostring(L, idx), c)) {
            raise(L, core::tr("màu không hợp lệ \"", "invalid colour \"") + lua_tostring(L, idx) +
                         core::tr("\" (dạng #rrggbb hoặc #rrggbbaa)", "\" (use #rrggbb or #rrggbbaa)"));
        }
        return c;
    }
    if (lua_type(L, idx) == LUA_TTABLE) {
        auto component = [&](int i, int def) {
            lua_rawgeti(L, idx, i); // [..., v]
            lua_Number v = lua_isnil(L, -1) ? def : luaL_checknumber(L, -1);
            lua_pop(L, 1); // [...]
            if (!(v >= 0 && v <= 255)) raise(L, core::tr("thành phần màu phải trong 0..255", "colour components must be 0..255"));
            return static_cast<std::uint8_t>(v);
        };
        return {component(1, 0), component(2, 0), component(3, 0), component(4, 255)};
    }
    luaL_typeerror(L, idx, "colour (\"#rrggbb\" or {r,g,b,a})");
    return {};
}

content::Color optColor(lua_State* L, int idx, content::Color def) {
    return lua_isnoneornil(L, idx) ? def : checkColor(L, idx);
}

float checkCoord(lua_State* L, int idx) {
    lua_Number v = luaL_checknumber(L, idx);
    if (!std::isfinite(v)) luaL_argerror(L, idx, "NaN/inf");
    if (v > 1e6) v = 1e6;
    if (v < -1e6) v = -1e6;
    return static_cast<float>(v);
}

float optCoord(lua_State* L, int idx, float def) { return lua_isnoneornil(L, idx) ? def : checkCoord(L, idx); }

void setFunctions(lua_State* L, const luaL_Reg* fns) {
    for (; fns->name; ++fns) {
        lua_pushcfunction(L, fns->func); // [t, fn]
        lua_setfield(L, -2, fns->name);  // [t]
    }
}

void defineType(lua_State* L, const char* typeName, lua_CFunction gc, const luaL_Reg* methods) {
    luaL_newmetatable(L, typeName); // [mt]
    lua_pushvalue(L, -1);           // [mt, mt]
    lua_setfield(L, -2, "__index"); // [mt]
    lua_pushcfunction(L, gc);       // [mt, gc]
    lua_setfield(L, -2, "__gc");    // [mt]
    lua_pushstring(L, typeName);    // [mt, name]
    lua_setfield(L, -2, "__name");  // [mt]
    setFunctions(L, methods);       // [mt]
    lua_pop(L, 1);                  // []
}

namespace {
int deniedIndex(lua_State* L) {
    lua_getfield(L, lua_upvalueindex(1), "name");       // [t, k, name]
    lua_getfield(L, lua_upvalueindex(1), "permission"); // [t, k, name, perm]
    std::string name = lua_tostring(L, -2), perm = lua_tostring(L, -1);
    raise(L, name + core::tr(" cần quyền \"", " needs the permission \"") + perm + "\" " +
                 core::tr("trong plugin.toml: permissions = [\"", "in plugin.toml: permissions = [\"") + perm + "\"]");
}
} // namespace

void installDeniedModule(lua_State* L, const char* name, const char* permission) {
    lua_newtable(L);                  // [t]
    lua_newtable(L);                  // [t, mt]
    lua_newtable(L);                  // [t, mt, info]
    lua_pushstring(L, name);          // [t, mt, info, name]
    lua_setfield(L, -2, "name");      // [t, mt, info]
    lua_pushstring(L, permission);    // [t, mt, info, perm]
    lua_setfield(L, -2, "permission"); // [t, mt, info]
    lua_pushcclosure(L, deniedIndex, 1); // [t, mt, fn]
    lua_pushvalue(L, -1);             // [t, mt, fn, fn]
    lua_setfield(L, -3, "__index");   // [t, mt, fn]
    lua_setfield(L, -2, "__newindex"); // [t, mt]
    lua_setmetatable(L, -2);          // [t]
    lua_setglobal(L, name);           // []
}

} // namespace signage::scripting
