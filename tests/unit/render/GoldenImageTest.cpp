// SPDX-License-Identifier: GPL-3.0-or-later
// Golden images (as LÖVE's graphics tests keep expected PNGs): every demo slide and the
// built-in fallback slide, drawn at 960x540 on the software renderer, must match the
// PNG under tests/data/golden/. A change in layout, wrapping, colours or a lost diacritic
// shows up as a failed test with the picture beside it, not only in a screenshot someone
// has to remember to open.
//
// A mismatch writes ACTUAL and a DIFF (differing pixels in magenta) to
// $TMPDIR/golden-out/ and names them. After a deliberate change, look at the new pictures,
// then rewrite the goldens with SIGNAGE_UPDATE_GOLDEN=1 and commit them.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "RenderTestSupport.h"
#include "content/SlideLoader.h"
#include "core/Diagnostic.h"
#include "render/FallbackPresenter.h"
#include "render/PngWriter.h"
#include "render/SlidePresenter.h"

using namespace signage::render;
using namespace signage::render::testing;
namespace fs = std::filesystem;

namespace {

constexpr Size kGoldenSize{960, 540};
// A pixel counts as different when its channels differ by more than this in sum (font
// hinting and anti-aliasing noise stay below it) ...
constexpr int kPixelTolerance = 48;
// ... and an image fails when more than this share of its pixels differ (~50 pixels).
// Debian 12's fonts and SDL_ttf draw the same pixels on every machine, so the margin is
// small: the title "Không chuyển khoản" typed without its diacritics changes 0.06 %.
constexpr double kMaxDifferentShare = 0.0001;

const fs::path kGoldenDir = fs::path(SIGNAGE_TEST_DATA_DIR) / "golden";

std::vector<std::uint8_t> draw(Presenter& p) {
    SoftwareTarget t(kGoldenSize);
    std::string error;
    EXPECT_TRUE(p.prepare(error)) << error;
    EXPECT_TRUE(p.open(*t.canvas, error)) << error;
    t.canvas->clear({0, 0, 0, 255});
    p.draw(*t.canvas, {0, 0, static_cast<float>(kGoldenSize.w), static_cast<float>(kGoldenSize.h)}, 1.0f, 0);
    return t.pixels();
}

fs::path outDir() {
    const char* tmp = std::getenv("TMPDIR");
    return fs::path(tmp && *tmp ? tmp : "/tmp") / "golden-out";
}

/// Compares `actual` with tests/data/golden/NAME.png (or rewrites it when asked).
void expectMatchesGolden(const std::string& name, const std::vector<std::uint8_t>& actual) {
    const fs::path golden = kGoldenDir / (name + ".png");
    std::string error;
    const char* update = std::getenv("SIGNAGE_UPDATE_GOLDEN");
    if (update && std::string(update) == "1") {
        ASSERT_TRUE(writePng(golden, actual, kGoldenSize, &error)) << error;
        return;
    }
    std::vector<std::uint8_t> expected;
    Size size;
    ASSERT_TRUE(readPng(golden, expected, size, &error))
        << golden << ": " << error << " (SIGNAGE_UPDATE_GOLDEN=1 writes it)";
    ASSERT_EQ(size.w, kGoldenSize.w);
    ASSERT_EQ(size.h, kGoldenSize.h);
    ASSERT_EQ(expected.size(), actual.size());

    std::vector<std::uint8_t> diff(actual.size());
    long different = 0;
    for (size_t i = 0; i + 3 < actual.size(); i += 4) {
        const int d = std::abs(actual[i] - expected[i]) + std::abs(actual[i + 1] - expected[i + 1]) +
                      std::abs(actual[i + 2] - expected[i + 2]);
        const bool off = d > kPixelTolerance;
        different += off;
        // The diff image: the expected picture faded, the differing pixels in magenta.
        diff[i] = off ? 255 : expected[i] / 4;
        diff[i + 1] = off ? 0 : expected[i + 1] / 4;
        diff[i + 2] = off ? 255 : expected[i + 2] / 4;
        diff[i + 3] = 255;
    }
    const double share = static_cast<double>(different) / (static_cast<double>(kGoldenSize.w) * kGoldenSize.h);
    if (share > kMaxDifferentShare) {
        const fs::path a = outDir() / (name + ".actual.png"), d = outDir() / (name + ".diff.png");
        writePng(a, actual, kGoldenSize, nullptr);
        writePng(d, diff, kGoldenSize, nullptr);
        ADD_FAILURE() << name << ": " << different << " pixels (" << share * 100 << " %) differ from " << golden
                      << "\n  actual: " << a << "\n  diff:   " << d;
    }
}

} // namespace

TEST(GoldenImage, EveryDemoSlideMatchesItsGolden) {
    SIGNAGE_NEED_FONTS(text);
    const fs::path slides = fs::path(SIGNAGE_SOURCE_DIR) / "playlists/demo/slides";
    int compared = 0;
    for (const auto& entry : fs::directory_iterator(slides)) {
        if (entry.path().extension() != ".toml") continue;
        signage::core::Diagnostics diags;
        auto slide = signage::content::loadSlideFile(entry.path(), diags);
        ASSERT_TRUE(slide) << entry.path();
        SlidePresenter p(*slide, text);
        SCOPED_TRACE(entry.path().filename().string());
        expectMatchesGolden("slide-" + entry.path().stem().string(), draw(p));
        ++compared;
    }
    EXPECT_GE(compared, 9); // the intro, the seven rules and the police slide
}

TEST(GoldenImage, TheFallbackSlideMatchesItsGolden) {
    SIGNAGE_NEED_FONTS(text);
    FallbackPresenter p(text);
    expectMatchesGolden("fallback", draw(p));
}

TEST(GoldenImage, TheFallbackWithoutAnyFontMatchesItsGolden) {
    // No font on the box at all: colours and a seven-segment "113" from rectangles.
    FallbackPresenter p(nullptr);
    expectMatchesGolden("fallback-no-font", draw(p));
}

TEST(GoldenImage, ADroppedDiacriticFailsTheComparison) {
    // The comparison itself must be able to fail: the same rule slide with "Không" typed
    // as "Khong" (the diacritics lost) differs from the golden by more than the limit.
    SIGNAGE_NEED_FONTS(text);
    signage::core::Diagnostics diags;
    auto slide = signage::content::loadSlideFile(
        fs::path(SIGNAGE_SOURCE_DIR) / "playlists/demo/slides/khong_chuyen_khoan.toml", diags);
    ASSERT_TRUE(slide);
    SlidePresenter good(*slide, text);
    auto expected = draw(good);
    auto stripped = *slide;
    stripped.title = "Khong chuyen khoan";
    SlidePresenter bad(stripped, text);
    auto actual = draw(bad);
    long different = 0;
    for (size_t i = 0; i + 3 < actual.size(); i += 4)
        different += std::abs(actual[i] - expected[i]) + std::abs(actual[i + 1] - expected[i + 1]) +
                         std::abs(actual[i + 2] - expected[i + 2]) >
                     kPixelTolerance;
    EXPECT_GT(static_cast<double>(different) / (kGoldenSize.w * kGoldenSize.h), kMaxDifferentShare);
}
