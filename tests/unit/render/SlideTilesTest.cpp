// SPDX-License-Identifier: GPL-3.0-or-later
// A slide is kept as background + tiles (SlidePainter) and fades in piece by piece
// (TilePartition). Both must give exactly the pixels of the one full-screen picture the
// player used to keep: opaque, and at every step of a fade over whatever was on screen.
#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "RenderTestSupport.h"
#include "content/SlideLoader.h"
#include "core/Diagnostic.h"
#include "render/FallbackPresenter.h"
#include "render/ImageDecoder.h"
#include "render/SlidePainter.h"
#include "render/SlidePresenter.h"
#include "render/TilePartition.h"

using namespace signage::render;
using namespace signage::render::testing;
using signage::content::Slide;

namespace {

std::vector<Slide> demoSlides() {
    std::vector<Slide> out;
    auto dir = std::filesystem::path(SIGNAGE_SOURCE_DIR) / "playlists/demo/slides";
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
        signage::core::Diagnostics diags;
        if (auto s = signage::content::loadSlideFile(e.path(), diags)) out.push_back(std::move(*s));
    }
    out.push_back(FallbackPresenter::builtinSlide());
    return out;
}

/// What the player drew before tiles: the whole slide painted into one picture.
std::shared_ptr<Picture> wholePicture(Canvas& canvas, const Slide& slide, Size size, TextLayout& text) {
    SlideLayout layout = layoutSlide(slide, size, text);
    SurfacePtr image;
    if (!slide.image.empty() && layout.imageBox.w > 0) {
        auto loaded = LoadedImage::load(slide.image, nullptr, Size{2160, 2160});
        if (loaded)
            image = loaded->sized({static_cast<int>(layout.imageBox.w), static_cast<int>(layout.imageBox.h)},
                                  signage::content::Fit::Contain, true, nullptr);
    }
    SurfacePtr painted = paintSlide(layout, slide.theme, text, image.get());
    return painted ? uploadSurface(canvas, painted.get(), true) : nullptr;
}

/// Something busy on screen before the slide fades in (the outgoing item).
std::shared_ptr<Picture> noise(Canvas& canvas, Size size) {
    std::vector<std::uint8_t> px(static_cast<size_t>(size.w) * size.h * 4);
    std::mt19937 rng(7);
    for (size_t i = 0; i < px.size(); ++i) px[i] = (i % 4 == 3) ? 255 : static_cast<std::uint8_t>(rng());
    return canvas.makePicture(px.data(), size.w, size.h, size.w * 4);
}

/// Draws outgoing noise, then the slide at `opacity`, either whole or through the presenter.
std::vector<std::uint8_t> frame(const Slide& slide, Size size, float opacity, bool whole, Uint32 format,
                                std::shared_ptr<TextLayout> text) {
    SoftwareTarget t(size, format);
    RectF area{0, 0, static_cast<float>(size.w), static_cast<float>(size.h)};
    t.canvas->clear({0, 0, 0, 255});
    if (opacity < 1.0f) t.canvas->drawPicture(*noise(*t.canvas, size), area);
    if (whole) {
        auto pic = wholePicture(*t.canvas, slide, size, *text);
        EXPECT_TRUE(pic);
        if (pic) t.canvas->drawPicture(*pic, area, opacity);
    } else {
        SlidePresenter p(slide, text);
        std::string error;
        EXPECT_TRUE(p.open(*t.canvas, error)) << error;
        p.draw(*t.canvas, area, opacity, 0);
    }
    return t.pixels();
}

} // namespace

TEST(SlideTiles, OpaqueSlidesAreByteIdenticalToTheWholePicture) {
    SIGNAGE_NEED_FONTS(text);
    auto slides = demoSlides();
    ASSERT_GE(slides.size(), 10u);
    for (Size size : {Size{1920, 1080}, Size{1080, 1920}, Size{1280, 720}}) {
        for (const Slide& s : slides) {
            SCOPED_TRACE(s.id + " at " + std::to_string(size.w) + "x" + std::to_string(size.h));
            auto a = frame(s, size, 1.0f, true, SDL_PIXELFORMAT_RGBA32, text);
            auto b = frame(s, size, 1.0f, false, SDL_PIXELFORMAT_RGBA32, text);
            ASSERT_EQ(a.size(), b.size());
            EXPECT_TRUE(a == b);
        }
    }
}

TEST(SlideTiles, FadesAreByteIdenticalOnAWindowSurface) {
    SIGNAGE_NEED_FONTS(text);
    auto slides = demoSlides();
    // A window's surface (RGB888) and `signage render`'s (RGBA32); steps of an 800 ms fade.
    for (Uint32 format : {Uint32{SDL_PIXELFORMAT_RGB888}, Uint32{SDL_PIXELFORMAT_RGBA32}}) {
        for (float opacity : {0.02f, 0.37f, 0.5f, 0.93f, 1.0f}) {
            for (size_t i = 0; i < slides.size(); i += 3) {
                SCOPED_TRACE(slides[i].id + " opacity " + std::to_string(opacity) + " format " +
                             SDL_GetPixelFormatName(format));
                auto a = frame(slides[i], {1280, 720}, opacity, true, format, text);
                auto b = frame(slides[i], {1280, 720}, opacity, false, format, text);
                ASSERT_EQ(a.size(), b.size());
                EXPECT_TRUE(a == b);
            }
        }
    }
}

TEST(SlideTiles, HoldFarLessThanAFullScreenPicture) {
    SIGNAGE_NEED_FONTS(text);
    SoftwareTarget t({1920, 1080});
    for (const Slide& s : demoSlides()) {
        SlidePresenter p(s, text);
        std::string error;
        ASSERT_TRUE(p.open(*t.canvas, error)) << error;
        // Text and icon only (the stripe and band are plain fills): well under half the
        // screen on every demo slide, where one full-screen picture was kept before.
        EXPECT_GT(p.tilePixels(), 0) << s.id;
        EXPECT_LT(p.tilePixels(), 1920LL * 1080 / 2) << s.id;
    }
}

TEST(SlideTiles, OutsideTheRegionsOnlyPlainColoursShow) {
    SIGNAGE_NEED_FONTS(text);
    Size size{1280, 720};
    for (const Slide& s : demoSlides()) {
        SlideLayout layout = layoutSlide(s, size, *text);
        SlidePainter painter(layout, s.theme, *text, nullptr);
        SurfacePtr whole = painter.paint(SDL_Rect{0, 0, size.w, size.h});
        ASSERT_TRUE(whole);
        EXPECT_FALSE(painter.solids().empty()) << s.id; // at least the accent stripe
        long wrong = 0;
        for (int y = 0; y < size.h; ++y)
            for (int x = 0; x < size.w; ++x) {
                SDL_Point pt{x, y};
                bool inRegion = false;
                for (const SDL_Rect& r : painter.regions()) inRegion = inRegion || SDL_PointInRect(&pt, &r);
                if (inRegion) continue;
                Color expect = painter.background();
                for (const auto& f : painter.solids())
                    if (SDL_PointInRect(&pt, &f.rect)) expect = f.color;
                const auto* p = static_cast<const std::uint8_t*>(whole->pixels) + y * whole->pitch + x * 4;
                if (p[0] != expect.r || p[1] != expect.g || p[2] != expect.b || p[3] != 255) ++wrong;
            }
        EXPECT_EQ(wrong, 0) << s.id;
    }
}

TEST(TilePartition, CoversEveryPixelExactlyOnceFromTheFirstTileThatHasIt) {
    std::mt19937 rng(3);
    for (int round = 0; round < 200; ++round) {
        Size size{20 + static_cast<int>(rng() % 60), 20 + static_cast<int>(rng() % 60)};
        std::vector<SDL_Rect> tiles;
        for (int i = static_cast<int>(rng() % 8); i > 0; --i) {
            int x = static_cast<int>(rng() % size.w), y = static_cast<int>(rng() % size.h);
            tiles.push_back({x, y, 1 + static_cast<int>(rng() % (size.w - x)), 1 + static_cast<int>(rng() % (size.h - y))});
        }
        auto pieces = partitionTiles(size, tiles);
        std::vector<int> hits(static_cast<size_t>(size.w) * size.h, 0);
        for (const TilePiece& p : pieces) {
            ASSERT_GT(p.rect.w, 0);
            ASSERT_GT(p.rect.h, 0);
            for (int y = p.rect.y; y < p.rect.y + p.rect.h; ++y)
                for (int x = p.rect.x; x < p.rect.x + p.rect.w; ++x) {
                    ++hits[static_cast<size_t>(y) * size.w + x];
                    SDL_Point pt{x, y};
                    int first = -1;
                    for (int i = 0; i < static_cast<int>(tiles.size()) && first < 0; ++i)
                        if (SDL_PointInRect(&pt, &tiles[i])) first = i;
                    ASSERT_EQ(p.tile, first) << "pixel " << x << "," << y << " round " << round;
                }
        }
        for (int h : hits) ASSERT_EQ(h, 1) << "round " << round;
    }
}

TEST(TilePartition, AnEmptyPictureIsOneBackgroundPiece) {
    auto pieces = partitionTiles({1920, 1080}, {});
    ASSERT_EQ(pieces.size(), 1u);
    EXPECT_EQ(pieces[0].tile, -1);
    EXPECT_EQ(pieces[0].rect.w, 1920);
    EXPECT_EQ(pieces[0].rect.h, 1080);
    // One tile in the middle: above, left, the tile, right, below.
    pieces = partitionTiles({100, 100}, {{10, 20, 30, 40}});
    EXPECT_EQ(pieces.size(), 5u);
}
