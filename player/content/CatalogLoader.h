// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Loading a whole content directory into a Catalog (the entry point for the player and
// for `signage validate DIR`).
#include <filesystem>
#include <map>
#include <string>

#include "content/Model.h"
#include "core/Diagnostic.h"

namespace signage::content {

/// Loads manifest.toml, playlists/*.toml and slides/*.toml of `contentDir` (schedule.toml,
/// checker/ and plugins/ belong to other modules and are skipped). Every problem goes to
/// `diags` as file:line:col (files named from `contentDir` as given); whatever is broken is
/// left out, so the player plays what is valid:
///  - a playlist that is not TOML is left out; otherwise its broken items and zones are;
///  - a slide with any error is left out, and so are the slide items showing it (an audio
///    item keeps playing without that background slide);
///  - a manifest with errors keeps its valid fields.
/// Never throws for bad content.
Catalog loadCatalog(const std::filesystem::path& contentDir, core::Diagnostics& diags);

/// What reports show instead of ids: item id -> its slide's title, playlist id -> name.
struct Titles {
    std::map<std::string, std::string> items, playlists;
};
/// Titles of `contentDir` (loadCatalog; content problems ignored: `signage validate`
/// reports them). Empty when the dir has no playlists/.
Titles loadTitles(const std::filesystem::path& contentDir);
/// The content dir a schedule setting names: the dir itself, or the dir of schedule.toml.
std::filesystem::path contentDirOf(const std::filesystem::path& scheduleOrDir);

} // namespace signage::content
