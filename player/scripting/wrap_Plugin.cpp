// SPDX-License-Identifier: GPL-3.0-or-later
// plugin: the plugin's identity and options, plugin.finish(), and the table where the
// plugin puts its callbacks (load, enter, leave, frame, input). The host keeps the table
// in the registry ("signage.plugin"), so reassigning the global does not lose them.
#include "core/Lang.h"
#include "scripting/LuaBinding.h"
#include "scripting/LuaState.h"
#include "scripting/Modules.h"
#include "scripting/PluginContext.h"
#include "scripting/Sandbox.h"

namespace signage::scripting {

namespace {

int pluginFinish(lua_State* L) {
    PluginContext& ctx = contextOf(L);
    ctx.finishRequested = true;
    return 0;
}

// plugin.takeover(on): a touch layer's session holds the whole screen (the signage under
// it stops) until plugin.takeover(false). Only for the "checker" permission in a zone.
int pluginTakeover(lua_State* L) {
    PluginContext& ctx = contextOf(L);
    const bool on = lua_toboolean(L, 1);
    if (!ctx.manifest.permissions.checker)
        raise(L, core::tr("plugin.takeover cần quyền \"checker\" trong plugin.toml", "plugin.takeover needs the \"checker\" permission in plugin.toml"));
    ctx.takeover = on && ctx.placement.kind == Placement::Kind::Zone;
    return 0;
}

const char* placementName(Placement::Kind k) {
    switch (k) {
    case Placement::Kind::Item: return "item";
    case Placement::Kind::Zone: return "zone";
    case Placement::Kind::Standalone: return "alone";
    }
    return "alone";
}

} // namespace

void openPluginModule(lua_State* L) {
    PluginContext& ctx = contextOf(L);
    lua_newtable(L);                                                   // [plugin]
    lua_pushstring(L, ctx.manifest.name.c_str());                      // [plugin, name]
    lua_setfield(L, -2, "name");                                       // [plugin]
    lua_pushstring(L, ctx.manifest.version.c_str());                   // [plugin, version]
    lua_setfield(L, -2, "version");                                    // [plugin]
    lua_pushinteger(L, kApiVersion);                                   // [plugin, api]
    lua_setfield(L, -2, "api_version");                                // [plugin]
    lua_pushstring(L, core::lang() == core::Lang::En ? "en" : "vi");   // [plugin, lang]
    lua_setfield(L, -2, "lang");                                       // [plugin]
    lua_pushstring(L, placementName(ctx.placement.kind));              // [plugin, placement]
    lua_setfield(L, -2, "placement");                                  // [plugin]
    if (ctx.placement.kind != Placement::Kind::Standalone) {
        lua_pushstring(L, ctx.placement.id.c_str());                   // [plugin, id]
        lua_setfield(L, -2, "id");                                     // [plugin]
    }
    lua_newtable(L);                                                   // [plugin, options]
    for (const auto& [k, v] : ctx.placement.options) {
        lua_pushlstring(L, v.data(), v.size());                        // [plugin, options, v]
        lua_setfield(L, -2, k.c_str());                                // [plugin, options]
    }
    lua_setfield(L, -2, "options");                                    // [plugin]
    lua_pushcfunction(L, guarded<pluginFinish>);                       // [plugin, fn]
    lua_setfield(L, -2, "finish");                                     // [plugin]
    lua_pushcfunction(L, guarded<pluginTakeover>);                     // [plugin, fn]
    lua_setfield(L, -2, "takeover");                                   // [plugin]
    lua_pushvalue(L, -1);                                              // [plugin, plugin]
    lua_setfield(L, LUA_REGISTRYINDEX, "signage.plugin");              // [plugin]
    lua_setglobal(L, "plugin");                                        // []
}

void openPluginApi(lua_State* L, PluginContext& ctx) {
    setContext(L, &ctx);
    openSandbox(L, ctx.manifest.dir, ctx.manifest.name + "/");
    openPluginModule(L);
    openDrawables(L);
    openGfx(L);
    openTimer(L);
    openTween(L);
    openTime(L);
    openLog(L);
    openRes(L);
    openText(L);
    const Permissions& p = ctx.manifest.permissions;
    if (p.data) openData(L); else installDeniedModule(L, "data", "data");
    if (p.kv) openKv(L); else installDeniedModule(L, "kv", "kv");
    if (p.playlog) openPlayLog(L); else installDeniedModule(L, "playlog", "playlog");
    if (p.checker) openChecker(L); else installDeniedModule(L, "checker", "checker");
}

} // namespace signage::scripting
