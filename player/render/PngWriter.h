// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Saves RGBA pixels (Canvas::readPixels) as a PNG: screenshots, `signage render`, tests.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "render/Canvas.h"

namespace signage::render {

struct PngOptions {
    /// 8-bit palette (median cut, 256 colours, no dithering): about a third of the bytes for
    /// flat slides, for screenshots kept in docs/. Pixel-exact tests want the default.
    bool palette = false;
};

/// Writes `rgba` (size.w*size.h*4 bytes, rows top to bottom) to `file` as an opaque PNG
/// (alpha dropped: a screen has none), creating parent folders. False and *error on failure.
bool writePng(const std::filesystem::path& file, const std::vector<std::uint8_t>& rgba, Size size, std::string* error,
              PngOptions options = {});

/// Reads a PNG (or any image SDL_image decodes) back as RGBA, for tests and comparisons.
bool readPng(const std::filesystem::path& file, std::vector<std::uint8_t>& rgba, Size& size, std::string* error);

} // namespace signage::render
