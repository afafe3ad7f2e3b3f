// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finds the fonts slides are set in through fontconfig: Noto Sans first, DejaVu Sans as
// fallback, and only a face that really covers Vietnamese (every precomposed letter with
// its tone marks, đ/Đ, ơ/ư). Any thread; the answer is computed once per process.
#include <filesystem>
#include <optional>
#include <string>

namespace signage::render {

struct FontFiles {
    std::string family;              // "Noto Sans" or "DejaVu Sans"
    std::filesystem::path regular;
    std::filesystem::path bold;      // the regular file again when no bold face exists
};

/// The slide fonts, or nullopt (and *error) when no Vietnamese-capable face is installed.
/// $SIGNAGE_FONT_DIR (a folder with <Family>-Regular.ttf / -Bold.ttf) overrides fontconfig,
/// for tests and for boxes with a font of their own.
std::optional<FontFiles> locateFonts(std::string* error = nullptr);

/// True when `file` has a glyph for every letter Vietnamese text needs.
bool fontCoversVietnamese(const std::filesystem::path& file);

} // namespace signage::render
