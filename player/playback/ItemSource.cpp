// SPDX-License-Identifier: GPL-3.0-or-later
#include "playback/ItemSource.h"

namespace signage::playback {

std::optional<Cue> PlaylistCycle::next(core::WallMs) {
    if (!_playlist || _playlist->items.empty() || _done) return std::nullopt;
    const content::Item& item = _playlist->items[_index % _playlist->items.size()];
    _index = (_index + 1) % _playlist->items.size();
    if (_once && _index == 0) _done = true;
    return Cue{&item, _playlist, "", false};
}

} // namespace signage::playback
