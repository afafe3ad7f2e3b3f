// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "render/Fit.h"

using namespace signage::render;
using signage::content::Fit;

TEST(Fit, ContainCentresAWidePictureWithBarsAboveAndBelow) {
    FitResult r = fitPicture({2000, 1000}, {0, 0, 1000, 1000}, Fit::Contain);
    EXPECT_FLOAT_EQ(r.dst.x, 0);
    EXPECT_FLOAT_EQ(r.dst.w, 1000);
    EXPECT_FLOAT_EQ(r.dst.h, 500);
    EXPECT_FLOAT_EQ(r.dst.y, 250);
    EXPECT_FLOAT_EQ(r.src.w, 2000); // the whole picture
    EXPECT_FLOAT_EQ(r.src.h, 1000);
}

TEST(Fit, ContainCentresATallPictureWithBarsLeftAndRightInsideAnOffsetArea) {
    FitResult r = fitPicture({1080, 1920}, {100, 50, 1920, 1080}, Fit::Contain);
    EXPECT_FLOAT_EQ(r.dst.h, 1080);
    EXPECT_NEAR(r.dst.w, 607.5f, 0.01f);
    EXPECT_NEAR(r.dst.x, 100 + (1920 - 607.5f) / 2, 0.01f);
    EXPECT_FLOAT_EQ(r.dst.y, 50);
}

TEST(Fit, ContainScalesASmallPictureUp) {
    FitResult r = fitPicture({192, 108}, {0, 0, 1920, 1080}, Fit::Contain);
    EXPECT_FLOAT_EQ(r.dst.w, 1920);
    EXPECT_FLOAT_EQ(r.dst.h, 1080);
}

TEST(Fit, CoverFillsTheAreaAndCropsTheCentre) {
    // 4:3 picture on a 16:9 area: full width, top and bottom cropped equally.
    FitResult r = fitPicture({1600, 1200}, {0, 0, 1920, 1080}, Fit::Cover);
    EXPECT_FLOAT_EQ(r.dst.w, 1920);
    EXPECT_FLOAT_EQ(r.dst.h, 1080);
    EXPECT_FLOAT_EQ(r.src.w, 1600);
    EXPECT_NEAR(r.src.h, 900, 0.01f);
    EXPECT_NEAR(r.src.y, 150, 0.01f);
    EXPECT_NEAR(r.src.x, 0, 0.01f);
}

TEST(Fit, CoverCropsLeftAndRightOfAWidePictureOnPortrait) {
    FitResult r = fitPicture({1920, 1080}, {0, 0, 1080, 1920}, Fit::Cover);
    EXPECT_FLOAT_EQ(r.src.h, 1080);
    EXPECT_NEAR(r.src.w, 1080.0f * 1080 / 1920, 0.01f);
    EXPECT_NEAR(r.src.x, (1920 - 1080.0f * 1080 / 1920) / 2, 0.01f);
}

TEST(Fit, EmptyPictureOrAreaDrawsNothing) {
    EXPECT_FLOAT_EQ(fitPicture({0, 100}, {0, 0, 100, 100}, Fit::Contain).dst.w, 0);
    EXPECT_FLOAT_EQ(fitPicture({100, 100}, {0, 0, 0, 100}, Fit::Cover).dst.w, 0);
}
