// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading and judging screenshots the player wrote.
#include <cstdint>
#include <filesystem>
#include <vector>

namespace signage::test {

struct Shot {
    std::vector<std::uint8_t> rgba;
    int w = 0, h = 0;
    std::filesystem::path file;
};

/// Every PNG in `dir`, sorted by name (the player numbers them in order).
std::vector<Shot> readShots(const std::filesystem::path& dir);
/// Fraction of pixels that differ from the most common colour (0 = one flat colour).
double detailFraction(const Shot& shot);
/// Fraction of pixels that are (near) black.
double blackFraction(const Shot& shot);

} // namespace signage::test
