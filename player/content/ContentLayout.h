// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where a single file sits in a content directory, so `signage validate FILE` and
// `signage render slides/x.toml` can find the directory its relative paths start from.
#include <filesystem>

namespace signage::content {

enum class FileKind {
    Manifest, // manifest.toml
    Playlist, // playlists/<id>.toml
    Slide,    // slides/<id>.toml
    Schedule, // schedule.toml: another module's file (player/schedule), checked by its extra check
    Unknown,  // anything else: the content dir is taken to be the file's own folder
};

struct ContentFile {
    FileKind kind = FileKind::Unknown;
    std::filesystem::path absolute;   // the file, absolute and lexically normal
    std::filesystem::path contentDir; // derived from the path as typed when possible, else absolute
};

/// Classifies a file by its name and folder (it need not exist).
ContentFile locateContentFile(const std::filesystem::path& file);

} // namespace signage::content
