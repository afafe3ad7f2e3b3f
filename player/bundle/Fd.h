// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The few fd helpers the bundle code needs (full writes, fsync of a path), on
// core::UniqueFd. No naked close() in logic.
#include <cerrno>
#include <filesystem>
#include <string>
#include <system_error>
#include <unistd.h>
#include <utility>

#include "core/UniqueFd.h"

namespace signage::bundle {

/// The owner lives in core/ (shared with playlog/, schedule/, app/).
using core::UniqueFd;

/// Writes all of `data` (retrying short writes and EINTR); 0 on success, else errno.
int writeAll(int fd, const void* data, size_t size);
/// Opens `path` read-only (a directory works too) and fsyncs it; 0 on success, else errno.
int fsyncPath(const std::filesystem::path& path);
/// Writes `text` to `path` atomically: a temp file beside it, fsync, rename, fsync the
/// directory. Throws std::system_error on failure (the old file, if any, stays).
void writeFileAtomic(const std::filesystem::path& path, const std::string& text, unsigned mode = 0644);
/// Writes `text` to a new file (O_EXCL) without fsync: for files inside a staging
/// directory that is synced as a whole afterwards (syncFileSystem). Throws std::system_error.
void writeFileUnsynced(const std::filesystem::path& path, const std::string& text, unsigned mode = 0644);
/// syncfs(2) on the file system holding `path`: one flush for everything written there
/// (a bundle's hundreds of files cost one journal commit instead of one each). 0 or errno.
int syncFileSystem(const std::filesystem::path& path);
/// Reads a whole small file (keys, signatures, manifests); throws std::system_error.
std::string readSmallFile(const std::filesystem::path& path, size_t maxBytes = 1 << 20);

} // namespace signage::bundle
