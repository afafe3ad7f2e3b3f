// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the render tests: a software renderer on a plain surface (what `signage render`
// uses) wrapped in an SdlCanvas, and small pixel helpers.
#include <gtest/gtest.h>

#include <memory>
#include <vector>

#include "render/SdlCanvas.h"
#include "render/SdlOwners.h"
#include "render/TextLayout.h"

namespace signage::render::testing {

/// A canvas of `size` drawing into memory; RGBA32 like `signage render`, or another
/// layout (a window's surface is usually SDL_PIXELFORMAT_RGB888).
struct SoftwareTarget {
    explicit SoftwareTarget(Size size, Uint32 format = SDL_PIXELFORMAT_RGBA32)
        : surface(SDL_CreateRGBSurfaceWithFormat(0, size.w, size.h, 32, format)),
          renderer(SDL_CreateSoftwareRenderer(surface.get())),
          canvas(std::make_unique<SdlCanvas>(renderer.get())) {}
    ~SoftwareTarget() { canvas.reset(); } // before the renderer
    std::vector<std::uint8_t> pixels() {
        std::vector<std::uint8_t> rgba;
        Size s;
        canvas->readPixels(rgba, s);
        return rgba;
    }
    SurfacePtr surface;
    RendererPtr renderer;
    std::unique_ptr<SdlCanvas> canvas;
};

inline Color pixelAt(const std::vector<std::uint8_t>& rgba, Size size, int x, int y) {
    size_t i = (static_cast<size_t>(y) * size.w + x) * 4;
    return {rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]};
}

/// Pixels whose colour differs from `bg` by more than a little (anti-aliasing noise aside).
inline long countDifferent(const std::vector<std::uint8_t>& rgba, Color bg, int tolerance = 24) {
    long n = 0;
    for (size_t i = 0; i + 3 < rgba.size(); i += 4)
        if (std::abs(rgba[i] - bg.r) + std::abs(rgba[i + 1] - bg.g) + std::abs(rgba[i + 2] - bg.b) > tolerance) ++n;
    return n;
}

/// The shared text layout, or skip the test when the machine has no Vietnamese font.
inline std::shared_ptr<TextLayout> textOrSkip() {
    static std::shared_ptr<TextLayout> text = TextLayout::create(nullptr);
    return text;
}

#define SIGNAGE_NEED_FONTS(var)                                                                                        \
    auto var = ::signage::render::testing::textOrSkip();                                                              \
    if (!var) GTEST_SKIP() << "no Vietnamese-capable font installed (fonts-noto-core)"

/// "Không chuyển khoản" written decomposed (NFD): o + U+0302, e + U+0302 + U+0309, a + U+0309.
inline const char* kNfdTitle = "Kho\xcc\x82ng chuye\xcc\x82\xcc\x89n khoa\xcc\x89n";
inline const char* kNfcTitle = "Không chuyển khoản";

} // namespace signage::render::testing
