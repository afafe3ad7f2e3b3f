#include "app/ItemSource.h"

namespace signage::app {

std::optional<Cue> PlaylistCycle::next(core::WallMs) {
    if (!_playlist || _playlist->items.empty()) return std::nullopt;
    const content::Item& item = _playlist->items[_index % _playlist->items.size()];
    _index = (_index + 1) % _playlist->items.size();
    return Cue{&item, _playlist, "", false};
}

} // namespace signage::app
