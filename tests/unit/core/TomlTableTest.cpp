// SPDX-License-Identifier: GPL-3.0-or-later
// The tree's one TOML table reader: syntax errors, wrong types, bad values and unknown keys
// at file:line:col, unknown keys with "did you mean", and the per-file-kind policy.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/Lang.h"
#include "core/TomlTable.h"

namespace signage::core {
namespace {

class TomlTableTest : public ::testing::Test {
protected:
    void SetUp() override { setLang(Lang::En); }
    void TearDown() override { setLang(Lang::Vi); }

    std::vector<std::string> formatted() const {
        std::vector<std::string> out;
        for (const auto& d : diags.all()) out.push_back(d.format());
        return out;
    }

    TomlSource src{"/nowhere/x.toml", "x.toml"};
    Diagnostics diags;
};

TEST_F(TomlTableTest, SyntaxErrorAtLineAndColumn) {
    EXPECT_FALSE(parseToml("a = 1\nb = = 2\n", src, diags));
    ASSERT_EQ(diags.all().size(), 1u);
    EXPECT_EQ(diags.all()[0].pos.file, "x.toml");
    EXPECT_EQ(diags.all()[0].pos.line, 2);
    EXPECT_GT(diags.all()[0].pos.column, 0);
    EXPECT_NE(diags.all()[0].message.find("TOML"), std::string::npos);
}

TEST_F(TomlTableTest, WrongTypeAtTheValue) {
    auto doc = parseToml("name = \"a\"\ncount = \"three\"\nflag = 3\n", src, diags);
    ASSERT_TRUE(doc);
    TomlTable t(*doc, src, diags);
    EXPECT_EQ(t.string("name"), "a");
    EXPECT_FALSE(t.integer("count"));
    EXPECT_FALSE(t.boolean("flag")); // not taken as true
    EXPECT_FALSE(t.integer("absent"));
    EXPECT_EQ(t.errors(), 2);
    EXPECT_EQ(formatted(), (std::vector<std::string>{"x.toml:2:9: count: expected an integer, found a string",
                                                     "x.toml:3:8: flag: expected a boolean, found an integer"}));
}

TEST_F(TomlTableTest, MessagesAndFirstErrorReadTopToBottom) {
    // Readers find problems key by key (toml++'s order); people read the file top to bottom.
    diags.warning({"x.toml", 5, 1}, "late warning");
    diags.error({"x.toml", 9, 3}, "late error");
    diags.error({"x.toml", 2, 7}, "early error");
    EXPECT_EQ(sortedMessages(diags),
              (std::vector<std::string>{"x.toml:2:7: early error", "x.toml:5:1: warning: late warning",
                                        "x.toml:9:3: late error"}));
    EXPECT_EQ(firstSortedError(diags), "x.toml:2:7: early error");
    Diagnostics onlyWarning;
    onlyWarning.warning({"x.toml", 1, 1}, "w");
    EXPECT_EQ(firstSortedError(onlyWarning), std::nullopt);
}

TEST_F(TomlTableTest, UnknownKeyIsAnErrorWithDidYouMeanByDefault) {
    auto doc = parseToml("[box]\nid = \"b1\"\nsiet = \"x\"\nzzz_qqq = 1\n", src, diags);
    ASSERT_TRUE(doc);
    TomlTable top(*doc, src, diags);
    const toml::table* box = top.table("box");
    ASSERT_TRUE(box);
    TomlTable r = top.child(*box, "box");
    EXPECT_EQ(r.rejectUnknownKeys({"id", "site"}), 2);
    EXPECT_EQ(r.errors(), 2);
    ASSERT_EQ(diags.all().size(), 2u);
    EXPECT_EQ(diags.all()[0].severity, Diagnostic::Severity::Error);
    EXPECT_EQ(diags.all()[0].format(), "x.toml:3:1: unknown key \"siet\" in [box] (did you mean \"site\"?)");
    // Nothing close: the allowed keys are listed instead.
    EXPECT_EQ(diags.all()[1].format(), "x.toml:4:1: unknown key \"zzz_qqq\" in [box] (allowed keys: id, site)");
}

TEST_F(TomlTableTest, WarningPolicyReportsWithoutCountingAnError) {
    auto doc = parseToml("volum = 0.5\n", src, diags);
    ASSERT_TRUE(doc);
    TomlTable r(*doc, src, diags, {}, TomlTable::UnknownKeys::Warning);
    EXPECT_EQ(r.rejectUnknownKeys({"volume"}), 1);
    EXPECT_EQ(r.errors(), 0);
    EXPECT_FALSE(diags.hasErrors());
    ASSERT_EQ(diags.all().size(), 1u);
    EXPECT_EQ(diags.all()[0].format(), "x.toml:1:1: warning: unknown key \"volum\" (did you mean \"volume\"?)");
    // A child keeps the policy.
    TomlTable c = r.child(*doc, "sub");
    EXPECT_EQ(c.unknownKeyPolicy(), TomlTable::UnknownKeys::Warning);
}

TEST_F(TomlTableTest, RangesEnumsAndDurations) {
    auto doc = parseToml("port = 70000\nlang = \"vn\"\nwait = \"5s\"\nbad = \"soon\"\nvol = 2\n", src, diags);
    ASSERT_TRUE(doc);
    TomlTable t(*doc, src, diags);
    EXPECT_FALSE(t.integer("port", 1, 65535));
    EXPECT_FALSE(t.oneOf("lang", {"vi", "en"}));
    EXPECT_EQ(t.duration("wait"), Millis(5000));
    EXPECT_FALSE(t.duration("bad"));
    EXPECT_FALSE(t.number("vol", 0, 1));
    auto f = formatted();
    ASSERT_EQ(f.size(), 4u);
    EXPECT_EQ(f[0], "x.toml:1:8: port: 70000 is out of range 1..65535");
    EXPECT_EQ(f[1].rfind("x.toml:2:8: lang: \"vn\" is not valid (expected one of: vi, en)", 0), 0u) << f[1];
    EXPECT_EQ(f[2].rfind("x.toml:4:7: bad: \"soon\" is not a valid duration", 0), 0u) << f[2];
    EXPECT_EQ(f[3], "x.toml:5:7: vol: 2 is out of range 0..1");
}

TEST_F(TomlTableTest, MissingKeyAtTheTableHeader) {
    auto doc = parseToml("a = 1\n\n[[files]]\nsize = 3\n", src, diags);
    ASSERT_TRUE(doc);
    const toml::table* f = (*doc)["files"][0].as_table();
    ASSERT_TRUE(f);
    TomlTable t(*f, src, diags);
    EXPECT_FALSE(t.requiredString("path"));
    ASSERT_EQ(diags.all().size(), 1u);
    EXPECT_EQ(diags.all()[0].format(), "x.toml:3:1: missing required key \"path\"");
}

TEST_F(TomlTableTest, FileReadingAndSizeLimit) {
    auto dir = std::filesystem::temp_directory_path() /
               ("toml-table-test-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
    std::filesystem::create_directories(dir);
    TomlSource file{dir / "a.toml", "a.toml"};
    { std::ofstream(file.path) << "x = 1\n"; }
    EXPECT_TRUE(parseTomlFile(file, diags));
    EXPECT_FALSE(parseTomlFile(file, diags, 3)); // over the limit
    TomlSource missingFile{dir / "none.toml", "none.toml"};
    EXPECT_FALSE(parseTomlFile(missingFile, diags));
    ASSERT_EQ(diags.all().size(), 2u);
    EXPECT_EQ(diags.all()[0].pos.line, 0);
    EXPECT_EQ(diags.all()[1].pos.file, "none.toml");
    std::filesystem::remove_all(dir);
}

TEST_F(TomlTableTest, MessagesAreVietnameseFirst) {
    setLang(Lang::Vi);
    auto doc = parseToml("siet = 1\n", src, diags);
    ASSERT_TRUE(doc);
    TomlTable(*doc, src, diags).rejectUnknownKeys({"site"});
    ASSERT_EQ(diags.all().size(), 1u);
    EXPECT_EQ(diags.all()[0].message, "khóa không hợp lệ \"siet\" (ý bạn là \"site\"?)");
}

} // namespace
} // namespace signage::core
