// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// playlists/<id>.toml: ordered items with durations and transitions, plus overlay zones.
#include <filesystem>
#include <optional>

#include "content/ContentDir.h"
#include "content/Model.h"

namespace signage::content {

/// Loads one playlist (its id is the file stem). Reports every problem; an item or zone
/// with an error is left out and the rest is kept, so the player plays what is valid.
/// Slide references are checked against the slides/ folder of `dir` (the file must exist;
/// whether it loads is the catalog's business). Returns nullopt when the file cannot be
/// read or is not TOML.
std::optional<Playlist> loadPlaylist(const ContentDir& dir, const std::filesystem::path& file, core::Diagnostics& diags);

} // namespace signage::content
