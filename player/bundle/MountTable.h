// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Mount points from /proc/self/mountinfo, to notice a USB stick being mounted (the
// kernel wakes a poll() on that file when the mount table changes: no polling loop).
#include <filesystem>
#include <string_view>
#include <vector>

namespace signage::bundle {

/// Mount points (field 5, octal escapes like \040 decoded) in file order.
std::vector<std::filesystem::path> parseMountInfo(std::string_view text);
/// Those strictly below one of `roots` (/media/usb0 under /media; not /media itself).
std::vector<std::filesystem::path> mountsUnder(const std::vector<std::filesystem::path>& mounts,
                                               const std::vector<std::filesystem::path>& roots);

} // namespace signage::bundle
