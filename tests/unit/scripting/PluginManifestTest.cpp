// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "core/Lang.h"
#include "scripting/PluginManifest.h"
#include "support/TempDir.h"

using namespace signage::scripting;

namespace {

class ManifestTest : public ::testing::Test {
protected:
    void SetUp() override { signage::core::setLang(signage::core::Lang::En); }
    bool load(const std::string& toml, bool withMain = true) {
        dir.write("ticker/plugin.toml", toml);
        if (withMain) dir.write("ticker/main.lua", "-- empty");
        diags = {};
        return loadPluginManifest(dir.path() / "ticker", m, diags);
    }
    std::string errors() const {
        std::string out;
        for (const auto& d : diags.all()) out += d.format() + "\n";
        return out;
    }
    signage::test::TempDir dir;
    PluginManifest m;
    signage::core::Diagnostics diags;
};

TEST_F(ManifestTest, ReadsEveryField) {
    ASSERT_TRUE(load("name = \"ticker\"\nversion = \"1.2.0\"\napi_version = 1\ndescription = \"Chữ chạy\"\nauthor = \"UBND\"\n"
                     "permissions = [\"touch\", \"kv\", \"playlog\", \"data\"]\ndefault_zone = [0.0, 0.9, 1.0, 0.1]\n"
                     "fps = 60\nbackground = \"#102030\"\n"))
        << errors();
    EXPECT_EQ(m.name, "ticker");
    EXPECT_EQ(m.version, "1.2.0");
    EXPECT_EQ(m.apiVersion, 1);
    EXPECT_EQ(m.description, "Chữ chạy");
    EXPECT_TRUE(m.permissions.touch && m.permissions.kv && m.permissions.playlog && m.permissions.data);
    ASSERT_TRUE(m.defaultZone);
    EXPECT_FLOAT_EQ((*m.defaultZone)[1], 0.9f);
    EXPECT_EQ(m.fps, 60);
    EXPECT_EQ(m.background->g, 0x20);
    EXPECT_TRUE(m.dir.is_absolute());
}

TEST_F(ManifestTest, PermissionsDefaultToNone) {
    ASSERT_TRUE(load("name = \"ticker\"\nversion = \"1\"\napi_version = 1\n")) << errors();
    EXPECT_FALSE(m.permissions.touch || m.permissions.kv || m.permissions.playlog || m.permissions.data);
    EXPECT_EQ(m.fps, 0);
}

TEST_F(ManifestTest, WrongApiVersionIsAClearErrorWithPosition) {
    EXPECT_FALSE(load("name = \"ticker\"\nversion = \"1.0.0\"\napi_version = 2\n"));
    std::string e = errors();
    EXPECT_NE(e.find("plugin.toml:3:15: api_version = 2 is not supported; this player supports api_version = 1"), std::string::npos) << e;
    EXPECT_FALSE(load("name = \"ticker\"\nversion = \"1.0.0\"\n"));
    EXPECT_NE(errors().find("missing required key \"api_version\""), std::string::npos) << errors();
    EXPECT_FALSE(load("name = \"ticker\"\nversion = \"1.0.0\"\napi_version = \"1\"\n"));
    EXPECT_NE(errors().find(":3:15: api_version must be an integer"), std::string::npos) << errors();
}

TEST_F(ManifestTest, UnknownKeysAndPermissionsSuggestTheRightOne) {
    EXPECT_FALSE(load("name = \"ticker\"\nversion = \"1.0.0\"\napi_version = 1\npermisions = [\"kv\"]\n"));
    EXPECT_NE(errors().find("plugin.toml:4:1: unknown key \"permisions\" (did you mean \"permissions\"?)"),
              std::string::npos)
        << errors();
    // A wrong type names the key, what it needs and what it found, at the value.
    EXPECT_FALSE(load("name = \"ticker\"\nversion = \"1.0.0\"\napi_version = 1\nauthor = 7\n"));
    EXPECT_NE(errors().find("plugin.toml:4:10: author: expected a string, found an integer"), std::string::npos)
        << errors();
    EXPECT_FALSE(load("name = \"ticker\"\nversion = \"1.0.0\"\napi_version = 1\npermissions = [\"kv\", \"tuoch\"]\n"));
    EXPECT_NE(errors().find(":4:22: unknown permission \"tuoch\" (did you mean \"touch\"?)"), std::string::npos) << errors();
}

TEST_F(ManifestTest, BadValuesAreReportedWhereTheyAre) {
    EXPECT_FALSE(load("name = \"Ticker X\"\nversion = \"1..0\"\napi_version = 1\nfps = 120\nbackground = \"blue\"\n"
                      "default_zone = [0.5, 0.5, 0.8, 0.1]\n"));
    std::string e = errors();
    EXPECT_NE(e.find(":1:8: name may only use"), std::string::npos) << e;
    EXPECT_NE(e.find(":2:11: version must be dotted numbers"), std::string::npos) << e;
    EXPECT_NE(e.find(":4:7: fps must be an integer 0..60"), std::string::npos) << e;
    EXPECT_NE(e.find(":5:14: background must be"), std::string::npos) << e;
    EXPECT_NE(e.find(":6:16: default_zone must be"), std::string::npos) << e;
}

TEST_F(ManifestTest, SyntaxErrorsMissingFilesAndNameMismatch) {
    EXPECT_FALSE(load("name = \"ticker\nversion = 1\n"));
    EXPECT_NE(errors().find("plugin.toml:1:"), std::string::npos) << errors();
    std::filesystem::remove(dir.path() / "ticker" / "main.lua");
    EXPECT_FALSE(load("name = \"ticker\"\nversion = \"1\"\napi_version = 1\n", false));
    EXPECT_NE(errors().find("main.lua is missing"), std::string::npos) << errors();
    EXPECT_TRUE(load("name = \"other\"\nversion = \"1\"\napi_version = 1\n"));
    EXPECT_NE(errors().find("warning: name differs from the folder name"), std::string::npos) << errors();
    EXPECT_FALSE(loadPluginManifest(dir.path() / "nothing", m, diags));
}

TEST_F(ManifestTest, VietnameseMessagesByDefault) {
    signage::core::setLang(signage::core::Lang::Vi);
    EXPECT_FALSE(load("name = \"ticker\"\nversion = \"1.0.0\"\napi_version = 2\n"));
    EXPECT_NE(errors().find("không được hỗ trợ"), std::string::npos) << errors();
    signage::core::setLang(signage::core::Lang::En);
}

} // namespace
