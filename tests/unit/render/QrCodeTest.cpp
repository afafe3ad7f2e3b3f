// SPDX-License-Identifier: GPL-3.0-or-later
// QR codes for the "scan to report" link: right size, finder patterns, crisp pixels.
#include <gtest/gtest.h>

#include "render/QrCode.h"

using namespace signage::render;

namespace {
// The 7×7 finder pattern with its top-left corner at (x, y): dark ring, light ring, dark 3×3.
bool finderAt(const QrMatrix& q, int x, int y) {
    for (int dy = 0; dy < 7; ++dy)
        for (int dx = 0; dx < 7; ++dx) {
            bool ring = dx == 0 || dy == 0 || dx == 6 || dy == 6;
            bool centre = dx >= 2 && dx <= 4 && dy >= 2 && dy <= 4;
            if (q.at(x + dx, y + dy) != (ring || centre)) return false;
        }
    return true;
}
} // namespace

TEST(QrCode, EncodesAUrlWithThreeFinderPatterns) {
    auto q = encodeQr("https://canhbao.khonggianmang.vn");
    ASSERT_TRUE(q);
    EXPECT_EQ((q->size - 21) % 4, 0) << "21 + 4 per version";
    EXPECT_GE(q->size, 25) << "32 bytes at level M need version 2 or more";
    EXPECT_TRUE(finderAt(*q, 0, 0));
    EXPECT_TRUE(finderAt(*q, q->size - 7, 0));
    EXPECT_TRUE(finderAt(*q, 0, q->size - 7));
    EXPECT_FALSE(finderAt(*q, q->size - 7, q->size - 7)) << "no finder in the fourth corner";
}

TEST(QrCode, RefusesEmptyAndOversizedText) {
    EXPECT_FALSE(encodeQr(""));
    EXPECT_FALSE(encodeQr(std::string(kMaxQrText + 1, 'a')));
    EXPECT_TRUE(encodeQr(std::string(kMaxQrText, 'a')));
}

TEST(QrCode, RasterHasWholePixelModulesAndAQuietZone) {
    auto q = encodeQr("https://canhbao.khonggianmang.vn");
    ASSERT_TRUE(q);
    const int total = q->size + 8, side = total * 5 + 3; // 5 px per module, 3 px left over
    auto px = rasterizeQr(*q, side);
    ASSERT_EQ(px.size(), static_cast<size_t>(side * side * 4));
    auto dark = [&](int x, int y) { return px[(static_cast<size_t>(y) * side + x) * 4] == 0; };
    const int offset = (side - q->size * 5) / 2;
    for (int i = 0; i < offset; ++i) {
        EXPECT_FALSE(dark(i, side / 2)) << "quiet zone on the left";
        EXPECT_FALSE(dark(side / 2, i)) << "quiet zone at the top";
    }
    // Every module is a uniform 5×5 block of the matrix's colour.
    for (int my = 0; my < q->size; my += 3)
        for (int mx = 0; mx < q->size; mx += 3)
            for (int d = 0; d < 5; ++d)
                ASSERT_EQ(dark(offset + mx * 5 + d, offset + my * 5 + 4 - d), q->at(mx, my)) << mx << "," << my;
    EXPECT_TRUE(rasterizeQr(*q, total - 1).empty()) << "too small for one pixel per module";
}
