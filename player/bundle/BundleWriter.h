// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `signage bundle create`: a content directory becomes FILE (a tar, optionally zstd)
// whose first entry is manifest.toml with [[files]] (sha256 and size of every file), and
// FILE.minisig, a minisign signature over the whole file. Streamed: files are read twice
// (hash, then write, checking they did not change between) in small chunks.
#include <cstdint>
#include <filesystem>
#include <string>

#include "bundle/BundleManifest.h"
#include "bundle/Minisign.h"
#include "bundle/Progress.h"

namespace signage::bundle {

struct CreateOptions {
    bool zstd = false;  // compress the tar with zstd (pointless for video, useful for text-heavy bundles)
    int zstdLevel = 3;
    ProgressFn progress; // phases Hashing then Writing
};

struct CreateResult {
    BundleManifest manifest;
    std::filesystem::path bundle;
    std::filesystem::path signature;
    std::uint64_t bundleBytes = 0;
    size_t skippedHidden = 0; // names starting with '.' (.git, .DS_Store) are left out
};

/// Signature file path for a bundle: FILE.minisig.
std::filesystem::path signaturePathFor(const std::filesystem::path& bundle);

/// Throws BundleError: BadManifest (missing/invalid manifest.toml), ForbiddenEntry
/// (symlinks, devices in the content dir), PathTraversal (unusable names), HashMismatch (a
/// file changed while being bundled), DiskFull/IoError (writing FILE). Nothing is left at
/// FILE on failure.
CreateResult createBundle(const std::filesystem::path& contentDir, const SecretKey& key, const std::filesystem::path& out,
                          const CreateOptions& options = {});

} // namespace signage::bundle
