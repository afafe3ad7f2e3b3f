// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Unpacks an uploaded zip (a content folder) into a fresh directory, refusing the whole
// archive at the first entry that could reach outside it: an absolute name, a ".."
// component, a symlink or hard link, a device or fifo, or more than the size/count caps.
// On refusal the directory is removed again: nothing is left behind.
#include <cstdint>
#include <filesystem>
#include <string>

namespace signage::office::web {

struct ZipLimits {
    std::uint64_t maxBytes = 256ull << 20; // unpacked total
    std::uint64_t maxEntries = 5000;
};

struct ZipResult {
    bool ok = false;
    std::string error; // why it was refused (Vietnamese / English)
    std::uint64_t files = 0;
    std::filesystem::path root; // the content folder inside `dest` (a lone top folder is entered)
};

/// `dest` must not exist; it is created (0700).
ZipResult unpackZip(const std::string& bytes, const std::filesystem::path& dest, bool en, const ZipLimits& limits = {});

} // namespace signage::office::web
