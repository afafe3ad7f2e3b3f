// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes a bundle's checked entries under DATA_DIR/bundles/staging-XXXXXX/content:
// regular files (0644) and directories (0755) only, created exclusively and without
// following links. Nothing is fsynced here: BundleStore::commit() syncs the whole staging
// directory once before publishing it. Import worker thread only.
#include <filesystem>
#include <functional>
#include <set>
#include <string>

#include "bundle/BundleReader.h"
#include "bundle/Fd.h"

namespace signage::bundle {

class StagingWriter final : public EntrySink {
public:
    /// `onManifest` runs before anything is written (policy checks: version, targets,
    /// free space); it refuses by throwing BundleError.
    StagingWriter(std::filesystem::path root, std::function<void(const BundleManifest&)> onManifest);

    void manifest(const BundleManifest& manifest, std::string_view text) override;
    void directory(const std::string& path) override;
    void beginFile(const std::string& path, std::uint64_t size) override;
    void fileData(const void* data, size_t size) override;
    void endFile() override;

    std::uint64_t bytesWritten() const { return _bytes; }

private:
    void ensureDir(const std::string& relative);
    [[noreturn]] void writeFailed(int err, const std::string& what) const;

    std::filesystem::path _root;
    std::function<void(const BundleManifest&)> _onManifest;
    std::set<std::string> _dirs; // relative, created by us
    UniqueFd _file;
    std::string _filePath;
    std::uint64_t _bytes = 0;
};

} // namespace signage::bundle
