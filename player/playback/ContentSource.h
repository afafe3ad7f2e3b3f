// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What `signage play PATH` plays: a content dir, or one file previewed alone
// (an image, a slide .toml, a video/audio file) like ffplay or `love .`.
#include <filesystem>
#include <memory>

#include "playback/ItemSource.h"
#include "content/Model.h"
#include "core/Diagnostic.h"

namespace signage::playback {

struct LoadedContent {
    content::Catalog catalog;
    std::unique_ptr<ItemSource> source; // points into `catalog`: keep them together
    core::Diagnostics diagnostics;
    bool playOnce = false; // one media file alone (`signage play FILE.mp4`): exit when it ends, like ffplay
};

/// Loads PATH: a directory with manifest.toml or playlists/ is a content dir; any other
/// file becomes a one-item looping playlist. Problems are reported in `diagnostics` and
/// whatever is valid still plays (the stage falls back to the hotline slide if nothing is).
LoadedContent loadContentFor(const std::filesystem::path& path);

/// Guesses the item type of a single file from its extension.
content::ItemType itemTypeForFile(const std::filesystem::path& file);

} // namespace signage::playback
