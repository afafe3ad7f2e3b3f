// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "core/Utf8.h"
#include "render/TextMeasurer.h"

using namespace signage::render;

namespace {
/// Every code point is half an em wide: predictable widths without a font.
class FakeMeasurer : public TextMeasurer {
public:
    float width(std::string_view text, FontStyle s) override {
        return static_cast<float>(signage::core::utf8Length(text)) * s.px * 0.5f;
    }
    LineMetrics metrics(FontStyle s) override { return {s.px * 1.0f, s.px * 0.3f, s.px * 1.3f}; }
};
} // namespace

TEST(Wrap, BreaksAtSpacesWithinTheWidth) {
    FakeMeasurer m;
    auto lines = wrapText(m, "một hai ba bốn năm", {10, false}, 40); // 8 code points per line
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(lines[0], "một hai");
    EXPECT_EQ(lines[1], "ba bốn");
    EXPECT_EQ(lines[2], "năm");
    for (const auto& l : lines) EXPECT_LE(m.width(l, {10, false}), 40);
}

TEST(Wrap, KeepsExplicitNewlinesAndBlankLines) {
    FakeMeasurer m;
    auto lines = wrapText(m, "a\n\nb", {10, false}, 100);
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(lines[1], "");
}

TEST(Wrap, CutsAWordLongerThanALineBetweenCodePoints) {
    FakeMeasurer m;
    auto lines = wrapText(m, "https://lừa-đảo.example/đăng-nhập", {10, false}, 50); // 10 per line
    ASSERT_GT(lines.size(), 2u);
    for (const auto& l : lines) {
        EXPECT_LE(m.width(l, {10, false}), 50);
        EXPECT_TRUE(signage::core::isValidUtf8(l)) << l;
    }
}

TEST(Wrap, NonBreakingSpaceKeepsWordsTogether) {
    FakeMeasurer m;
    auto lines = wrapText(m, "chống lừa\u00A0đảo", {10, false}, 60); // 12 per line
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[1], "lừa\u00A0đảo");
}

TEST(Wrap, BalancedLinesAreAboutEquallyLong) {
    FakeMeasurer m;
    std::string text = "Phải tố giác ngay với cơ quan Công an";
    auto greedy = wrapText(m, text, {10, false}, 150);
    auto balanced = wrapBalanced(m, text, {10, false}, 150);
    ASSERT_EQ(greedy.size(), 2u);
    ASSERT_EQ(balanced.size(), 2u);
    float gGap = std::abs(m.width(greedy[0], {10, false}) - m.width(greedy[1], {10, false}));
    float bGap = std::abs(m.width(balanced[0], {10, false}) - m.width(balanced[1], {10, false}));
    EXPECT_LT(bGap, gGap);
}
