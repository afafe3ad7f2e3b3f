// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <chrono>

#include "core/Lang.h"
#include "scripting/LuaState.h"
#include "scripting/Sandbox.h"

using namespace signage::scripting;
using namespace std::chrono_literals;

namespace {

CallResult runCode(LuaState& lua, const std::string& code, std::chrono::microseconds budget = 5000us) {
    return lua.run(budget, [&](lua_State* L) {
        if (luaL_loadbufferx(L, code.data(), code.size(), "=test", "t") != LUA_OK) lua_error(L);
        lua_call(L, 0, 0);
    });
}

class LuaStateTest : public ::testing::Test {
protected:
    void SetUp() override {
        signage::core::setLang(signage::core::Lang::En);
        CallResult r = lua.run(100ms, [](lua_State* L) { openSandbox(L, {}); });
        ASSERT_TRUE(r.ok()) << r.error;
    }
    LuaState lua{4u << 20};
};

TEST_F(LuaStateTest, RunsCodeAndReportsErrorsWithTraceback) {
    EXPECT_TRUE(runCode(lua, "x = 1 + 1").ok());
    CallResult r = runCode(lua, "local function inner() error('boom') end\nlocal function outer() inner() end\nouter()");
    EXPECT_EQ(r.status, CallResult::Status::Error);
    EXPECT_NE(r.error.find("test:1: boom"), std::string::npos) << r.error;
    EXPECT_NE(r.error.find("stack traceback"), std::string::npos);
    EXPECT_NE(r.error.find("outer"), std::string::npos);
}

TEST_F(LuaStateTest, NonStringErrorObjectsDoNotRunMetamethods) {
    CallResult r = runCode(lua, "error(setmetatable({}, {__tostring = function() while true do end end}))");
    EXPECT_EQ(r.status, CallResult::Status::Error);
    EXPECT_NE(r.error.find("error object is a table value"), std::string::npos) << r.error;
}

TEST_F(LuaStateTest, InfiniteLoopIsAbortedWithinTheBudget) {
    auto t0 = std::chrono::steady_clock::now();
    CallResult r = runCode(lua, "while true do end");
    auto took = std::chrono::steady_clock::now() - t0;
    EXPECT_EQ(r.status, CallResult::Status::Timeout);
    EXPECT_NE(r.error.find("time budget"), std::string::npos) << r.error;
    EXPECT_LT(took, 200ms); // 5 ms budget; generous for a loaded CI box
    EXPECT_TRUE(runCode(lua, "y = 2").ok()) << "state usable after an abort";
}

TEST_F(LuaStateTest, PcallXpcallAndCoroutinesCannotSwallowTheAbort) {
    for (const char* code : {
             "while true do pcall(function() while true do end end) end",
             "while true do xpcall(function() while true do end end, function(e) return e end) end",
             "while true do local co = coroutine.create(function() while true do end end); coroutine.resume(co) end",
             "while true do local co = coroutine.wrap(function() while true do end end); pcall(co) end",
             "while true do xpcall(error, function() while true do end end) end",
             "xpcall(function() while true do end end, function() while true do end end)",
         }) {
        auto t0 = std::chrono::steady_clock::now();
        CallResult r = runCode(lua, code);
        EXPECT_EQ(r.status, CallResult::Status::Timeout) << code << "\n" << r.error;
        EXPECT_LT(std::chrono::steady_clock::now() - t0, 500ms) << code;
    }
}

TEST_F(LuaStateTest, PcallStillCatchesOrdinaryErrors) {
    EXPECT_TRUE(runCode(lua, "local ok, e = pcall(error, 'x'); assert(not ok and e == 'x')").ok());
    EXPECT_TRUE(runCode(lua, "local ok, e = xpcall(error, function(m) return 'h:' .. m end, 'x'); assert(e == 'h:x')").ok());
    EXPECT_TRUE(runCode(lua, "local co = coroutine.create(function() coroutine.yield(1) error('y') end)\n"
                             "assert(select(2, coroutine.resume(co)) == 1)\n"
                             "local ok, e = coroutine.resume(co); assert(not ok and e:find('y'))")
                    .ok());
    // pcall across a yield (lua_pcallk continuation)
    EXPECT_TRUE(runCode(lua, "local co = coroutine.wrap(function() return pcall(function() coroutine.yield(5); return 6 end) end)\n"
                             "assert(co() == 5); local ok, v = co(); assert(ok and v == 6)")
                    .ok());
}

TEST_F(LuaStateTest, MemoryCapHoldsAndTheStateRecovers) {
    CallResult r = runCode(lua, "local t = {} for i = 1, 1e8 do t[i] = string.rep('x', 100) .. i end", 2000ms);
    EXPECT_EQ(r.status, CallResult::Status::OutOfMemory) << r.error;
    EXPECT_LE(lua.memoryPeak(), lua.memoryLimit());
    EXPECT_GT(lua.deniedAllocations(), 0u);
    EXPECT_TRUE(runCode(lua, "collectgarbage(); z = 3").ok());
    EXPECT_LT(lua.memoryUsed(), 1u << 20);
}

// One allocation far over the 4 MB cap: string.rep refuses such sizes itself now (the
// LibraryCaps test below), so the single 8 MB block comes from table.concat.
TEST_F(LuaStateTest, HugeSingleAllocationIsRefused) {
    CallResult r = runCode(lua,
                           "local s = string.rep('x', 1024 * 1024)\n"
                           "local big = table.concat({s, s, s, s, s, s, s, s})",
                           2000ms); // a loaded box may take more than 5 ms to build 1 MB
    EXPECT_EQ(r.status, CallResult::Status::OutOfMemory) << r.error;
    EXPECT_GT(lua.deniedAllocations(), 0u);
    EXPECT_LE(lua.memoryPeak(), lua.memoryLimit());
    EXPECT_TRUE(runCode(lua, "collectgarbage(); z = 3").ok()) << "the state recovers";
}

TEST_F(LuaStateTest, StringRepRefusesAResultOverItsCap) {
    CallResult r = runCode(lua, "local s = string.rep('x', 100 * 1024 * 1024)");
    EXPECT_EQ(r.status, CallResult::Status::Error) << r.error;
    EXPECT_NE(r.error.find("string.rep: resulting string too large"), std::string::npos) << r.error;
    EXPECT_EQ(lua.deniedAllocations(), 0u) << "refused before allocating";
    EXPECT_TRUE(runCode(lua, "local s = string.rep('ab', 1000, ',') assert(#s == 2999)").ok());
}

TEST_F(LuaStateTest, DeepRecursionIsContained) {
    CallResult r = runCode(lua, "local function f(n) return 1 + f(n + 1) end f(1)", 2000ms);
    EXPECT_FALSE(r.ok());
    CallResult c = runCode(lua, "local t = setmetatable({}, {__index = function(t, k) return t[k .. 'x'] end}) local _ = t.a", 2000ms);
    EXPECT_FALSE(c.ok());
    EXPECT_TRUE(runCode(lua, "w = 1").ok());
}

TEST_F(LuaStateTest, CppExceptionsBecomeErrors) {
    CallResult r = lua.run(5ms, [](lua_State*) { throw std::runtime_error("host side failed"); });
    EXPECT_EQ(r.status, CallResult::Status::Error);
    EXPECT_NE(r.error.find("host side failed"), std::string::npos);
}

TEST_F(LuaStateTest, StateSurvivesABudgetTooSmallForItsOwnSetup) {
    LuaState tiny(64 * 1024);
    CallResult r = tiny.run(100ms, [](lua_State* L) { openSandbox(L, {}); luaL_loadstring(L, "local t = {} for i=1,1e6 do t[i]=i end"); lua_call(L, 0, 0); });
    EXPECT_EQ(r.status, CallResult::Status::OutOfMemory);
}

} // namespace
