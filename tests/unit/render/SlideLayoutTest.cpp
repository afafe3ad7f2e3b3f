// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "RenderTestSupport.h"
#include "render/SlideCheck.h"
#include "render/SlideLayout.h"

using namespace signage::render;
using namespace signage::render::testing;
using signage::content::Slide;

namespace {

const Size kSizes[] = {{1280, 720}, {1920, 1080}, {3840, 2160}, {1080, 1920}};

float readableMin(Size s) {
    float longSide = static_cast<float>(std::max(s.w, s.h)), shortSide = static_cast<float>(std::min(s.w, s.h));
    return 40.0f * std::min(longSide / 1920, shortSide / 1080);
}

Slide ruleSlide() {
    Slide s;
    s.title = "Không kết bạn";
    s.bullets = {"Không kết bạn với người lạ trên mạng xã hội",
                 "Không tham gia các chương trình, hội thảo không rõ mục đích",
                 "Tuyệt đối không cung cấp thông tin cá nhân",
                 "Tuyệt đối không truy cập vào đường link do người lạ gửi"};
    s.image = "/nonexistent/icon.svg"; // layout reserves the box; nothing is decoded here
    s.footer = "Nghi ngờ lừa đảo? Gọi 113 hoặc báo Công an nơi gần nhất";
    s.rule = "khong_ket_ban";
    return s;
}

Slide overlong() {
    Slide s;
    s.title = "Một trang quá dài";
    std::string para;
    for (int i = 0; i < 40; ++i) para += "Khi nhận yêu cầu từ điện thoại, tin nhắn do người lạ gửi đến. ";
    s.paragraph = para;
    s.footer = "Gọi 113";
    return s;
}

bool inside(const RectF& inner, const RectF& outer) {
    const float eps = 1.0f;
    return inner.x >= outer.x - eps && inner.y >= outer.y - eps && inner.x + inner.w <= outer.x + outer.w + eps &&
           inner.y + inner.h <= outer.y + outer.h + eps;
}

} // namespace

TEST(SlideLayout, EveryLineAndTheImageStayInsideTheSafeAreaAtEveryResolution) {
    SIGNAGE_NEED_FONTS(text);
    for (Size size : kSizes) {
        SlideLayout l = layoutSlide(ruleSlide(), size, *text);
        SCOPED_TRACE(std::to_string(size.w) + "x" + std::to_string(size.h));
        EXPECT_TRUE(l.fits) << l.why;
        EXPECT_NEAR(l.safe.x, size.w * 0.05f, 1.0f);
        EXPECT_NEAR(l.safe.y, size.h * 0.05f, 1.0f);
        ASSERT_FALSE(l.lines.empty());
        for (const auto& line : l.lines) EXPECT_TRUE(inside(line.box, l.safe)) << line.text;
        EXPECT_GT(l.imageBox.w, 0);
        EXPECT_TRUE(inside(l.imageBox, l.safe));
        for (const auto& dot : l.bulletDots) EXPECT_TRUE(inside(dot, l.safe));
        EXPECT_EQ(l.bulletDots.size(), 4u);
    }
}

TEST(SlideLayout, TextNeverOverlapsTheImageOrTheFooterBand) {
    SIGNAGE_NEED_FONTS(text);
    for (Size size : kSizes) {
        SlideLayout l = layoutSlide(ruleSlide(), size, *text);
        SCOPED_TRACE(std::to_string(size.w) + "x" + std::to_string(size.h));
        for (const auto& line : l.lines) {
            bool overlapsImage = line.box.x < l.imageBox.x + l.imageBox.w && l.imageBox.x < line.box.x + line.box.w &&
                                 line.box.y < l.imageBox.y + l.imageBox.h && l.imageBox.y < line.box.y + line.box.h;
            EXPECT_FALSE(overlapsImage) << line.text;
            if (line.role == TextRole::Footer) {
                EXPECT_TRUE(inside(line.box, l.footerBand)) << line.text;
            } else {
                EXPECT_LE(line.box.y + line.box.h, l.footerBand.y) << line.text;
            }
        }
    }
}

TEST(SlideLayout, PortraitPutsTheImageAboveTheText) {
    SIGNAGE_NEED_FONTS(text);
    SlideLayout l = layoutSlide(ruleSlide(), {1080, 1920}, *text);
    for (const auto& line : l.lines)
        if (line.role != TextRole::Footer) {
            EXPECT_GE(line.box.y, l.imageBox.y + l.imageBox.h);
        }
}

TEST(SlideLayout, LinesAreLaidOutTopToBottomWithoutOverlapping) {
    SIGNAGE_NEED_FONTS(text);
    SlideLayout l = layoutSlide(ruleSlide(), {1920, 1080}, *text);
    for (size_t i = 1; i < l.lines.size(); ++i) {
        if (l.lines[i].role == TextRole::Footer || l.lines[i - 1].role == TextRole::Footer) continue;
        EXPECT_GE(l.lines[i].box.y + 0.5f, l.lines[i - 1].box.y + l.lines[i - 1].box.h) << l.lines[i].text;
    }
}

TEST(SlideLayout, ShortTextUsesThePreferredSizeScaledWithTheScreen) {
    SIGNAGE_NEED_FONTS(text);
    Slide s;
    s.title = "Gọi 113";
    s.paragraph = "Báo ngay cho Công an.";
    SlideLayout hd = layoutSlide(s, {1920, 1080}, *text);
    SlideLayout uhd = layoutSlide(s, {3840, 2160}, *text);
    EXPECT_EQ(hd.bodyPx, SlideMetrics{}.bodyPx);
    EXPECT_EQ(uhd.bodyPx, 2 * SlideMetrics{}.bodyPx);
    EXPECT_EQ(uhd.titlePx, 2 * hd.titlePx);
}

TEST(SlideLayout, LongerTextShrinksToFitButNotBelowTheReadableMinimum) {
    SIGNAGE_NEED_FONTS(text);
    Slide s;
    s.title = "Không đầu tư";
    s.paragraph = "Khi nhận lời mời chào, dụ dỗ đầu tư tài chính vào các công ty tập đoàn lớn với lãi suất cao, "
                  "rút tiền bất kỳ lúc nào khi mà mình chưa hiểu về tư cách pháp nhân cũng như hoạt động kinh "
                  "doanh của công ty, tập đoàn đó. Khi nhận lời mời chào, dụ dỗ đầu tư tài chính vào các công ty "
                  "tập đoàn lớn với lãi suất cao.";
    s.image = "/nonexistent/invest.svg";
    s.footer = "Gọi 113";
    for (Size size : kSizes) {
        SlideLayout l = layoutSlide(s, size, *text);
        SCOPED_TRACE(std::to_string(size.w) + "x" + std::to_string(size.h));
        EXPECT_TRUE(l.fits) << l.why;
        EXPECT_GE(l.bodyPx, std::lround(readableMin(size)));
        EXPECT_FALSE(l.truncated);
    }
    SlideLayout hd = layoutSlide(s, {1920, 1080}, *text);
    EXPECT_LT(hd.bodyPx, SlideMetrics{}.bodyPx); // it did shrink
}

TEST(SlideLayout, TooMuchTextStopsAtTheMinimumAndLeavesWholeLinesOut) {
    SIGNAGE_NEED_FONTS(text);
    for (Size size : kSizes) {
        SlideLayout l = layoutSlide(overlong(), size, *text);
        SCOPED_TRACE(std::to_string(size.w) + "x" + std::to_string(size.h));
        EXPECT_FALSE(l.fits);
        EXPECT_TRUE(l.truncated);
        EXPECT_FALSE(l.why.empty());
        EXPECT_EQ(l.bodyPx, std::lround(readableMin(size)));
        const LaidLine* last = nullptr;
        for (const auto& line : l.lines) {
            EXPECT_TRUE(inside(line.box, l.safe)) << line.text;
            if (line.role == TextRole::Footer) {
                EXPECT_TRUE(inside(line.box, l.footerBand));
            } else {
                EXPECT_LE(line.box.y + line.box.h, l.footerBand.y);
            }
            if (line.role == TextRole::Body) last = &line;
        }
        ASSERT_NE(last, nullptr);
        EXPECT_EQ(last->text.substr(last->text.size() - 3), "…");
    }
}

TEST(SlideLayout, NfdAndNfcInputGiveTheSameLayout) {
    SIGNAGE_NEED_FONTS(text);
    Slide a, b;
    a.title = kNfcTitle;
    b.title = kNfdTitle;
    SlideLayout la = layoutSlide(a, {1920, 1080}, *text), lb = layoutSlide(b, {1920, 1080}, *text);
    ASSERT_EQ(la.lines.size(), lb.lines.size());
    for (size_t i = 0; i < la.lines.size(); ++i) {
        EXPECT_EQ(la.lines[i].text, lb.lines[i].text);
        EXPECT_FLOAT_EQ(la.lines[i].box.w, lb.lines[i].box.w);
    }
}

TEST(SlideLayout, RuleIdsGetAKicker) {
    EXPECT_NE(ruleKicker("khong_chuyen_khoan").find("4/5"), std::string::npos);
    EXPECT_NE(ruleKicker("phai_to_giac").find("2/2"), std::string::npos);
    EXPECT_EQ(ruleKicker(""), "");
    EXPECT_EQ(ruleKicker("khong_gi_ca"), "");
}

TEST(SlideCheck, SaysWhenTextCannotFitAtAReadableSize) {
    SIGNAGE_NEED_FONTS(text);
    std::string why;
    EXPECT_TRUE(checkSlideFits(ruleSlide(), {1920, 1080}, why)) << why;
    EXPECT_FALSE(checkSlideFits(overlong(), {1920, 1080}, why));
    EXPECT_NE(why.find("1920x1080"), std::string::npos) << why;
}

TEST(SlideCheck, ContrastOfTheDefaultThemeIsFineAndGreyOnGreyIsNot) {
    Slide s = ruleSlide();
    std::string why;
    EXPECT_TRUE(checkSlideContrast(s, why)) << why;
    s.theme.text = {0x80, 0x80, 0x80, 255};
    s.theme.background = {0x70, 0x70, 0x70, 255};
    EXPECT_FALSE(checkSlideContrast(s, why));
    EXPECT_FALSE(why.empty());
    EXPECT_NEAR(contrastRatio({0, 0, 0, 255}, {255, 255, 255, 255}), 21.0, 0.01);
}
