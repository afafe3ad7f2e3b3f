// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <SDL_image.h>

#include <fstream>
#include <thread>

#include "RenderTestSupport.h"
#include "render/ImageDecoder.h"
#include "render/ImagePresenter.h"
#include "render/NullCanvas.h"
#include "render/PngWriter.h"
#include "support/TempDir.h"

using namespace signage::render;
using namespace signage::render::testing;
using signage::content::Fit;

namespace {

/// A w x h PNG of one colour, written with the project's own writer.
std::filesystem::path solidPng(const signage::test::TempDir& dir, const std::string& name, Size size, Color c) {
    std::vector<std::uint8_t> rgba(static_cast<size_t>(size.w) * size.h * 4);
    for (size_t i = 0; i < rgba.size(); i += 4) {
        rgba[i] = c.r;
        rgba[i + 1] = c.g;
        rgba[i + 2] = c.b;
        rgba[i + 3] = 255;
    }
    auto path = dir.path() / name;
    std::string error;
    EXPECT_TRUE(writePng(path, rgba, size, &error)) << error;
    return path;
}

std::string readAll(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// A PNG header claiming w x h, followed by nothing decodable.
std::string fakePngHeader(unsigned w, unsigned h) {
    std::string d = "\x89PNG\r\n\x1a\n";
    d += std::string("\0\0\0\x0d", 4) + "IHDR";
    for (unsigned v : {w, h})
        for (int s = 24; s >= 0; s -= 8) d += static_cast<char>((v >> s) & 0xFF);
    d += std::string("\x08\x06\0\0\0", 5);
    return d;
}

const char* kSvg = R"(<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50" viewBox="0 0 100 50">
<rect x="0" y="0" width="100" height="50" fill="#ff0000"/></svg>)";

} // namespace

TEST(ImageDecoder, DecodesPngAndProbesItsSizeFromTheHeader) {
    signage::test::TempDir dir;
    auto png = solidPng(dir, "a.png", {40, 30}, {10, 200, 30, 255});
    ImageProbe p = probeImage(readAll(png));
    EXPECT_EQ(p.format, ImageFormat::Png);
    EXPECT_EQ(p.size.w, 40);
    EXPECT_EQ(p.size.h, 30);
    std::string error;
    SurfacePtr s = decodeImage(png, &error);
    ASSERT_TRUE(s) << error;
    EXPECT_EQ(s->w, 40);
    EXPECT_EQ(s->format->format, static_cast<Uint32>(SDL_PIXELFORMAT_RGBA32));
    EXPECT_TRUE(surfaceIsOpaque(s.get()));
}

TEST(ImageDecoder, DecodesJpegAndProbesItsSizeFromTheFrameHeader) {
    signage::test::TempDir dir;
    SurfacePtr src = makeRgbaSurface(120, 70);
    SDL_FillRect(src.get(), nullptr, SDL_MapRGBA(src->format, 200, 30, 30, 255));
    auto jpg = dir.path() / "a.jpg";
    ASSERT_EQ(IMG_SaveJPG(src.get(), jpg.c_str(), 90), 0) << SDL_GetError();
    ImageProbe p = probeImage(readAll(jpg));
    EXPECT_EQ(p.format, ImageFormat::Jpeg);
    EXPECT_EQ(p.size.w, 120);
    EXPECT_EQ(p.size.h, 70);
    std::string error;
    SurfacePtr s = decodeImage(jpg, &error);
    ASSERT_TRUE(s) << error;
    EXPECT_EQ(s->w, 120);
    EXPECT_NEAR(static_cast<const std::uint8_t*>(s->pixels)[0], 200, 8);
}

TEST(ImageDecoder, BrokenOrTruncatedFilesGiveAnErrorNamingTheFile) {
    signage::test::TempDir dir;
    auto good = solidPng(dir, "good.png", {64, 64}, {1, 2, 3, 255});
    std::string bytes = readAll(good);
    auto truncated = dir.write("truncated.png", bytes.substr(0, bytes.size() / 2));
    auto garbage = dir.write("garbage.png", "this is not an image at all");
    auto empty = dir.write("empty.jpg", "");
    auto badJpeg = dir.write("bad.jpg", std::string("\xFF\xD8\xFF\xE0\0\x10JFIF", 10) + std::string(50, 'x'));
    for (const auto& f : {truncated, garbage, empty, badJpeg, dir.path() / "missing.png"}) {
        std::string error;
        EXPECT_FALSE(decodeImage(f, &error)) << f;
        EXPECT_NE(error.find(f.filename().string()), std::string::npos) << error;
    }
}

TEST(ImageDecoder, RefusesImagesOver8KBeforeDecoding) {
    signage::test::TempDir dir;
    auto huge = dir.write("huge.png", fakePngHeader(30000, 30000));
    std::string error;
    EXPECT_FALSE(decodeImage(huge, &error));
    EXPECT_NE(error.find("30000x30000"), std::string::npos) << error;
    EXPECT_NE(error.find("7680x4320"), std::string::npos) << error;
    EXPECT_EQ(probeImage(fakePngHeader(7681, 100)).size.w, 7681);
    auto wide = dir.write("wide.png", fakePngHeader(7681, 100));
    EXPECT_FALSE(decodeImage(wide, &error));
}

TEST(ImageDecoder, SvgIsRasterisedAtItsOwnSizeOrShrunkToFitKeepingItsAspect) {
    signage::test::TempDir dir;
    auto svg = dir.write("a.svg", kSvg); // 100x50
    std::string error;
    SurfacePtr own = decodeImage(svg, &error, {4096, 4096});
    ASSERT_TRUE(own) << error;
    EXPECT_LE(own->w, 256) << "a plugin icon must not become a 4096-pixel raster (the limit)";
    EXPECT_EQ(own->w, own->h * 2);
    SurfacePtr s = decodeImage(svg, &error, {40, 40});
    ASSERT_TRUE(s) << error;
    EXPECT_EQ(s->w, 40);
    EXPECT_EQ(s->h, 20);
    const auto* p = static_cast<const std::uint8_t*>(s->pixels) + 10 * s->pitch + 20 * 4;
    EXPECT_EQ(p[0], 255);
    EXPECT_EQ(p[1], 0);
}

TEST(ImageDecoder, LargePicturesAreScaledDownButStillCoverTheOutput) {
    signage::test::TempDir dir;
    auto png = solidPng(dir, "big.png", {2000, 1000}, {9, 9, 9, 255});
    std::string error;
    SurfacePtr s = decodeImage(png, &error, {500, 500});
    ASSERT_TRUE(s) << error;
    EXPECT_EQ(s->h, 500); // covers 500x500
    EXPECT_EQ(s->w, 1000);
}

TEST(LoadedImage, SizesForContainAndCoverAndOnlyUpscalesWhenAsked) {
    signage::test::TempDir dir;
    std::string error;
    auto svg = LoadedImage::load(dir.write("a.svg", kSvg), &error);
    ASSERT_TRUE(svg) << error;
    EXPECT_TRUE(svg->isSvg());
    SurfacePtr contain = svg->sized({300, 300}, Fit::Contain, false, &error);
    ASSERT_TRUE(contain);
    EXPECT_EQ(contain->w, 300);
    EXPECT_EQ(contain->h, 150);
    SurfacePtr cover = svg->sized({300, 300}, Fit::Cover, false, &error);
    ASSERT_TRUE(cover);
    EXPECT_EQ(cover->h, 300);
    EXPECT_EQ(cover->w, 600);

    auto png = LoadedImage::load(solidPng(dir, "small.png", {50, 25}, {1, 2, 3, 255}), &error);
    ASSERT_TRUE(png) << error;
    EXPECT_EQ(png->sized({400, 400}, Fit::Contain, false, &error)->w, 50); // the GPU scales it up
    EXPECT_EQ(png->sized({400, 400}, Fit::Contain, true, &error)->w, 400);  // slide icons are scaled here
}

TEST(ImagePresenter, PreparesOnAWorkerThreadAndOpensOnTheRenderThread) {
    signage::test::TempDir dir;
    auto png = solidPng(dir, "p.png", {64, 36}, {200, 100, 50, 255});
    ImagePresenter p(png, Fit::Contain, {0, 0, 0, 255}, {320, 180});
    bool prepared = false;
    std::string error;
    std::thread worker([&] { prepared = p.prepare(error); });
    worker.join();
    ASSERT_TRUE(prepared) << error;
    SoftwareTarget t({320, 180});
    ASSERT_TRUE(p.open(*t.canvas, error)) << error;
    t.canvas->clear({0, 0, 0, 255});
    p.draw(*t.canvas, {0, 0, 320, 180}, 1.0f, 0);
    EXPECT_EQ(pixelAt(t.pixels(), {320, 180}, 160, 90).r, 200);

    ImagePresenter broken(dir.write("b.png", "nope"), Fit::Contain, {0, 0, 0, 255});
    std::thread worker2([&] { prepared = broken.prepare(error); });
    worker2.join();
    EXPECT_FALSE(prepared);
    EXPECT_NE(error.find("b.png"), std::string::npos);
}

TEST(NullCanvas, StillFindsBrokenImagesAndKnowsSizes) {
    signage::test::TempDir dir;
    NullCanvas canvas({1920, 1080});
    EXPECT_TRUE(canvas.isNull());
    std::string error;
    auto broken = dir.write("broken.webp", "RIFF\x10\0\0\0WEBPVP8 garbage");
    EXPECT_FALSE(canvas.loadPicture(broken, &error));
    EXPECT_FALSE(error.empty());
    auto pic = canvas.loadPicture(solidPng(dir, "ok.png", {32, 16}, {5, 5, 5, 255}), &error);
    ASSERT_TRUE(pic) << error;
    EXPECT_EQ(pic->size().w, 32);
    std::vector<std::uint8_t> px;
    Size s;
    EXPECT_FALSE(canvas.readPixels(px, s));
    EXPECT_EQ(s.w, 1920);
}

TEST(ImagePresenter, ContainFillsTheBarsWithTheLetterboxColour) {
    signage::test::TempDir dir;
    auto png = solidPng(dir, "square.png", {100, 100}, {250, 0, 0, 255});
    SoftwareTarget t({320, 180});
    ImagePresenter p(png, Fit::Contain, {0, 0, 255, 255});
    std::string error;
    ASSERT_TRUE(p.open(*t.canvas, error)) << error;
    t.canvas->clear({0, 0, 0, 255});
    p.draw(*t.canvas, {0, 0, 320, 180}, 1.0f, 0);
    auto px = t.pixels();
    Size s{320, 180};
    EXPECT_EQ(pixelAt(px, s, 10, 90).b, 255);  // left bar
    EXPECT_EQ(pixelAt(px, s, 310, 90).b, 255); // right bar
    EXPECT_EQ(pixelAt(px, s, 160, 90).r, 250); // picture in the middle, full height
    EXPECT_EQ(pixelAt(px, s, 160, 1).r, 250);
}

TEST(ImagePresenter, CoverFillsTheWholeArea) {
    signage::test::TempDir dir;
    auto png = solidPng(dir, "square.png", {100, 100}, {0, 250, 0, 255});
    SoftwareTarget t({320, 180});
    ImagePresenter p(png, Fit::Cover, {0, 0, 255, 255});
    std::string error;
    ASSERT_TRUE(p.open(*t.canvas, error)) << error;
    t.canvas->clear({0, 0, 0, 255});
    p.draw(*t.canvas, {0, 0, 320, 180}, 1.0f, 0);
    auto px = t.pixels();
    EXPECT_EQ(countDifferent(px, {0, 250, 0, 255}, 0), 0);
}

TEST(ImagePresenter, AMissingFileFailsToOpenWithAReason) {
    SoftwareTarget t({64, 64});
    ImagePresenter p("/nonexistent/poster.png", Fit::Contain, {0, 0, 0, 255});
    std::string error;
    EXPECT_FALSE(p.open(*t.canvas, error));
    EXPECT_NE(error.find("poster.png"), std::string::npos);
}

TEST(SdlCanvas, DrawsWithOpacityAndUploadsVideoFrames) {
    SoftwareTarget t({8, 8});
    Size s{8, 8};
    t.canvas->clear({0, 0, 0, 255});
    std::vector<std::uint8_t> white(8 * 8 * 4, 255);
    auto pic = t.canvas->makePicture(white.data(), 8, 8, 32);
    ASSERT_TRUE(pic);
    t.canvas->drawPicture(*pic, {0, 0, 8, 8}, 0.5f);
    auto px = t.pixels();
    EXPECT_NEAR(pixelAt(px, s, 4, 4).r, 128, 2);

    auto frame = t.canvas->makeFramePicture(8, 8, FrameFormat::YUV420P);
    ASSERT_TRUE(frame);
    std::vector<std::uint8_t> y(64, 235), u(16, 128), v(16, 128); // video white
    const std::uint8_t* planes[3] = {y.data(), u.data(), v.data()};
    const int pitches[3] = {8, 4, 4};
    ASSERT_TRUE(frame->update(planes, pitches));
    t.canvas->drawPicture(*frame, {0, 0, 8, 8});
    px = t.pixels();
    EXPECT_GT(pixelAt(px, s, 4, 4).g, 240);

    auto nv12 = t.canvas->makeFramePicture(8, 8, FrameFormat::NV12);
    ASSERT_TRUE(nv12);
    std::vector<std::uint8_t> uv(32, 128);
    const std::uint8_t* nvPlanes[3] = {y.data(), uv.data(), nullptr};
    const int nvPitches[3] = {8, 8, 0};
    EXPECT_TRUE(nv12->update(nvPlanes, nvPitches));
}

TEST(SdlCanvas, PicturesOutlivingTheCanvasAreSafeToDrop) {
    std::shared_ptr<Picture> keep;
    {
        SoftwareTarget t({4, 4});
        std::vector<std::uint8_t> px(4 * 4 * 4, 255);
        keep = t.canvas->makePicture(px.data(), 4, 4, 16);
        ASSERT_TRUE(keep);
    }
    keep.reset(); // must not touch the destroyed renderer
    SUCCEED();
}
