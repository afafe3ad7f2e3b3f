// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where bundle bytes come from: a file, usually on a USB stick that can be pulled out at
// any moment. Reads past the size seen at open are not made, so a file that grows or
// shrinks mid-import is caught by the signature or as a read error.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>

namespace signage::bundle {

class ByteSource {
public:
    virtual ~ByteSource() = default;
    /// Reads up to `size` bytes into `buf`; 0 at the end. Throws BundleError(SourceUnreadable)
    /// on a read error or when the file ends before its size at open.
    virtual size_t read(void* buf, size_t size) = 0;
    /// Size when opened.
    virtual std::uint64_t size() const = 0;
};

/// Opens a regular file. Throws BundleError(NotFound) when it does not exist,
/// BundleError(SourceUnreadable) when it cannot be opened or is not a regular file.
std::unique_ptr<ByteSource> openFileSource(const std::filesystem::path& path);

/// How the importer opens its source (tests substitute one that fails mid-read).
using SourceOpener = std::function<std::unique_ptr<ByteSource>(const std::filesystem::path&)>;

} // namespace signage::bundle
