// SPDX-License-Identifier: GPL-3.0-or-later
// The office's screenshot request as the box reads it (fleet::screenshotRequestWidth):
// the width asked for, unknown keys ignored, a wrong type or broken TOML reported at
// screenshot-request:line:col with the shot still taken at the default width.
#include <gtest/gtest.h>

#include "core/Lang.h"
#include "fleet/Agent.h"

namespace signage::fleet {
namespace {

class ScreenshotRequest : public ::testing::Test {
protected:
    void TearDown() override { core::setLang(core::Lang::Vi); }
    core::Diagnostics diags;
};

TEST_F(ScreenshotRequest, ReadsTheWidthAndClampsIt) {
    EXPECT_EQ(screenshotRequestWidth("max_width = 640\n", diags), 640);
    EXPECT_EQ(screenshotRequestWidth("", diags), 320) << "no width asked: the default";
    EXPECT_EQ(screenshotRequestWidth("max_width = 4000\n", diags), 1280);
    EXPECT_EQ(screenshotRequestWidth("max_width = 2\n", diags), 16);
    EXPECT_TRUE(diags.all().empty());
}

TEST_F(ScreenshotRequest, UnknownKeysAreIgnored) {
    // A newer office may send more; this box takes the width and says nothing.
    EXPECT_EQ(screenshotRequestWidth("quality = 90\nmax_width = 480\n[crop]\nx = 1\n", diags), 480);
    EXPECT_TRUE(diags.all().empty()) << diags.all().front().format();
}

TEST_F(ScreenshotRequest, WrongTypeIsReportedAtItsLineAndColumn) {
    core::setLang(core::Lang::En);
    EXPECT_EQ(screenshotRequestWidth("# from the office\nmax_width = \"640\"\n", diags), 320);
    ASSERT_EQ(diags.all().size(), 1u);
    EXPECT_EQ(diags.all()[0].format(), "screenshot-request:2:13: max_width: expected an integer, found a string");
}

TEST_F(ScreenshotRequest, BrokenTomlIsReportedAtItsLineAndColumnVietnameseFirst) {
    EXPECT_EQ(screenshotRequestWidth("max_width = 640\nmax_width = = 2\n", diags), 320);
    ASSERT_EQ(diags.all().size(), 1u);
    const std::string vi = diags.all()[0].format();
    EXPECT_EQ(vi.rfind("screenshot-request:2:", 0), 0u) << vi;
    EXPECT_NE(vi.find("lỗi cú pháp TOML"), std::string::npos) << vi;
    core::setLang(core::Lang::En);
    core::Diagnostics en;
    EXPECT_EQ(screenshotRequestWidth("max_width = [\n", en), 320);
    ASSERT_EQ(en.all().size(), 1u);
    EXPECT_EQ(en.all()[0].format().rfind("screenshot-request:1:", 0), 0u) << en.all()[0].format();
    EXPECT_NE(en.all()[0].format().find("TOML syntax error"), std::string::npos) << en.all()[0].format();
}

} // namespace
} // namespace signage::fleet
