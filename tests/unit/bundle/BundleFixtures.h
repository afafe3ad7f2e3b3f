// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Test helpers for bundles: keys, content directories, honest bundles made with
// createBundle, hostile ones written entry by entry with libarchive and signed with a
// trusted key (so they are refused for what they contain, not for their signature), and
// a check that DATA_DIR/content is playable.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "bundle/Importer.h"
#include "bundle/Keys.h"
#include "bundle/Minisign.h"

namespace signage::test {

namespace fs = std::filesystem;

/// A key pair written as dir/NAME.key and dir/NAME.pub.
struct TestKey {
    bundle::SecretKey secret;
    fs::path keyFile, pubFile;
    bundle::TrustedKeys trusted() const;
};
TestKey makeKey(const fs::path& dir, const std::string& name);

/// A content directory: manifest.toml (id demo, the given version, extra TOML lines) and
/// `files` of pseudo-random bytes (deterministic per name and version).
fs::path makeContent(const fs::path& dir, const std::string& version, const std::vector<std::pair<std::string, size_t>>& files,
                     const std::string& extraManifest = "");
/// createBundle(content, key, out); returns out.
fs::path makeBundle(const fs::path& content, const TestKey& key, const fs::path& out, bool zstd = false);

/// One entry of a hand-made archive.
struct RawEntry {
    enum class Type { File, Dir, Symlink, Hardlink, CharDevice, Fifo };
    std::string path;
    Type type = Type::File;
    std::string data;          // File
    std::string link;          // Symlink/Hardlink target
    std::optional<std::int64_t> headerSize; // override the tar header's size (File)
};
/// Writes a tar (optionally zstd) with `manifest` as its first entry followed by `entries`,
/// then signs it with `key` (FILE.minisig). An empty `manifest` skips the manifest entry.
void writeRawBundle(const fs::path& out, const std::string& manifest, const std::vector<RawEntry>& entries, const TestKey& key,
                    bool zstd = false);
/// A manifest text for the given File entries (real sha256 and sizes).
std::string manifestFor(const std::vector<RawEntry>& entries, const std::string& version = "9.0.0");
/// Signs an existing file (FILE.minisig) with `key`.
void signFile(const fs::path& file, const TestKey& key, const std::string& trustedComment = "test");

std::string sha256Hex(const std::string& data);
std::string readFile(const fs::path& p);
void writeFile(const fs::path& p, const std::string& data);

/// Empty string when DATA_DIR/content is a complete bundle (manifest parses, every
/// listed file exists with its size and sha256), else what is wrong.
std::string playableProblem(const fs::path& dataDir);
/// The same check for one content directory.
std::string contentProblem(const fs::path& content);
/// Where DATA_DIR/content points (empty when missing).
std::string contentTarget(const fs::path& dataDir);
/// Names in DATA_DIR/bundles starting with staging- or trash-.
std::vector<std::string> leftovers(const fs::path& dataDir);

/// Import options for `dataDir` trusting `key`.
bundle::ImportOptions optionsFor(const fs::path& dataDir, const TestKey& key);

} // namespace signage::test
