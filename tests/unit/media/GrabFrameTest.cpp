// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "TestMedia.h"
#include "core/Lang.h"
#include "media/GrabFrame.h"

using namespace signage;
using namespace signage::test;

namespace {
int codeOf(const media::RgbaImage& img) {
    std::vector<std::uint8_t> luma(static_cast<size_t>(img.width) * img.height);
    for (size_t i = 0; i < luma.size(); ++i) luma[i] = img.pixels[i * 4]; // gray: R = level
    return readFrameCode(luma.data(), img.width, img.width, img.height);
}
} // namespace

TEST(GrabFrame, ReturnsTheFrameShownAtATime) {
    core::setLang(core::Lang::En);
    std::string error;
    for (auto [at, code] : {std::pair{0.0, 0}, {1.0, 30}, {1.51, 45}, {2.99, 89}, {60.0, 89}}) {
        auto img = media::grabFrame(countedClip(), at, error);
        ASSERT_TRUE(img) << error;
        EXPECT_EQ(img->width, 320);
        EXPECT_EQ(img->height, 240);
        ASSERT_EQ(img->pixels.size(), 320u * 240u * 4u);
        EXPECT_EQ(codeOf(*img), code) << "at " << at;
        EXPECT_EQ(img->pixels[3], 255); // opaque
    }
}

TEST(GrabFrame, FailsClearlyOnAudio) {
    core::setLang(core::Lang::En);
    std::string error;
    EXPECT_FALSE(media::grabFrame(sineMp3(), 0.5, error));
    EXPECT_NE(error.find("audio-only"), std::string::npos) << error;
}
