// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// QR codes (libqrencode) for the touch screen's "scan to report" link: the module matrix
// and an RGBA picture of it, black on white with the standard quiet zone, every module
// the same whole number of pixels so phone cameras read it. Pure; any thread.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace signage::render {

struct QrMatrix {
    int size = 0;                    // modules per side (21 for version 1, +4 per version)
    std::vector<std::uint8_t> dark;  // size × size, row-major, 1 = dark module
    bool at(int x, int y) const { return dark[static_cast<size_t>(y) * static_cast<size_t>(size) + static_cast<size_t>(x)] != 0; }
};

/// Encodes `text` (8-bit mode, error correction M); nullopt when empty or longer than
/// kMaxQrText bytes.
inline constexpr std::size_t kMaxQrText = 512;
std::optional<QrMatrix> encodeQr(std::string_view text);

/// `side` × `side` RGBA pixels: the code centred with at least `quietModules` white
/// modules around it, each module an integer number of pixels. Empty when `side` is too
/// small for one pixel per module.
std::vector<std::uint8_t> rasterizeQr(const QrMatrix& qr, int side, int quietModules = 4);

} // namespace signage::render
