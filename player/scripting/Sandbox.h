// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The allow-list a plugin's state starts with (info-beamer's sandbox, Lua 5.4 edition):
//   base (without dofile, loadfile, warn; load forced to text chunks; setmetatable refuses
//   __gc; collectgarbage limited to collect/count/step/isrunning; pcall, xpcall and
//   coroutine.resume/close re-raise a time-budget abort), string (without dump), table,
//   math, utf8, coroutine, and a require() that loads only Lua text modules from the
//   plugin's own folder. No io, no os (wrap_Time adds os.time/date/clock), no debug, no
//   package, no C modules. Render thread only.
#include <lua.hpp>

#include <filesystem>
#include <string>

namespace signage::scripting {

/// Opens the allowed libraries into `L`'s globals. `moduleRoot` is the folder require()
/// searches (empty: require raises); module chunks are named "<chunkPrefix><a/b>.lua" in
/// errors. Must run inside LuaState::run (it allocates).
void openSandbox(lua_State* L, const std::filesystem::path& moduleRoot, const std::string& chunkPrefix = "");

/// Loads a Lua text chunk (binary chunks are refused) from `file`, named `chunkName` in
/// errors and tracebacks. Pushes the function, or raises a Lua error.
void loadTextChunk(lua_State* L, const std::filesystem::path& file, const std::string& chunkName);

/// Largest Lua source file the host reads (main.lua or a module).
inline constexpr std::size_t kMaxSourceBytes = 1 << 20;

} // namespace signage::scripting
