// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a box is playing, as the ward officer knows it. A box's status says only
// `now_playing = "playlist/item"` (ids) and `bundle = "id@version"`; the titles are in the
// content: the signed bundle the box runs, when the office signed it (OFFICE_DIR/bundles),
// then the office's campaign content (office.toml `schedule`). Play-log rows carry ids
// only, so they cannot help.
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "content/CatalogLoader.h"

namespace signage::office::web {

/// Titles of the office's signed bundles, read once per bundle file (its playlists/ and
/// slides/ only, through the bundle reader's checks) and kept while the file stays the
/// same (size and modification time). Safe to call from the server's threads.
class BundleTitles {
public:
    explicit BundleTitles(std::filesystem::path scratch) : _scratch(std::move(scratch)) {}
    /// Null when the file cannot be read as a bundle (the Content page says why).
    std::shared_ptr<const content::Titles> of(const std::filesystem::path& bundleFile);

private:
    struct Entry {
        std::uintmax_t size = 0;
        std::filesystem::file_time_type modified;
        std::shared_ptr<const content::Titles> titles;
    };
    std::filesystem::path _scratch; // where the bundle's TOML files are unpacked for the loader
    std::mutex _mutex;              // guards _cache (and one read at a time: a bundle can be large)
    std::map<std::filesystem::path, Entry> _cache;
};

/// The Boxes page cell for a status's now_playing ("playlist/item"): the item's title
/// (else the playlist's name) from `bundle`, then `campaign` (either may be null), NFC and
/// HTML-escaped, with the ids as small text under it; the ids alone when no title is known;
/// "—" when nothing plays.
std::string nowPlayingCell(const std::string& nowPlaying, const content::Titles* bundle,
                           const content::Titles* campaign);

} // namespace signage::office::web
