// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// manifest.toml: what the content is (id, version, signer, targets, file list).
#include <filesystem>
#include <optional>

#include "content/ContentDir.h"
#include "content/Model.h"

namespace signage::content {

/// This player's version, compared with a manifest's min_player_version.
const char* playerVersion();

/// Loads `file` (usually dir.root()/"manifest.toml"). Reports every problem; returns the
/// manifest with its valid fields (bad ones keep their defaults), or nullopt when the file
/// cannot be read or is not TOML. A manifest with errors is still used: it plays nothing
/// by itself, and its default_playlist is checked to exist.
std::optional<Manifest> loadManifest(const ContentDir& dir, const std::filesystem::path& file, core::Diagnostics& diags);

} // namespace signage::content
