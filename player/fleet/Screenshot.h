// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The small screenshot a box sends when the office asks (status "what is on screen"):
// the frame scaled down (box filter) to at most `maxWidth` pixels wide and encoded as a
// JPEG in memory (libjpeg-turbo), a few tens of kB for 320 px.
#include <cstdint>
#include <string>
#include <vector>

namespace signage::fleet {

/// `rgba`: w*h*4 bytes, rows top to bottom. Empty string when the frame is unusable.
std::string encodeSmallJpeg(const std::vector<std::uint8_t>& rgba, int w, int h, int maxWidth = 320, int quality = 70);

} // namespace signage::fleet
