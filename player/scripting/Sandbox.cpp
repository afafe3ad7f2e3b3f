// SPDX-License-Identifier: GPL-3.0-or-later
#include "scripting/Sandbox.h"

#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include "core/Lang.h"
#include "scripting/LibraryCaps.h"
#include "scripting/LuaBinding.h"
#include "scripting/LuaState.h"
#include "scripting/PathGuard.h"

namespace signage::scripting {

namespace fs = std::filesystem;

namespace {

// pcall/xpcall continuation: like luaB_pcall's finishpcall, plus the abort check so a
// plugin cannot catch the time-budget error and keep looping.
int finishPcall(lua_State* L, int status, lua_KContext extra) {
    LuaState::reraiseIfAborting(L);
    if (status != LUA_OK && status != LUA_YIELD) {
        lua_pushboolean(L, 0); // [..., err, false]
        lua_pushvalue(L, -2);  // [..., err, false, err]
        return 2;
    }
    return lua_gettop(L) - static_cast<int>(extra);
}

int sandboxPcall(lua_State* L) {
    luaL_checkany(L, 1);
    lua_pushboolean(L, 1); // [f, args..., true]
    lua_insert(L, 1);      // [true, f, args...]
    int status = lua_pcallk(L, lua_gettop(L) - 2, LUA_MULTRET, 0, 0, finishPcall);
    return finishPcall(L, status, 0);
}

// xpcall's message handler, wrapped. When the time budget aborts, the error is raised
// from the count hook, and Lua then runs message handlers with hooks switched off: a
// plugin's handler that loops there could never be stopped. So once aborting, the plugin's
// handler is skipped and the message passes through untouched.
int guardedMessageHandler(lua_State* L) {
    if (LuaState::budgetOf(L).aborting) return 1;  // [msg]
    lua_pushvalue(L, lua_upvalueindex(1));          // [msg, h]
    lua_insert(L, 1);                               // [h, msg]
    lua_call(L, lua_gettop(L) - 1, 1);              // [result]
    return 1;
}

int sandboxXpcall(lua_State* L) {
    int n = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushvalue(L, 2);                             // [f, h, args..., h]
    lua_pushcclosure(L, guardedMessageHandler, 1);   // [f, h, args..., guarded]
    lua_replace(L, 2);                               // [f, guarded, args...]
    lua_pushboolean(L, 1); // [f, h, args..., true]
    lua_pushvalue(L, 1);   // [f, h, args..., true, f]
    lua_rotate(L, 3, 2);   // [f, h, true, f, args...]
    int status = lua_pcallk(L, n - 2, LUA_MULTRET, 2, 2, finishPcall);
    return finishPcall(L, status, 2);
}

// coroutine.resume / coroutine.close report errors as values; re-raise an abort.
int rethrowingWrapper(lua_State* L) {
    int n = lua_gettop(L);
    lua_pushvalue(L, lua_upvalueindex(1)); // [args..., orig]
    lua_insert(L, 1);                      // [orig, args...]
    lua_call(L, n, LUA_MULTRET);           // [results...]
    LuaState::reraiseIfAborting(L);
    return lua_gettop(L);
}

void wrapField(lua_State* L, const char* table, const char* field) {
    lua_getglobal(L, table);                     // [t]
    lua_getfield(L, -1, field);                  // [t, orig]
    lua_pushcclosure(L, rethrowingWrapper, 1);   // [t, wrapper]
    lua_setfield(L, -2, field);                  // [t]
    lua_pop(L, 1);                               // []
}

// load(chunk [, name [, mode [, env]]]): the mode is always "t".
int sandboxLoad(lua_State* L) {
    int n = lua_gettop(L);
    if (n >= 3 && !lua_isnil(L, 3)) {
        const char* mode = luaL_checkstring(L, 3);
        if (std::strcmp(mode, "t") != 0) {
            return luaL_error(L, "%s", core::tr("chỉ được nạp mã văn bản (mode \"t\")", "only text chunks may be loaded (mode \"t\")").c_str());
        }
    }
    lua_pushvalue(L, lua_upvalueindex(1)); // [args..., orig]
    lua_pushvalue(L, 1);                   // [args..., orig, chunk]
    if (n >= 2) lua_pushvalue(L, 2); else lua_pushnil(L); // [..., orig, chunk, name]
    lua_pushliteral(L, "t");               // [..., orig, chunk, name, "t"]
    if (n >= 4) {
        lua_pushvalue(L, 4);               // [..., orig, chunk, name, "t", env]
        lua_call(L, 4, LUA_MULTRET);
    } else {
        lua_call(L, 3, LUA_MULTRET);
    }
    return lua_gettop(L) - n;
}

int sandboxSetmetatable(lua_State* L) {
    if (lua_type(L, 2) == LUA_TTABLE) {
        lua_pushliteral(L, "__gc"); // [t, mt, "__gc"]
        if (lua_rawget(L, 2) != LUA_TNIL) {
            return luaL_error(L, "%s", core::tr("__gc không được phép trong plugin", "__gc is not allowed in plugins").c_str());
        }
        lua_pop(L, 1); // [t, mt]
    }
    lua_pushvalue(L, lua_upvalueindex(1)); // [t, mt, orig]
    lua_insert(L, 1);                      // [orig, t, mt]
    lua_call(L, lua_gettop(L) - 1, 1);     // [t]
    return 1;
}

int sandboxCollectgarbage(lua_State* L) {
    static const std::vector<const char*> kAllowed = {"collect", "count", "step", "isrunning"};
    checkEnum(L, 1, kAllowed, "collectgarbage", 0);
    int n = lua_gettop(L);
    lua_pushvalue(L, lua_upvalueindex(1)); // [args..., orig]
    lua_insert(L, 1);                      // [orig, args...]
    lua_call(L, n, LUA_MULTRET);
    return lua_gettop(L);
}

bool validModuleName(const char* s) {
    if (!*s) return false;
    bool dotAllowed = false;
    for (; *s; ++s) {
        char c = *s;
        bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        if (c == '.') {
            if (!dotAllowed) return false;
            dotAllowed = false;
        } else if (word) {
            dotAllowed = true;
        } else {
            return false;
        }
    }
    return dotAllowed;
}

// Loads and runs one module: (file, chunkname, name) -> result. Called protected by require.
int loadModule(lua_State* L) {
    fs::path file = lua_tostring(L, 1);
    loadTextChunk(L, file, lua_tostring(L, 2)); // [file, chunk, name, fn]
    lua_pushvalue(L, 3);                        // [file, chunk, name, fn, name]
    lua_call(L, 1, 1);                          // [file, chunk, name, result]
    return 1;
}

// require(name): Lua text modules from the plugin's folder only ("a.b" → a/b.lua).
int sandboxRequire(lua_State* L) {
    const char* name = luaL_checkstring(L, 1);
    if (!validModuleName(name)) {
        return luaL_error(L, "%s \"%s\"", core::tr("tên module không hợp lệ", "invalid module name").c_str(), name);
    }
    lua_getfield(L, LUA_REGISTRYINDEX, "signage.loaded"); // [name, loaded]
    lua_getfield(L, -1, name);                            // [name, loaded, mod?]
    if (!lua_isnil(L, -1)) {
        if (lua_islightuserdata(L, -1)) {
            return luaL_error(L, "%s \"%s\"", core::tr("vòng lặp require", "require loop").c_str(), name);
        }
        return 1;
    }
    lua_pop(L, 1); // [name, loaded]
    const char* root = lua_tostring(L, lua_upvalueindex(1));
    if (!root || !*root) return luaL_error(L, "require: no module folder");
    std::string rel = name;
    for (char& c : rel) {
        if (c == '.') c = '/';
    }
    rel += ".lua";
    std::string why;
    auto resolved = resolveInside(root, rel, &why);
    std::error_code ec;
    if (!resolved) return luaL_error(L, "%s", why.c_str());
    const fs::path& file = *resolved;
    if (!fs::is_regular_file(file, ec)) {
        return luaL_error(L, "%s \"%s\" (%s)", core::tr("không tìm thấy module", "module not found").c_str(), name, rel.c_str());
    }
    lua_pushlightuserdata(L, nullptr); // [name, loaded, sentinel]
    lua_setfield(L, -2, name);         // [name, loaded]
    const char* prefix = lua_tostring(L, lua_upvalueindex(2));
    std::string chunk = "@" + std::string(prefix ? prefix : "") + rel;
    lua_pushcfunction(L, loadModule);                        // [name, loaded, fn]
    lua_pushstring(L, file.c_str());                         // [name, loaded, fn, file]
    lua_pushlstring(L, chunk.data(), chunk.size());          // [name, loaded, fn, file, chunk]
    lua_pushvalue(L, 1);                                     // [name, loaded, fn, file, chunk, name]
    if (lua_pcall(L, 3, 1, 0) != LUA_OK) {                   // [name, loaded, err]
        lua_pushnil(L);                                      // [name, loaded, err, nil]
        lua_setfield(L, 2, name);                            // [name, loaded, err] (a later require may retry)
        return lua_error(L);
    }                                                        // [name, loaded, result]
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        lua_pushboolean(L, 1);         // [name, loaded, true]
    }
    lua_pushvalue(L, -1);              // [name, loaded, result, result]
    lua_setfield(L, -3, name);         // [name, loaded, result]
    return 1;
}

void replaceGlobal(lua_State* L, const char* name, lua_CFunction fn, bool keepOriginalAsUpvalue) {
    if (keepOriginalAsUpvalue) {
        lua_getglobal(L, name);          // [orig]
        lua_pushcclosure(L, fn, 1);      // [fn]
    } else {
        lua_pushcfunction(L, fn);        // [fn]
    }
    lua_setglobal(L, name);              // []
}

} // namespace

void loadTextChunk(lua_State* L, const fs::path& file, const std::string& chunkName) {
    std::ifstream in(file, std::ios::binary);
    if (!in) luaL_error(L, "%s %s", core::tr("không đọc được", "cannot read").c_str(), chunkName.c_str() + 1);
    std::string text;
    text.resize(kMaxSourceBytes + 1);
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<size_t>(in.gcount()));
    if (text.size() > kMaxSourceBytes) {
        luaL_error(L, "%s: %s", chunkName.c_str() + 1, core::tr("tệp mã quá lớn (tối đa 1 MB)", "source file too large (1 MB max)").c_str());
    }
    if (luaL_loadbufferx(L, text.data(), text.size(), chunkName.c_str(), "t") != LUA_OK) { // [chunk] or [err]
        lua_error(L);
    }
}

void openSandbox(lua_State* L, const fs::path& moduleRoot, const std::string& chunkPrefix) {
    static const luaL_Reg kLibs[] = {
        {LUA_GNAME, luaopen_base},          {LUA_STRLIBNAME, luaopen_string}, {LUA_TABLIBNAME, luaopen_table},
        {LUA_MATHLIBNAME, luaopen_math},    {LUA_UTF8LIBNAME, luaopen_utf8},  {LUA_COLIBNAME, luaopen_coroutine},
        {nullptr, nullptr},
    };
    for (const luaL_Reg* lib = kLibs; lib->func; ++lib) {
        luaL_requiref(L, lib->name, lib->func, 1); // [lib]
        lua_pop(L, 1);                             // []
    }
    for (const char* name : {"dofile", "loadfile", "warn", "print"}) {
        lua_pushnil(L);          // [nil]
        lua_setglobal(L, name);  // []
    }
    lua_getglobal(L, "string"); // [string]
    lua_pushnil(L);             // [string, nil]
    lua_setfield(L, -2, "dump"); // [string]
    lua_pop(L, 1);              // []

    capLibraryWork(L);
    replaceGlobal(L, "pcall", sandboxPcall, false);
    replaceGlobal(L, "xpcall", sandboxXpcall, false);
    replaceGlobal(L, "load", sandboxLoad, true);
    replaceGlobal(L, "setmetatable", sandboxSetmetatable, true);
    replaceGlobal(L, "collectgarbage", sandboxCollectgarbage, true);
    wrapField(L, "coroutine", "resume");
    wrapField(L, "coroutine", "close");

    lua_newtable(L);                                     // [loaded]
    lua_setfield(L, LUA_REGISTRYINDEX, "signage.loaded"); // []
    std::string root = moduleRoot.string();
    lua_pushlstring(L, root.data(), root.size());        // [root]
    lua_pushlstring(L, chunkPrefix.data(), chunkPrefix.size()); // [root, prefix]
    lua_pushcclosure(L, sandboxRequire, 2);              // [require]
    lua_setglobal(L, "require");                         // []
}

} // namespace signage::scripting
