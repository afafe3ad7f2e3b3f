// SPDX-License-Identifier: GPL-3.0-or-later
// `signage validate` runs the checks app/ wires in (slide text fit needs the fonts).
#include <gtest/gtest.h>

#include "support/RunCommand.h"
#include "support/TempDir.h"

using namespace signage::test;

TEST(ValidateExtraChecks, SlideTextThatCannotFitIsAnErrorNamingTheSlide) {
    TempDir dir;
    dir.write("manifest.toml", "id = \"t\"\nname = \"t\"\nversion = \"1.0.0\"\n");
    dir.write("playlists/main.toml", "[[items]]\ntype = \"slide\"\nslide = \"long\"\nduration = \"5s\"\n");
    std::string words;
    for (int i = 0; i < 400; ++i) words += "Tuyệt đối không chuyển tiền cho người lạ ";
    dir.write("slides/long.toml", "title = \"Quá dài\"\nparagraph = \"" + words + "\"\n");
    auto r = runSignage({"validate", dir.path().string(), "--lang", "en"});
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_NE(r.err.find("slides/long.toml:1:1: slide does not fit a 1280x720 screen"), std::string::npos) << r.err;
}

TEST(ValidateExtraChecks, TheDemoIsClean) {
    auto r = runSignage({"validate", std::string(SIGNAGE_SOURCE_DIR) + "/playlists/demo", "--lang", "en"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err.find("error"), std::string::npos) << r.err;
}

TEST(ValidateExtraChecks, ScheduleProblemsAreReportedWithTheirPosition) {
    TempDir dir;
    dir.write("manifest.toml", "id = \"t\"\nname = \"t\"\nversion = \"1.0.0\"\n");
    dir.write("playlists/main.toml", "[[items]]\ntype = \"slide\"\nslide = \"s\"\nduration = \"5s\"\n");
    dir.write("slides/s.toml", "title = \"Không chuyển khoản\"\n");
    dir.write("schedule.toml", "[[rules]]\nid = \"x\"\nplaylist = \"main\"\nwindws = [\"05:00-06:00\"]\n");
    auto r = runSignage({"validate", dir.path().string(), "--lang", "en"});
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_NE(r.err.find("schedule.toml:4:1: unknown key \"windws\""), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("did you mean \"windows\"?"), std::string::npos) << r.err;
}
