// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "core/Lang.h"
#include "scripting/CsvParser.h"
#include "scripting/JsonParser.h"
#include "scripting/TomlData.h"

using namespace signage::scripting;

namespace {

class DataParsers : public ::testing::Test {
protected:
    void SetUp() override { signage::core::setLang(signage::core::Lang::En); }
};

TEST_F(DataParsers, JsonValues) {
    DataValue v;
    ParseError e;
    ASSERT_TRUE(parseJson(R"({"a": [1, 2.5, -3e2, true, false, null], "s": "Kh\u00f4ng \"x\" \ud83d\ude00", "n": {}})", v, e)) << e.message;
    ASSERT_EQ(v.type, DataValue::Type::Object);
    const DataValue* a = v.find("a");
    ASSERT_TRUE(a);
    ASSERT_EQ(a->items.size(), 6u);
    EXPECT_EQ(a->items[0].type, DataValue::Type::Integer);
    EXPECT_EQ(a->items[0].integer, 1);
    EXPECT_DOUBLE_EQ(a->items[1].number, 2.5);
    EXPECT_DOUBLE_EQ(a->items[2].number, -300);
    EXPECT_TRUE(a->items[3].boolean);
    EXPECT_EQ(a->items[5].type, DataValue::Type::Null);
    EXPECT_EQ(v.find("s")->text, "Không \"x\" \xF0\x9F\x98\x80");
    EXPECT_EQ(v.find("n")->type, DataValue::Type::Object);
}

TEST_F(DataParsers, JsonErrorsCarryLineAndColumn) {
    struct Case {
        const char* text;
        int line, col;
    } cases[] = {
        {"{\n  \"a\": 1,\n  \"b\" 2\n}", 3, 7},
        {"[1, 2,]", 1, 7},
        {"{\"a\": tru}", 1, 7},
        {"\"unterminated", 1, 14},
        {"01", 1, 1},
        {"[1] x", 1, 5},
        {"\"\\q\"", 1, 2},
        {"\"\\ud800\"", 1, 8},
    };
    for (const auto& c : cases) {
        DataValue v;
        ParseError e;
        EXPECT_FALSE(parseJson(c.text, v, e)) << c.text;
        EXPECT_EQ(e.line, c.line) << c.text << ": " << e.message;
        EXPECT_EQ(e.column, c.col) << c.text << ": " << e.message;
        EXPECT_FALSE(e.message.empty());
    }
}

TEST_F(DataParsers, JsonDepthAndUtf8AreChecked) {
    DataValue v;
    ParseError e;
    EXPECT_FALSE(parseJson(std::string(10000, '['), v, e));
    EXPECT_NE(e.message.find("deep"), std::string::npos);
    EXPECT_FALSE(parseJson("\"\xC3\x28\"", v, e));
    EXPECT_TRUE(parseJson("\xEF\xBB\xBF[1]", v, e)) << "BOM accepted";
}

TEST_F(DataParsers, CsvQuotesNewlinesAndBom) {
    std::vector<CsvRow> rows;
    ParseError e;
    ASSERT_TRUE(parseCsv("\xEF\xBB\xBFname,phone\r\n\"Công an, phường\",113\r\n\r\n\"Nói \"\"không\"\"\nvới lừa đảo\",\n", rows, e)) << e.message;
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].fields, (std::vector<std::string>{"name", "phone"}));
    EXPECT_EQ(rows[1].fields, (std::vector<std::string>{"Công an, phường", "113"}));
    EXPECT_EQ(rows[1].line, 2);
    EXPECT_EQ(rows[2].fields, (std::vector<std::string>{"Nói \"không\"\nvới lừa đảo", ""}));
    EXPECT_EQ(rows[2].line, 4);
    ASSERT_TRUE(parseCsv("a;b\n1;2", rows, e, ';'));
    EXPECT_EQ(rows[1].fields[1], "2");
}

TEST_F(DataParsers, CsvErrors) {
    std::vector<CsvRow> rows;
    ParseError e;
    EXPECT_FALSE(parseCsv("a,b\n1,\"open\n2,3\n", rows, e));
    EXPECT_EQ(e.line, 2);
    EXPECT_EQ(e.column, 3);
    EXPECT_FALSE(parseCsv("a,b\nx\"y,2\n", rows, e));
    EXPECT_EQ(e.line, 2);
    EXPECT_EQ(e.column, 2);
    EXPECT_FALSE(parseCsv("a,b\n\"q\"x,2\n", rows, e));
    EXPECT_FALSE(parseCsv("a\n\xff\xfe\n", rows, e));
    EXPECT_NE(e.message.find("UTF-8"), std::string::npos);
}

TEST_F(DataParsers, TomlToValues) {
    DataValue v;
    ParseError e;
    ASSERT_TRUE(parseTomlData("title = \"Cảnh báo\"\nn = 3\nf = 1.5\nok = true\nwhen = 2026-11-23T07:30:00+07:00\n"
                              "[[items]]\ntext = \"a\"\n[[items]]\ntext = \"b\"\n",
                              v, e))
        << e.message;
    EXPECT_EQ(v.find("title")->text, "Cảnh báo");
    EXPECT_EQ(v.find("n")->integer, 3);
    EXPECT_DOUBLE_EQ(v.find("f")->number, 1.5);
    EXPECT_TRUE(v.find("ok")->boolean);
    EXPECT_EQ(v.find("when")->text, "2026-11-23T07:30:00+07:00");
    ASSERT_EQ(v.find("items")->items.size(), 2u);
    EXPECT_EQ(v.find("items")->items[1].find("text")->text, "b");
    EXPECT_FALSE(parseTomlData("a = 1\nb = = 2\n", v, e));
    EXPECT_EQ(e.line, 2);
    EXPECT_GT(e.column, 0);
}

// core::parseToml's words and position (the tree's one TOML parser), Vietnamese first.
TEST_F(DataParsers, BrokenTomlIsReportedAtLineAndColumnInCoresWords) {
    DataValue v;
    ParseError e;
    signage::core::setLang(signage::core::Lang::Vi);
    EXPECT_FALSE(parseTomlData("[tin]\ntieu_de = \"a\"\nngay = 2026-13-45\n", v, e, "tin.toml"));
    EXPECT_EQ(e.line, 3);
    EXPECT_GT(e.column, 0);
    EXPECT_EQ(e.message.rfind("lỗi cú pháp TOML", 0), 0u) << e.message;
    signage::core::setLang(signage::core::Lang::En);
    EXPECT_FALSE(parseTomlData("a = \"unterminated\n", v, e));
    EXPECT_EQ(e.line, 1);
    EXPECT_EQ(e.message.rfind("TOML syntax error", 0), 0u) << e.message;
    // Any key is the plugin's own data: nothing is unknown.
    ASSERT_TRUE(parseTomlData("whatever = 1\n[any.nested]\nkey = [1, \"two\"]\n", v, e)) << e.message;
    EXPECT_EQ(v.find("any")->find("nested")->find("key")->items[1].text, "two");
}

} // namespace
