// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Caps on the work one call into Lua's standard libraries may do (issue 18). The count
// hook cannot stop time spent inside a C function: string.rep("", 2^50), table.move over
// a trillion empty slots, or a backtracking pattern such as ("a?"):rep(40) .. ("a"):rep(40)
// each run for minutes in a single call. Like info-beamer's sandbox, the sandbox replaces
// those functions with wrappers that refuse work above a cap, and LuaState's call hook
// checks the time budget before every call (so a loop of capped calls stops in time).
// Render thread only.
#include <lua.hpp>

#include <cstddef>
#include <string_view>

namespace signage::scripting {

/// Largest string string.rep may build (also bounded by the plugin's memory cap).
inline constexpr std::size_t kMaxRepBytes = 4u << 20;
/// Most elements one table.move may copy.
inline constexpr lua_Integer kMaxMoveElements = 1 << 20;
/// Longest list table.sort sorts in one call.
inline constexpr lua_Integer kMaxSortElements = 1 << 17;
/// Most matcher steps one find/match/gmatch/gsub may take: counted by countPatternSteps
/// (PatternSteps.h) whenever patternWork's estimate is above it.
inline constexpr double kMaxPatternWork = 2e6; // ~7 ms of matching here (PatternStepsTest)

/// The worst-case number of matcher steps of Lua pattern `pattern` on `subject`, from the
/// pattern's shape and how often each of its character classes occurs in the subject (a
/// backtracking item multiplies the work of what follows it by the number of places it
/// can stop). `anchorHonoured`: a leading '^' anchors (find, match, gsub; not gmatch).
/// Over-estimates; 0 for an empty subject or pattern.
double patternWork(std::string_view subject, std::string_view pattern, bool anchorHonoured);

/// Replaces string.rep, string.find/match/gmatch/gsub, table.move and table.sort in the
/// opened libraries with capped wrappers (the originals become upvalues). Must run inside
/// LuaState::run, after the string and table libraries are open.
void capLibraryWork(lua_State* L);

} // namespace signage::scripting
