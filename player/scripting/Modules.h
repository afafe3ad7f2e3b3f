// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Lua-visible API, one wrap_<Thing>.cpp per module or type (LÖVE's layout). Each
// open* function adds its global table to the state; openPluginApi opens the ones the
// plugin's manifest allows and installs "needs permission" stand-ins for the others.
// docs/plugin-api.md is the reference. Must run inside LuaState::run.
#include <lua.hpp>

#include <string>

namespace signage::scamcheck {
struct Verdict;
}

namespace signage::scripting {

struct PluginContext;

void openPluginModule(lua_State* L); // plugin: identity, options, finish(), callbacks
void openGfx(lua_State* L);          // gfx: drawing
void openDrawables(lua_State* L);    // signage.Image, signage.Text types
void openTimer(lua_State* L);        // timer
void openTween(lua_State* L);        // tween
void openTime(lua_State* L);         // time, os.time/date/clock
void openLog(lua_State* L);          // log, print
void openRes(lua_State* L);          // res: files of the plugin's own folder
void openText(lua_State* L);         // text: nfc, fold, lower, len
void openData(lua_State* L);         // data: csv, json, toml        (permission "data")
void openKv(lua_State* L);           // kv: key-value store          (permission "kv")
void openPlayLog(lua_State* L);      // playlog: record plays        (permission "playlog")
void openChecker(lua_State* L);      // checker: scam check, voice   (permission "checker")

/// Pushes a verdict as the table checker.check's callback receives (docs/plugin-api.md).
void pushVerdict(lua_State* L, const scamcheck::Verdict& verdict);

/// Sets the context, opens the sandbox and every module the manifest allows.
void openPluginApi(lua_State* L, PluginContext& ctx);

/// Releases the registry references of every timer (before the state closes or reloads).
void releaseTimers(lua_State* L, PluginContext& ctx);

/// Reads a file of the plugin's own folder (at most limits.maxDataFileBytes), or raises.
/// `shownName` receives "<plugin>/<relative>" for error messages.
std::string readPluginFile(lua_State* L, const char* relative, std::string* shownName = nullptr);
} // namespace signage::scripting
