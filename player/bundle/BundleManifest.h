// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The bundle's view of manifest.toml (../../FORMAT in docs/content-format.md): the fields
// that decide whether a box accepts a bundle, and the [[files]] list (path, sha256, size)
// that `bundle create` writes and every import checks. The content loader reads the same
// file for the rest.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace signage::bundle {

struct FileEntry {
    std::string path;   // relative, normalised (SafePath)
    std::string sha256; // 64 lowercase hex digits
    std::uint64_t size = 0;
};

struct BundleManifest {
    std::string id;               // [a-z0-9_-]+
    std::string name;
    std::string version;          // dotted numbers
    std::string created;          // optional ISO-8601
    std::string signer;           // optional
    std::string minPlayerVersion; // optional
    std::string kind =
        "content"; // "content" (installed and played) or "alert" (one signed office alert: AlertBundle.h)
    std::vector<std::string> targetSites;
    std::vector<std::string> targetBoxes;
    std::vector<FileEntry> files;

    std::uint64_t totalBytes() const;
    const FileEntry* findFile(std::string_view path) const;
};

/// Parses manifest.toml text. Throws BundleError(BadManifest) whose detail reads
/// "<sourceName>:line:col: message" in the run's language.
BundleManifest parseManifest(std::string_view text, const std::string& sourceName);

/// `text` with any [[files]] replaced by `files`, appended at the end. The author's text
/// (comments included) is kept verbatim when it had no [[files]] before. Text that does not
/// parse throws BundleError(BadManifest) with "<sourceName>:line:col: message", as
/// parseManifest does.
std::string manifestWithFiles(std::string_view text, const std::vector<FileEntry>& files,
                              const std::string& sourceName = "manifest.toml");

} // namespace signage::bundle
