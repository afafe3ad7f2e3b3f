// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <thread>

#include "RenderTestSupport.h"
#include "render/FallbackPresenter.h"
#include "render/NullCanvas.h"
#include "render/PngWriter.h"
#include "render/SlidePresenter.h"
#include "support/TempDir.h"

using namespace signage::render;
using namespace signage::render::testing;
using signage::content::Slide;

namespace {

const Size kSizes[] = {{1280, 720}, {1920, 1080}, {3840, 2160}, {1080, 1920}};

Slide sample(const std::string& title) {
    Slide s;
    s.id = "sample";
    s.title = title;
    s.bullets = {"Ễ Ẫ Ữ Ỹ ỵ gjpq: dấu chồng và chữ có đuôi", "Tuyệt đối không cung cấp mã OTP"};
    s.footer = "Gọi 113";
    s.rule = "phai_canh_giac";
    return s;
}

std::vector<std::uint8_t> renderSlide(const Slide& slide, Size size, std::shared_ptr<TextLayout> text,
                                      SlideLayout* layout = nullptr) {
    SoftwareTarget t(size);
    SlidePresenter p(slide, std::move(text));
    std::string error;
    EXPECT_TRUE(p.open(*t.canvas, error)) << error;
    t.canvas->clear({0, 0, 0, 255});
    p.draw(*t.canvas, {0, 0, static_cast<float>(size.w), static_cast<float>(size.h)}, 1.0f, 0);
    if (layout) *layout = p.layout();
    return t.pixels();
}

} // namespace

TEST(SlideRender, NotBlankAtEveryResolution) {
    SIGNAGE_NEED_FONTS(text);
    for (Size size : kSizes) {
        auto px = renderSlide(sample(kNfcTitle), size, text);
        SCOPED_TRACE(std::to_string(size.w) + "x" + std::to_string(size.h));
        long total = static_cast<long>(size.w) * size.h;
        // Text in the title/text colours covers a good share of the screen beyond the background.
        long notBackground = countDifferent(px, Slide{}.theme.background);
        EXPECT_GT(notBackground, total / 20);
        EXPECT_EQ(pixelAt(px, size, size.w / 2, 0).r, Slide{}.theme.accent.r); // accent stripe
    }
}

TEST(SlideRender, NfdAndNfcRenderByteIdenticalPixels) {
    SIGNAGE_NEED_FONTS(text);
    Slide nfc = sample(kNfcTitle), nfd = sample(kNfdTitle);
    nfd.bullets[0] = "E\xcc\x82" "\xcc\x83" " A\xcc\x82" "\xcc\x83" " U\xcc\x9b" "\xcc\x83" " Y\xcc\x83" " y\xcc\xa3"
                     " gjpq: da\xcc\x82" "\xcc\x81" "u cho\xcc\x82" "\xcc\x80" "ng va\xcc\x80" " chu\xcc\x9b" "\xcc\x83"
                     " co\xcc\x81" " \xc4\x91" "uo\xcc\x82" "i";
    nfd.bullets[1] = "Tuye\xcc\xa3" "\xcc\x82" "t \xc4\x91" "o\xcc\x82" "\xcc\x81" "i kho\xcc\x82" "ng cung ca\xcc\x82"
                     "\xcc\x81" "p ma\xcc\x83" " OTP";
    ASSERT_NE(nfd.bullets[1], nfc.bullets[1]);
    for (Size size : {Size{1280, 720}, Size{1080, 1920}}) {
        auto a = renderSlide(nfc, size, text), b = renderSlide(nfd, size, text);
        ASSERT_EQ(a.size(), b.size());
        EXPECT_TRUE(a == b) << "NFD input rendered differently at " << size.w << "x" << size.h;
    }
}

TEST(SlideRender, NoInkOutsideTheSafeAreaExceptStripeAndBand) {
    SIGNAGE_NEED_FONTS(text);
    for (Size size : kSizes) {
        SlideLayout l;
        auto px = renderSlide(sample(kNfcTitle), size, text, &l);
        SCOPED_TRACE(std::to_string(size.w) + "x" + std::to_string(size.h));
        Color bg = Slide{}.theme.background, band = Slide{}.theme.accent;
        int stripe = std::max(4, static_cast<int>(std::round(10 * l.scale)));
        long stray = 0;
        for (int y = stripe + 1; y < size.h; ++y) {
            bool inBand = y >= static_cast<int>(l.footerBand.y);
            for (int x = 0; x < size.w; ++x) {
                bool inSafe = x >= l.safe.x && x < l.safe.x + l.safe.w && y >= l.safe.y && y < l.safe.y + l.safe.h;
                if (inSafe) continue;
                Color c = pixelAt(px, size, x, y);
                Color expect = inBand ? band : bg;
                if (std::abs(c.r - expect.r) + std::abs(c.g - expect.g) + std::abs(c.b - expect.b) > 6) ++stray;
            }
        }
        EXPECT_EQ(stray, 0);
    }
}

TEST(SlideRender, DiacriticsAboveCapitalsAreNotClipped) {
    SIGNAGE_NEED_FONTS(text);
    // The tallest stacked marks fit inside the measured ascent, so nothing is cut at the top.
    for (int px : {27, 40, 92, 184}) {
        LineMetrics m = text->metrics({px, true});
        int baseline = 0;
        auto line = text->renderLine("ỄẪỮỸỖ", {px, true}, {255, 255, 255, 255}, &baseline);
        ASSERT_TRUE(line);
        EXPECT_LE(static_cast<float>(baseline), m.ascent + 0.5f);
        SurfacePtr rgba(SDL_ConvertSurfaceFormat(line.get(), SDL_PIXELFORMAT_RGBA32, 0));
        int firstInk = -1;
        for (int y = 0; y < rgba->h && firstInk < 0; ++y)
            for (int x = 0; x < rgba->w; ++x)
                if (static_cast<const std::uint8_t*>(rgba->pixels)[y * rgba->pitch + x * 4 + 3] > 0) {
                    firstInk = y;
                    break;
                }
        EXPECT_GE(baseline - firstInk, 0);
        EXPECT_LE(static_cast<float>(baseline - firstInk), m.ascent + 0.5f) << "ink rises above the measured ascent";
    }
}

TEST(SlideRender, ChangingTheAreaSizeLaysOutAgain) {
    SIGNAGE_NEED_FONTS(text);
    SoftwareTarget t({1280, 720});
    SlidePresenter p(sample(kNfcTitle), text);
    std::string error;
    ASSERT_TRUE(p.open(*t.canvas, error));
    EXPECT_EQ(p.layout().size.w, 1280);
    p.draw(*t.canvas, {0, 0, 640, 360}, 1.0f, 0);
    EXPECT_EQ(p.layout().size.w, 640);
    EXPECT_EQ(p.nextChange(0), std::nullopt); // static: the loop may sleep
}

TEST(SlideRender, ABrokenImageIsLeftOutAndTheSlideStillShows) {
    SIGNAGE_NEED_FONTS(text);
    signage::test::TempDir dir;
    Slide s = sample(kNfcTitle);
    s.image = dir.write("media/broken.png", "\x89PNG\r\n\x1a\nnot really a png");
    SoftwareTarget t({1280, 720});
    SlidePresenter p(s, text);
    std::string error;
    EXPECT_TRUE(p.open(*t.canvas, error)) << error;
    EXPECT_FALSE(p.imageError().empty());
}

TEST(SlideRender, TheImageDecodedOnAWorkerThreadIsDrawnInItsBox) {
    SIGNAGE_NEED_FONTS(text);
    signage::test::TempDir dir;
    Slide s = sample(kNfcTitle);
    s.image = dir.write("media/icon.svg", R"(<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
<rect x="0" y="0" width="10" height="10" fill="#00ff00"/></svg>)");
    SlidePresenter p(s, text);
    std::string error;
    std::thread worker([&] { p.prepare(error); });
    worker.join();
    SoftwareTarget t({1280, 720});
    ASSERT_TRUE(p.open(*t.canvas, error)) << error;
    EXPECT_TRUE(p.imageError().empty()) << p.imageError();
    t.canvas->clear({0, 0, 0, 255});
    p.draw(*t.canvas, {0, 0, 1280, 720}, 1.0f, 0);
    const RectF& box = p.layout().imageBox;
    ASSERT_GT(box.w, 0);
    Color c = pixelAt(t.pixels(), {1280, 720}, static_cast<int>(box.x + box.w / 2), static_cast<int>(box.y + box.h / 2));
    EXPECT_EQ(c.g, 255);
    EXPECT_EQ(c.r, 0);
}

TEST(SlideRender, HeadlessCanvasLaysOutWithoutPixels) {
    SIGNAGE_NEED_FONTS(text);
    NullCanvas canvas({1920, 1080});
    SlidePresenter p(sample(kNfcTitle), text);
    std::string error;
    ASSERT_TRUE(p.open(canvas, error)) << error;
    p.draw(canvas, {0, 0, 1920, 1080}, 1.0f, 0);
    EXPECT_EQ(canvas.draws(), 1);
    EXPECT_FALSE(p.layout().lines.empty());
}

TEST(Fallback, ShowsTheHotlineSlideWithFonts) {
    SIGNAGE_NEED_FONTS(text);
    SoftwareTarget t({1280, 720});
    FallbackPresenter p(text);
    std::string error;
    ASSERT_TRUE(p.open(*t.canvas, error));
    t.canvas->clear({0, 0, 0, 255});
    p.draw(*t.canvas, {0, 0, 1280, 720}, 1.0f, 0);
    auto px = t.pixels();
    EXPECT_GT(countDifferent(px, Slide{}.theme.background), 1280L * 720 / 20);
    EXPECT_EQ(FallbackPresenter::builtinSlide().footer, "Gọi 113 / Công an");
}

TEST(Fallback, WorksWithoutAnyFontOrContent) {
    SoftwareTarget t({640, 360});
    FallbackPresenter p(nullptr);
    std::string error;
    ASSERT_TRUE(p.open(*t.canvas, error));
    t.canvas->clear({0, 0, 0, 255});
    p.draw(*t.canvas, {0, 0, 640, 360}, 1.0f, 0);
    auto px = t.pixels();
    Color bg = Slide{}.theme.background;
    EXPECT_EQ(countDifferent(px, {0, 0, 0, 255}, 0), 640L * 360); // nothing left black
    long digits = 0;
    for (size_t i = 0; i + 3 < px.size(); i += 4)
        if (px[i] == 255 && px[i + 1] == 255 && px[i + 2] == 255) ++digits;
    EXPECT_GT(digits, 1000); // the white "113"
    EXPECT_GT(countDifferent(px, bg), 0);
}

TEST(PngWriter, RoundTripsPixelsAndPaletteStaysClose) {
    signage::test::TempDir dir;
    Size size{64, 32};
    std::vector<std::uint8_t> rgba(static_cast<size_t>(size.w) * size.h * 4);
    for (int y = 0; y < size.h; ++y)
        for (int x = 0; x < size.w; ++x) {
            size_t i = (static_cast<size_t>(y) * size.w + x) * 4;
            rgba[i] = static_cast<std::uint8_t>(x * 4);
            rgba[i + 1] = static_cast<std::uint8_t>(y * 8);
            rgba[i + 2] = 200;
            rgba[i + 3] = 255;
        }
    std::string error;
    ASSERT_TRUE(writePng(dir.path() / "a/b.png", rgba, size, &error)) << error;
    std::vector<std::uint8_t> back;
    Size got;
    ASSERT_TRUE(readPng(dir.path() / "a/b.png", back, got, &error)) << error;
    EXPECT_EQ(got.w, size.w);
    EXPECT_EQ(back, rgba);
    ASSERT_TRUE(writePng(dir.path() / "p.png", rgba, size, &error, PngOptions{true})) << error;
    ASSERT_TRUE(readPng(dir.path() / "p.png", back, got, &error)) << error;
    int worst = 0;
    for (size_t i = 0; i < rgba.size(); ++i) worst = std::max(worst, std::abs(rgba[i] - back[i]));
    EXPECT_LE(worst, 12);
    EXPECT_FALSE(writePng(dir.path() / "x.png", {}, size, &error));
}
