// SPDX-License-Identifier: GPL-3.0-or-later
// The --input-script language: what a test or demo may say, and file:line:col errors.
#include <gtest/gtest.h>

#include "app/InputScript.h"
#include "core/Lang.h"

using namespace signage;
using app::ScriptLine;

namespace {
std::optional<ScriptLine> parse(const std::string& line, core::Diagnostics& d) { return app::parseScriptLine(line, "s.txt", 3, d); }
} // namespace

TEST(InputScript, ParsesEveryCommand) {
    core::Diagnostics d;
    auto tap = parse("tap 1800 950", d);
    ASSERT_TRUE(tap);
    EXPECT_EQ(tap->kind, ScriptLine::Kind::Tap);
    EXPECT_FLOAT_EQ(tap->x, 1800);
    EXPECT_FLOAT_EQ(tap->y, 950);
    auto down = parse("  down 10.5 20 7", d);
    ASSERT_TRUE(down);
    EXPECT_EQ(down->kind, ScriptLine::Kind::Down);
    EXPECT_EQ(down->finger, 7);
    auto text = parse("text Chuyển tiền ngay", d);
    ASSERT_TRUE(text);
    EXPECT_EQ(text->arg, "Chuyển tiền ngay");
    EXPECT_EQ(parse("key backspace", d)->arg, "backspace");
    EXPECT_EQ(parse("wait 250", d)->waitMs, 250);
    EXPECT_EQ(parse("shot result-1", d)->arg, "result-1");
    EXPECT_EQ(parse("quit", d)->kind, ScriptLine::Kind::Quit);
    auto press = parse("press Số điện thoại", d);
    ASSERT_TRUE(press);
    EXPECT_EQ(press->kind, ScriptLine::Kind::Press);
    EXPECT_EQ(press->arg, "Số điện thoại");
    EXPECT_EQ(parse("type 0901 234", d)->kind, ScriptLine::Kind::Type);
    EXPECT_FALSE(parse("   ", d));
    EXPECT_FALSE(parse("# a comment", d));
    EXPECT_EQ(d.errorCount(), 0u);
}

TEST(InputScript, BadLinesNameFileLineAndColumn) {
    core::setLang(core::Lang::En);
    core::Diagnostics d;
    EXPECT_FALSE(parse("tap 10", d));
    EXPECT_FALSE(parse("  jump 1 2", d));
    EXPECT_FALSE(parse("shot ../../etc/passwd", d));
    EXPECT_FALSE(parse("wait -5", d));
    EXPECT_FALSE(parse("tap nan 3", d));
    EXPECT_FALSE(parse("press", d));
    ASSERT_EQ(d.errorCount(), 6u);
    EXPECT_EQ(d.all()[0].format().rfind("s.txt:3:5:", 0), 0u) << d.all()[0].format();
    EXPECT_EQ(d.all()[1].format().rfind("s.txt:3:3: unknown command \"jump\"", 0), 0u) << d.all()[1].format();
    EXPECT_EQ(d.all()[2].format().rfind("s.txt:3:6:", 0), 0u) << d.all()[2].format();
}
