// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Installs a signed bundle on the box: verify → unpack to staging → fsync → atomic switch
// of DATA_DIR/content → keep the previous bundles for rollback. Any refusal leaves the
// previous content in place and nothing half installed. Blocking; runs on the calling
// thread (the CLI, or ImportJob's worker). Never call it from the render thread.
#include <cstdint>
#include <filesystem>
#include <stop_token>
#include <string>

#include "bundle/BundleManifest.h"
#include "bundle/BundleReader.h"
#include "bundle/ByteSource.h"
#include "bundle/Keys.h"
#include "bundle/Progress.h"
#include "bundle/Refusal.h"

namespace signage::bundle {

struct ImportOptions {
    std::filesystem::path dataDir;  // DATA_DIR (core::defaultDataDir() in the player)
    TrustedKeys trustedKeys;        // TrustedKeys::load(defaultTrustedKeysDir())
    ReadLimits limits;              // decompression-bomb limits
    std::uint64_t reserveFreeBytes = 64ull << 20; // left free on DATA_DIR's disk after unpacking
    std::string boxId, site;        // this box; both empty = unknown: a bundle with [target] is then refused
    size_t keep = 3;                // installed bundles kept for rollback (the current one always)
    ProgressFn progress;            // called on the importing thread
    std::stop_token stop;           // cancel flag: the import stops at the next read and cleans up
    SourceOpener openSource;        // default openFileSource (tests inject failing sources)
};

struct ImportResult {
    enum class Status { Installed, AlreadyInstalled, Refused };
    Status status = Status::Refused;
    Reason reason = Reason::NotFound; // when refused
    std::string detail;               // the file, the key id, the errno text
    std::filesystem::path source;     // the bundle file
    BundleManifest manifest;          // what is known of it (id/name/version when read)
    std::string keyId, keyName;
    std::filesystem::path installedDir; // DATA_DIR/bundles/0004-demo-1.2.0 when installed
    std::uint64_t bytes = 0;

    bool ok() const { return status != Status::Refused; }
    /// One line for people: "Đã cập nhật: Nội dung mẫu, 1.2.0" or why it was refused.
    std::string message() const;
};

/// Imports one bundle file, or the best bundle in a directory (a USB stick's mount point
/// or an inbox: *.bundle files and files with a .minisig beside them, top level and
/// signage/; the highest signed version first). Never throws for a bad bundle: refusals
/// come back in the result.
ImportResult importBundle(const std::filesystem::path& fileOrDir, const ImportOptions& options);

/// Points DATA_DIR/content back at the bundle installed before the current one.
/// Refused with NotFound when there is none.
ImportResult rollbackBundle(const std::filesystem::path& dataDir);

/// Startup housekeeping (call once before playing DATA_DIR/content): removes leftovers of
/// interrupted imports and repairs a missing DATA_DIR/content. Never throws.
void recoverStore(const std::filesystem::path& dataDir);

} // namespace signage::bundle

namespace signage::bundle {

/// Bundle files in `dir` and `dir/signage/`: names ending in .bundle, or any file with a
/// .minisig beside it. Hidden files are ignored. Sorted by path.
std::vector<std::filesystem::path> findBundleFiles(const std::filesystem::path& dir);

} // namespace signage::bundle
