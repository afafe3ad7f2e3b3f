// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The box's side of bundles on disk, and the atomic switch:
//
//   DATA_DIR/content  -> bundles/0004-demo-1.2.0/content   (a symlink, swapped by rename(2))
//   DATA_DIR/bundles/0004-demo-1.2.0/{content/, install.toml, bundle.minisig}
//   DATA_DIR/bundles/0003-demo-1.1.0/...                     (kept for rollback)
//   DATA_DIR/bundles/staging-XXXXXX/                         (an import in progress)
//   DATA_DIR/inbox/                                          (dropped bundles, watched)
//
// A numbered directory appears only by renaming a fully written and fsynced staging
// directory, so every numbered directory is complete, and DATA_DIR/content always points
// at one of them: a crash (or kill -9, or power loss) at any point leaves the old or the
// new content, never a mix. Leftovers (staging-*, trash-*) are cleaned by recover().
// One process at a time changes the store: see Lock.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "bundle/Fd.h"

namespace signage::bundle {

/// What install.toml records about an installed bundle.
struct InstalledBundle {
    unsigned seq = 0;          // order of installation (directory prefix)
    std::filesystem::path dir; // DATA_DIR/bundles/0004-demo-1.2.0
    std::string id, name, version;
    std::string keyId, keyName; // who signed it
    std::string fileHash;       // BLAKE2b-512 hex of the bundle file
    std::string installedAt;    // ISO-8601 UTC
    std::string source;         // where it was imported from
    std::filesystem::path contentDir() const { return dir / "content"; }
};

class BundleStore {
public:
    explicit BundleStore(std::filesystem::path dataDir);

    const std::filesystem::path& dataDir() const { return _dataDir; }
    std::filesystem::path contentLink() const { return _dataDir / "content"; }
    std::filesystem::path bundlesDir() const { return _dataDir / "bundles"; }
    std::filesystem::path inboxDir() const { return _dataDir / "inbox"; }

    /// An exclusive flock on DATA_DIR/bundles/.lock, released when destroyed (and by the
    /// kernel when the process dies, so a kill -9 never leaves the store locked).
    class Lock {
    public:
        explicit Lock(UniqueFd fd) : _fd(std::move(fd)) {}

    private:
        UniqueFd _fd;
    };
    /// Creates the directories if needed and waits for the lock. Throws std::system_error.
    Lock lock() const;

    /// Removes staging-*/trash-* leftovers of interrupted imports, adopts a content
    /// directory left behind by an interrupted first switch, and points a missing or
    /// dangling DATA_DIR/content at the newest installed bundle. Call with the lock held.
    void recover() const;

    /// Installed bundles, oldest first.
    std::vector<InstalledBundle> installed() const;
    /// The bundle DATA_DIR/content points at, if it is a managed one.
    std::optional<InstalledBundle> current() const;

    /// A fresh DATA_DIR/bundles/staging-XXXXXX. Throws std::system_error.
    std::filesystem::path createStaging() const;
    /// Writes install.toml into the staging directory, syncs everything written there to
    /// disk, and renames it to its numbered name. Throws std::system_error.
    InstalledBundle commit(const std::filesystem::path& staging, InstalledBundle info) const;
    /// Atomically points DATA_DIR/content at `bundle`. Throws std::system_error.
    void activate(const InstalledBundle& bundle) const;
    /// Deletes all but the newest `keep` bundles (never the current one).
    void prune(size_t keep) const;

private:
    void adoptUnmanaged(const std::filesystem::path& oldContent) const;
    std::filesystem::path _dataDir;
};

/// Reads DATA_DIR/bundles/<dir>/install.toml; nullopt if absent or unreadable.
std::optional<InstalledBundle> readInstallInfo(const std::filesystem::path& bundleDir);

} // namespace signage::bundle
