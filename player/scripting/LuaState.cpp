// SPDX-License-Identifier: GPL-3.0-or-later
#include "scripting/LuaState.h"

#include <time.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

#include "core/Lang.h"

namespace signage::scripting {

namespace {

using Clock = std::chrono::steady_clock;

std::chrono::nanoseconds threadCpuNow() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return std::chrono::seconds(ts.tv_sec) + std::chrono::nanoseconds(ts.tv_nsec);
}

// The capped allocator. Lua tells us the old size of every block, so the count is exact.
// Shrinking always succeeds; growing past the cap returns nullptr, which Lua turns into
// a "not enough memory" error after an emergency collection.
// Freed and moved blocks are zeroed first: strings a visitor typed on a touch screen must
// not linger in freed heap after the plugin state is gone (issue 7, privacy). Plugin heaps
// are small (16 MB cap), so the cost is a memset per free.
void* cappedAlloc(void* ud, void* ptr, std::size_t osize, std::size_t nsize) {
    auto* b = static_cast<LuaBudget*>(ud);
    const std::size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        if (ptr) explicit_bzero(ptr, old);
        std::free(ptr);
        b->used -= old;
        return nullptr;
    }
    if (nsize > old && b->used - old + nsize > b->limit) {
        ++b->denied;
        return nullptr;
    }
    void* p = nullptr;
    if (ptr && nsize < old) {
        // Shrinking in place keeps the block; wipe the tail it gives back.
        explicit_bzero(static_cast<char*>(ptr) + nsize, old - nsize);
        p = std::realloc(ptr, nsize);
    } else if (ptr) {
        // Growing may move the block: copy by hand so the old one can be wiped.
        p = std::malloc(nsize);
        if (!p) return nullptr;
        std::memcpy(p, ptr, old);
        explicit_bzero(ptr, old);
        std::free(ptr);
    } else {
        p = std::malloc(nsize);
    }
    if (!p) return nullptr;
    b->used = b->used - old + nsize;
    if (b->used > b->peak) b->peak = b->used;
    return p;
}

std::string timeoutMessage(const LuaBudget& b) {
    auto ms = std::chrono::duration<double, std::milli>(b.budget).count();
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f ms", ms);
    return core::tr("vượt quá thời gian cho phép của một lần gọi (", "callback exceeded its time budget (") + buf + ")";
}

// Count and call hook: runs every kHookInterval instructions and before every function
// call, on every coroutine of the state. The call event is what bounds time spent inside
// C functions: a loop of expensive library calls is stopped before the next call (each
// call's own work is capped by LibraryCaps), not after a thousand of them.
void budgetHook(lua_State* L, lua_Debug*) {
    LuaBudget& b = LuaState::budgetOf(L);
    if (!b.armed) return;
    if (!b.aborting && !b.overBudget()) return;
    b.aborting = true;
    std::string msg = timeoutMessage(b);
    luaL_error(L, "%s", msg.c_str()); // throws (Lua built as C++): msg is destroyed on the way out
}

// Message handler: adds a traceback. Never calls __tostring on a non-string error object
// (a hostile object could loop or raise there).
int tracebackHandler(lua_State* L) {
    const char* msg = lua_type(L, 1) == LUA_TSTRING ? lua_tostring(L, 1) : nullptr;
    if (!msg) msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1)); // [err, msg]
    luaL_traceback(L, L, msg, 1);                                                           // [..., traceback]
    return 1;
}

// Calls the std::function passed as light userdata, converting C++ exceptions into Lua
// errors at this edge (Lua's own errors are pointer-typed throws and pass untouched).
int trampoline(lua_State* L) {
    auto* fn = static_cast<const std::function<void(lua_State*)>*>(lua_touserdata(L, 1));
    lua_settop(L, 0); // []
    try {
        (*fn)(L);
    } catch (const std::exception& e) {
        lua_pushstring(L, e.what());
        return lua_error(L);
    }
    return 0;
}

int panicHandler(lua_State* L) {
    // Only reachable if an error escapes every protected call (a bug in the host).
    // Throwing keeps the player alive instead of Lua's abort(); the state is then dropped.
    const char* msg = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "?";
    throw std::runtime_error(std::string("lua panic: ") + msg);
}

} // namespace

bool LuaBudget::overBudget() const {
    if (hostWall > hostBudget) return true;
    auto wall = Clock::now() - wallStart - hostWall;
    if (wall < budget) return false;
    if (wall > hardWall) return true;
    return threadCpuNow() - cpuStart - hostCpu > budget;
}

HostWork::HostWork(LuaBudget& budget) : _budget(budget), _wall(Clock::now()), _cpu(threadCpuNow()) {}

HostWork::~HostWork() {
    _budget.hostWall += Clock::now() - _wall;
    _budget.hostCpu += threadCpuNow() - _cpu;
}

void LuaCloser::operator()(lua_State* L) const { lua_close(L); }

LuaState::LuaState(std::size_t memoryLimit) : _budget(std::make_unique<LuaBudget>()) {
    _budget->limit = memoryLimit;
    lua_State* L = lua_newstate(cappedAlloc, _budget.get());
    if (!L) throw std::runtime_error(core::tr("không đủ bộ nhớ để tạo máy Lua", "not enough memory to create a Lua state"));
    _L.reset(L);
    lua_atpanic(L, panicHandler);
    lua_sethook(L, budgetHook, LUA_MASKCOUNT | LUA_MASKCALL, kHookInterval); // new coroutines inherit it
}

LuaState::~LuaState() {
    // Finalizers of plugin objects run during lua_close; arm the budget so none can hang.
    if (_L) {
        arm(std::chrono::milliseconds(50));
        _L.reset();
    }
}

LuaBudget& LuaState::budgetOf(lua_State* L) {
    void* ud = nullptr;
    lua_getallocf(L, &ud);
    return *static_cast<LuaBudget*>(ud);
}

void LuaState::reraiseIfAborting(lua_State* L) {
    LuaBudget& b = budgetOf(L);
    if (!b.armed || !b.aborting) return;
    std::string msg = timeoutMessage(b);
    luaL_error(L, "%s", msg.c_str());
}

void LuaState::arm(std::chrono::microseconds budget) {
    LuaBudget& b = *_budget;
    b.budget = budget;
    b.hardWall = std::max<std::chrono::nanoseconds>(budget * 10, std::chrono::milliseconds(100));
    b.wallStart = Clock::now();
    b.cpuStart = threadCpuNow();
    b.hostWall = b.hostCpu = std::chrono::nanoseconds(0);
    b.aborting = false;
    b.armed = true;
}

void LuaState::disarm() {
    _budget->armed = false;
    _budget->aborting = false;
}

CallResult LuaState::run(std::chrono::microseconds budget, const std::function<void(lua_State*)>& fn) {
    CallResult result;
    if (_running) {
        result.status = CallResult::Status::Error;
        result.error = "internal: nested LuaState::run";
        return result;
    }
    lua_State* L = _L.get();
    lua_settop(L, 0);
    // None of these three pushes allocates (light C functions and a light userdata on the
    // preallocated base stack), so nothing can fail outside the protected call.
    lua_pushcfunction(L, tracebackHandler);                 // [tb]
    lua_pushcfunction(L, trampoline);                       // [tb, tramp]
    lua_pushlightuserdata(L, const_cast<std::function<void(lua_State*)>*>(&fn)); // [tb, tramp, fn]
    _running = true;
    arm(budget);
    int rc = lua_pcall(L, 1, 0, 1); // [tb] or [tb, err]
    const bool timedOut = _budget->aborting;
    _lastRunCpu = std::max<std::chrono::nanoseconds>(threadCpuNow() - _budget->cpuStart - _budget->hostCpu,
                                                     std::chrono::nanoseconds(0));
    disarm();
    _running = false;
    if (rc != LUA_OK) {
        if (timedOut) {
            result.status = CallResult::Status::Timeout;
        } else if (rc == LUA_ERRMEM) {
            result.status = CallResult::Status::OutOfMemory;
        } else {
            result.status = CallResult::Status::Error;
        }
        if (rc == LUA_ERRMEM) {
            result.error = core::tr("hết bộ nhớ cho phép (", "out of its memory cap (") +
                           std::to_string(_budget->limit / (1024 * 1024)) + " MB)";
        } else if (lua_type(L, -1) == LUA_TSTRING) {
            result.error = lua_tostring(L, -1);
        } else {
            result.error = "(error object is not a string)";
        }
    }
    lua_settop(L, 0); // []
    return result;
}

} // namespace signage::scripting
