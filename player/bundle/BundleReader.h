// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Streams a bundle (a tar, optionally zstd) once, front to back, and checks it as it
// goes: manifest.toml first, then every entry's path, type and sha256 against it, within
// size limits. Entries go to an EntrySink (nothing for `verify`, the staging directory for
// an import). Memory stays bounded whatever the bundle's size: one read buffer, one entry.
#include <cstdint>
#include <functional>
#include <stop_token>
#include <string>
#include <string_view>

#include "bundle/BundleManifest.h"
#include "bundle/ByteSource.h"
#include "bundle/Minisign.h"
#include "bundle/SafePath.h"

namespace signage::bundle {

/// Size limits against decompression bombs and hostile manifests. Declared sizes are
/// checked before anything is written; actual sizes are held to the declared ones.
struct ReadLimits {
    std::uint64_t maxTotalBytes = 64ull << 30; // all files together
    std::uint64_t maxFileBytes = 16ull << 30;  // one file
    size_t maxFiles = 100000;
    size_t maxManifestBytes = 16u << 20;
    PathLimits paths;
};

/// Receives a bundle's checked entries, in archive order. Any method may throw
/// BundleError to stop the read.
class EntrySink {
public:
    virtual ~EntrySink() = default;
    /// Once, before any other call.
    virtual void manifest(const BundleManifest& manifest, std::string_view text) { (void)manifest, (void)text; }
    virtual void directory(const std::string& path) { (void)path; }
    virtual void beginFile(const std::string& path, std::uint64_t size) { (void)path, (void)size; }
    virtual void fileData(const void* data, size_t size) { (void)data, (void)size; }
    /// Only after the file's size and sha256 matched the manifest.
    virtual void endFile() {}
};

struct ScanResult {
    BundleManifest manifest;
    FileHash fileHash{};      // BLAKE2b-512 of every byte of the bundle file
    std::uint64_t bytesRead = 0;
};

/// Called with bytes read so far and the source's size.
using ByteProgressFn = std::function<void(std::uint64_t done, std::uint64_t total)>;

/// Reads the whole source. Throws BundleError: BadManifest, HashMismatch, PathTraversal,
/// ForbiddenEntry, TooLarge, Malformed, SourceUnreadable, Cancelled (when `stop` is
/// requested), or whatever the sink throws.
ScanResult scanBundle(ByteSource& source, const ReadLimits& limits, EntrySink* sink, const ByteProgressFn& progress = {},
                      std::stop_token stop = {});

/// BLAKE2b-512 of the whole source, for the signature check. Throws SourceUnreadable or Cancelled.
FileHash hashSource(ByteSource& source, const ByteProgressFn& progress = {}, std::stop_token stop = {});

} // namespace signage::bundle
