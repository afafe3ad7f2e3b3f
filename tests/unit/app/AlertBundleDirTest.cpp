// SPDX-License-Identifier: GPL-3.0-or-later
// `bundle create --kind alert` from an office alert file: the body is read by core's TOML
// reader on the file's own lines (the signature is line 1), so a mistake names file:line:col.
#include <gtest/gtest.h>

#include "app/AlertBundleDir.h"
#include "core/Lang.h"
#include "support/TempDir.h"

namespace signage::app {
namespace {

const std::string kSig(128, 'a'); // stageAlertBundle checks the shape; the box checks the signature

class AlertBundleDirTest : public ::testing::Test {
protected:
    void SetUp() override { core::setLang(core::Lang::En); }
    void TearDown() override { core::setLang(core::Lang::Vi); }
    test::TempDir tmp;
};

TEST_F(AlertBundleDirTest, StagesAGoodAlertAndIgnoresUnknownKeys) {
    auto file = tmp.write("a.alert", kSig + "\nid = \"a-1\"\nlevel = \"priority\"\nmessage = \"Cảnh báo\"\n"
                                            "expiry_ms = 2000\nboxes = [\"box-1\"]\ncolour = \"red\"\n");
    std::string why;
    ASSERT_TRUE(stageAlertBundle(file, tmp.path() / "out", 1000, &why)) << why;
    EXPECT_TRUE(std::filesystem::exists(tmp.path() / "out" / "manifest.toml"));
}

TEST_F(AlertBundleDirTest, MistakesNameTheFileLineAndColumn) {
    std::string why;
    auto typed =
        tmp.write("b.alert", kSig + "\nid = \"a-1\"\nlevel = \"priority\"\nmessage = \"x\"\nexpiry_ms = \"2000\"\n");
    EXPECT_FALSE(stageAlertBundle(typed, tmp.path() / "out", 1000, &why));
    EXPECT_EQ(why.rfind(typed.string() + ":5:13: expiry_ms: expected an integer", 0), 0u) << why;
    auto broken = tmp.write("c.alert", kSig + "\nid = \"a-1\"\nlevel = \n");
    EXPECT_FALSE(stageAlertBundle(broken, tmp.path() / "out", 1000, &why));
    EXPECT_EQ(why.rfind(broken.string() + ":3:", 0), 0u) << why;
    auto boxes = tmp.write("d.alert", kSig + "\nid = \"a-1\"\nlevel = \"priority\"\nmessage = \"x\"\nexpiry_ms = 2000\n"
                                             "boxes = [\"b\", 7]\n");
    EXPECT_FALSE(stageAlertBundle(boxes, tmp.path() / "out", 1000, &why));
    EXPECT_EQ(why.rfind(boxes.string() + ":6:15: boxes[2]", 0), 0u) << why;
}

} // namespace
} // namespace signage::app
