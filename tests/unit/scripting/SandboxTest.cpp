// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <chrono>

#include "core/Lang.h"
#include "scripting/LuaState.h"
#include "scripting/Sandbox.h"
#include "support/TempDir.h"

using namespace signage::scripting;
using namespace std::chrono_literals;

namespace {

class SandboxTest : public ::testing::Test {
protected:
    void SetUp() override {
        signage::core::setLang(signage::core::Lang::En);
        dir.write("mods/util.lua", "return { twice = function(x) return 2 * x end }");
        dir.write("mods/deep/inner.lua", "return 'inner'");
        dir.write("mods/loop_a.lua", "return require('loop_b')");
        dir.write("mods/loop_b.lua", "return require('loop_a')");
        dir.write("outside.lua", "return 'escaped'");
        std::filesystem::create_directory_symlink(dir.path(), dir.path() / "mods" / "up");
        CallResult r = lua.run(100ms, [&](lua_State* L) { openSandbox(L, dir.path() / "mods", "p/"); });
        ASSERT_TRUE(r.ok()) << r.error;
    }
    CallResult run(const std::string& code) {
        return lua.run(50ms, [&](lua_State* L) {
            if (luaL_loadbufferx(L, code.data(), code.size(), "=t", "t") != LUA_OK) lua_error(L);
            lua_call(L, 0, 0);
        });
    }
    signage::test::TempDir dir;
    LuaState lua{4u << 20};
};

TEST_F(SandboxTest, DangerousLibrariesAreAbsent) {
    for (const char* name : {"io", "debug", "package", "dofile", "loadfile", "warn", "os", "print"}) {
        EXPECT_TRUE(run(std::string("assert(") + name + " == nil, '" + name + "')").ok()) << name;
    }
    EXPECT_TRUE(run("assert(string.dump == nil)").ok());
    EXPECT_TRUE(run("assert(('').dump == nil)").ok());
    for (const char* name : {"string", "table", "math", "utf8", "coroutine", "pcall", "xpcall", "load", "require", "pairs"}) {
        EXPECT_TRUE(run(std::string("assert(") + name + " ~= nil)").ok()) << name;
    }
}

TEST_F(SandboxTest, LoadAcceptsOnlyTextChunks) {
    EXPECT_TRUE(run("assert(load('return 1 + 1')() == 2)").ok());
    EXPECT_TRUE(run("local f = load('return x', 'c', 't', {x = 7}); assert(f() == 7)").ok());
    CallResult r = run("load('return 1', 'c', 'b')");
    EXPECT_FALSE(r.ok());
    EXPECT_NE(r.error.find("only text chunks"), std::string::npos) << r.error;
    // A binary chunk (Lua's signature) is refused even when the mode is left out.
    EXPECT_TRUE(run("local f, e = load('\\27Lua\\84\\0'); assert(f == nil and e:find('binary'), e)").ok());
}

TEST_F(SandboxTest, RequireLoadsOnlyLuaTextFromTheModuleFolder) {
    EXPECT_TRUE(run("assert(require('util').twice(4) == 8); assert(require('util') == require('util'))").ok());
    EXPECT_TRUE(run("assert(require('deep.inner') == 'inner')").ok());
    for (const char* bad : {"require('../outside')", "require('/etc/passwd')", "require('missing')", "require('up.outside')",
                            "require('a..b')", "require('')"}) {
        CallResult r = run(bad);
        EXPECT_FALSE(r.ok()) << bad;
    }
    CallResult loop = run("require('loop_a')");
    EXPECT_FALSE(loop.ok());
    EXPECT_NE(loop.error.find("require loop"), std::string::npos) << loop.error;
    CallResult where = run("require('loop_b')");
    EXPECT_NE(where.error.find("p/loop_"), std::string::npos) << "module chunks are named with the prefix: " << where.error;
}

TEST_F(SandboxTest, SetmetatableRefusesGcAndCollectgarbageIsLimited) {
    EXPECT_FALSE(run("setmetatable({}, {__gc = function() end})").ok());
    EXPECT_TRUE(run("local t = setmetatable({}, {__index = {a = 1}}); assert(t.a == 1)").ok());
    EXPECT_TRUE(run("assert(collectgarbage('count') > 0); collectgarbage(); collectgarbage('step')").ok());
    CallResult r = run("collectgarbage('stop')");
    EXPECT_FALSE(r.ok());
    EXPECT_NE(r.error.find("collect, count, step, isrunning"), std::string::npos) << r.error;
}

TEST_F(SandboxTest, LoadTextChunkRefusesBinaryFiles) {
    dir.write("mods/bin.lua", std::string("\x1bLua\x54\x00", 6));
    CallResult r = lua.run(50ms, [&](lua_State* L) { loadTextChunk(L, dir.path() / "mods" / "bin.lua", "@bin.lua"); });
    EXPECT_FALSE(r.ok());
    EXPECT_NE(r.error.find("binary"), std::string::npos) << r.error;
}

} // namespace
