// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One picture out of a video, as RGBA (for `signage render FILE.mp4 --at S --out F.png`
// and thumbnails). Synchronous: runs on the calling thread (a command, not the player loop).
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace signage::media {

struct RgbaImage {
    int width = 0, height = 0;          // display size (sample aspect applied)
    std::vector<std::uint8_t> pixels;   // width × height × 4 bytes, R G B A, rows top to bottom
    double atSeconds = 0;               // timestamp of the frame returned
};

/// The frame shown at `atSeconds` (the last one starting at or before it; the last frame
/// of the file when past the end). nullopt and `error` (naming the file) on failure.
std::optional<RgbaImage> grabFrame(const std::filesystem::path& file, double atSeconds, std::string& error);

} // namespace signage::media
