// SPDX-License-Identifier: GPL-3.0-or-later
// res: files of the plugin's own folder (nothing outside it, no writing).
//   res.read(path) -> string     res.exists(path) -> bool     res.list([dir]) -> {names…}
#include <algorithm>
#include <fstream>

#include "core/Lang.h"
#include "scripting/LuaBinding.h"
#include "scripting/Modules.h"
#include "scripting/PathGuard.h"
#include "scripting/PluginContext.h"

namespace signage::scripting {

namespace fs = std::filesystem;
using core::tr;

std::string readPluginFile(lua_State* L, const char* relative, std::string* shownName) {
    PluginContext& ctx = contextOf(L);
    std::string error;
    auto path = resolveInside(ctx.manifest.dir, relative, &error);
    if (!path) raise(L, error);
    std::string shown = ctx.manifest.name + "/" + relative;
    if (shownName) *shownName = shown;
    std::error_code ec;
    if (!fs::is_regular_file(*path, ec)) raise(L, shown + tr(": không có tệp này", ": no such file"));
    auto size = fs::file_size(*path, ec);
    if (ec || size > ctx.limits.maxDataFileBytes) {
        raise(L, shown + tr(": tệp quá lớn (tối đa ", ": file too large (at most ") +
                     std::to_string(ctx.limits.maxDataFileBytes / (1024 * 1024)) + " MB)");
    }
    std::ifstream in(*path, std::ios::binary);
    std::string text(static_cast<size_t>(size), '\0');
    if (!in.read(text.data(), static_cast<std::streamsize>(text.size()))) raise(L, shown + tr(": không đọc được", ": cannot read"));
    return text;
}

namespace {

int resRead(lua_State* L) {
    std::string text = readPluginFile(L, luaL_checkstring(L, 1));
    lua_pushlstring(L, text.data(), text.size()); // [path, text]
    return 1;
}

int resExists(lua_State* L) {
    PluginContext& ctx = contextOf(L);
    auto path = resolveInside(ctx.manifest.dir, luaL_checkstring(L, 1), nullptr);
    std::error_code ec;
    lua_pushboolean(L, path && fs::exists(*path, ec)); // [path, exists]
    return 1;
}

int resList(lua_State* L) {
    PluginContext& ctx = contextOf(L);
    std::string error;
    std::optional<fs::path> dir = lua_isnoneornil(L, 1) ? std::optional<fs::path>(ctx.manifest.dir)
                                                         : resolveInside(ctx.manifest.dir, luaL_checkstring(L, 1), &error);
    if (!dir) raise(L, error);
    std::vector<std::string> names;
    std::error_code ec;
    for (fs::directory_iterator it(*dir, ec), end; !ec && it != end && names.size() < 10000; it.increment(ec)) {
        names.push_back(it->path().filename().string());
    }
    std::sort(names.begin(), names.end());
    lua_createtable(L, static_cast<int>(names.size()), 0); // [..., list]
    for (size_t i = 0; i < names.size(); ++i) {
        lua_pushlstring(L, names[i].data(), names[i].size()); // [..., list, name]
        lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));  // [..., list]
    }
    return 1;
}

const luaL_Reg kRes[] = {
    {"read", guarded<resRead>},
    {"exists", guarded<resExists>},
    {"list", guarded<resList>},
    {nullptr, nullptr},
};

} // namespace

void openRes(lua_State* L) {
    lua_newtable(L);         // [res]
    setFunctions(L, kRes);   // [res]
    lua_setglobal(L, "res"); // []
}

} // namespace signage::scripting
