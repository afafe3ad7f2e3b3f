// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "render/FontLocator.h"
#include "support/RunCommand.h"
#include "support/TempDir.h"

using namespace signage::render;

TEST(FontLocator, FindsAVietnameseCapableFaceWithABoldCut) {
    std::string error;
    auto fonts = locateFonts(&error);
    if (!fonts) GTEST_SKIP() << error;
    EXPECT_TRUE(fonts->family == "Noto Sans" || fonts->family == "DejaVu Sans") << fonts->family;
    EXPECT_TRUE(fontCoversVietnamese(fonts->regular)) << fonts->regular;
    EXPECT_TRUE(fontCoversVietnamese(fonts->bold)) << fonts->bold;
    EXPECT_NE(fonts->regular, fonts->bold);
}

TEST(FontLocator, AFaceWithoutVietnameseIsRefused) {
    // Any installed face for another script (fonts-noto-core ships many) lacks ơ, ư and the
    // stacked tone marks.
    for (const char* f : {"/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf",
                          "/usr/share/fonts/truetype/noto/NotoSansArmenian-Regular.ttf"}) {
        if (!std::filesystem::exists(f)) continue;
        EXPECT_FALSE(fontCoversVietnamese(f)) << f;
        return;
    }
    GTEST_SKIP() << "no non-Vietnamese face installed to compare with";
}

TEST(FontLocator, FontDirOverridesFontconfig) {
    // The override is read once per process, so check it through the real binary.
    const std::filesystem::path dejavu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    if (!std::filesystem::exists(dejavu)) GTEST_SKIP() << "fonts-dejavu-core not installed";
    signage::test::TempDir dir;
    std::filesystem::create_directories(dir.path() / "fonts");
    std::filesystem::copy_file(dejavu, dir.path() / "fonts/DejaVuSans-Regular.ttf",
                               std::filesystem::copy_options::none);
    auto slide = dir.write("slides/a.toml", "title = \"Ễ Ẫ Ữ Ỹ\"\n");
    auto r = signage::test::runSignage({"--log-level", "debug", "render", slide.string(), "--out",
                                        (dir.path() / "a.png").string(), "--size", "320x180"},
                                       60, {"SIGNAGE_FONT_DIR=" + (dir.path() / "fonts").string()});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.err.find("DejaVuSans-Regular.ttf"), std::string::npos) << r.err;
}
