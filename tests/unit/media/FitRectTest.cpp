// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "media/FitRect.h"

using signage::content::Fit;
using signage::media::placePicture;
using signage::render::RectF;

TEST(FitRect, ContainCentresWithBars) {
    const auto p = placePicture(1920, 1080, RectF{0, 0, 1080, 1920}, Fit::Contain); // portrait screen
    EXPECT_FLOAT_EQ(p.dst.w, 1080);
    EXPECT_FLOAT_EQ(p.dst.h, 608); // 607.5 rounded to whole pixels
    EXPECT_FLOAT_EQ(p.dst.y, 656);
    ASSERT_EQ(p.bars.size(), 2u);
    EXPECT_FLOAT_EQ(p.bars[0].h + p.bars[1].h + p.dst.h, 1920);
}

TEST(FitRect, ExactFitHasNoBars) {
    const auto p = placePicture(1280, 720, RectF{10, 20, 1920, 1080}, Fit::Contain);
    EXPECT_TRUE(p.bars.empty());
    EXPECT_FLOAT_EQ(p.dst.x, 10);
    EXPECT_FLOAT_EQ(p.dst.w, 1920);
}

TEST(FitRect, CoverCropsTheMiddle) {
    const auto p = placePicture(1920, 1080, RectF{0, 0, 1080, 1920}, Fit::Cover);
    ASSERT_TRUE(p.src.has_value());
    EXPECT_FLOAT_EQ(p.src->h, 1080);
    EXPECT_FLOAT_EQ(p.src->w, 607.5f);
    EXPECT_FLOAT_EQ(p.src->x, (1920 - 607.5f) / 2);
    EXPECT_TRUE(p.bars.empty());
}
