// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One lua_State behind an RAII owner, with the two budgets every plugin runs under:
// a byte cap enforced by the allocator and a time budget per callback enforced by a
// count hook (info-beamer's approach). Everything that runs Lua goes through run(),
// which arms the time budget, installs the traceback handler and catches every error,
// so a plugin can never unwind into the player. Render thread only.
#include <lua.hpp>

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "scripting/CallResult.h"

namespace signage::scripting {

/// Allocator and hook bookkeeping, reachable from any thread (coroutine) of the state
/// through lua_getallocf's user data. Owned by LuaState; render thread only.
struct LuaBudget {
    // Memory (bytes of Lua heap, counted by the allocator).
    std::size_t used = 0;
    std::size_t peak = 0;
    std::size_t limit = 0;
    std::size_t denied = 0; // allocations refused because of the cap

    // Time: armed while run() executes. The hook first compares wall time (cheap, vDSO)
    // and only when that is over budget asks for the thread's CPU time (a syscall), so a
    // callback preempted by other processes on a busy box is not blamed for their time.
    bool armed = false;
    bool aborting = false; // set once the budget is exceeded; pcall and friends re-raise
    std::chrono::nanoseconds budget{0};
    std::chrono::nanoseconds hardWall{0}; // wall-clock backstop (10x budget, at least 100 ms)
    std::chrono::steady_clock::time_point wallStart{};
    std::chrono::nanoseconds cpuStart{0};
    // Work the host does for the plugin (laying out text, decoding images) is not the
    // plugin's own time: a screen of new text takes more than 5 ms to lay out. It is
    // excluded from `budget` and capped by `hostBudget` instead (HostWork measures it).
    std::chrono::nanoseconds hostWall{0}, hostCpu{0};
    std::chrono::nanoseconds hostBudget{std::chrono::milliseconds(250)};

    bool overBudget() const;
};

/// Measures one piece of host work inside a callback (see LuaBudget::hostWall).
class HostWork {
public:
    explicit HostWork(LuaBudget& budget);
    ~HostWork();
    HostWork(const HostWork&) = delete;
    HostWork& operator=(const HostWork&) = delete;

private:
    LuaBudget& _budget;
    std::chrono::steady_clock::time_point _wall;
    std::chrono::nanoseconds _cpu;
};

/// Closes a lua_State (its __gc metamethods run inside the budget, see ~LuaState).
struct LuaCloser {
    void operator()(lua_State* L) const;
};
using LuaStatePtr = std::unique_ptr<lua_State, LuaCloser>;

class LuaState {
public:
    /// Creates a state whose heap may grow to `memoryLimit` bytes. Throws std::runtime_error
    /// when even the empty state does not fit.
    explicit LuaState(std::size_t memoryLimit);
    ~LuaState();
    LuaState(const LuaState&) = delete;
    LuaState& operator=(const LuaState&) = delete;

    lua_State* get() const { return _L.get(); }

    /// Runs `fn(L)` inside lua_pcall with the traceback handler and the time budget armed.
    /// `fn` may push, call Lua (lua_call) and raise Lua errors freely; C++ exceptions it
    /// throws become errors too. The stack is empty before and after. Not re-entrant.
    CallResult run(std::chrono::microseconds budget, const std::function<void(lua_State*)>& fn);

    std::size_t memoryUsed() const { return _budget->used; }
    std::size_t memoryPeak() const { return _budget->peak; }
    std::size_t memoryLimit() const { return _budget->limit; }
    std::size_t deniedAllocations() const { return _budget->denied; }
    /// CPU time the last run() spent in the plugin's own code (host work excluded): what
    /// PluginInstance charges to the plugin's share of a loop turn.
    std::chrono::nanoseconds lastRunCpu() const { return _lastRunCpu; }

    /// The budget of the state `L` belongs to (any coroutine of it).
    static LuaBudget& budgetOf(lua_State* L);
    /// Raises the "time budget exceeded" error when the running callback is being aborted.
    /// Called by the sandbox's pcall/xpcall/coroutine wrappers so that a plugin cannot
    /// swallow the abort.
    static void reraiseIfAborting(lua_State* L);
    /// Instructions between two looks at the clock.
    static constexpr int kHookInterval = 1000;

private:
    void arm(std::chrono::microseconds budget);
    void disarm();

    // Declared before _L: the allocator's user data must outlive the state.
    std::unique_ptr<LuaBudget> _budget;
    LuaStatePtr _L;
    bool _running = false;
    std::chrono::nanoseconds _lastRunCpu{0};
};

} // namespace signage::scripting
