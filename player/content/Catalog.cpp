// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/Model.h"

namespace signage::content {

const Playlist* Catalog::defaultPlaylist() const {
    if (!manifest.defaultPlaylist.empty())
        if (const Playlist* p = findPlaylist(manifest.defaultPlaylist)) return p;
    return playlists.empty() ? nullptr : &playlists.begin()->second;
}

} // namespace signage::content
