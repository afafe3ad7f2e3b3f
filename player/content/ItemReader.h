// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One [[items]] entry of a playlist, read against the playlist's [defaults].
// Internal to the content loader (PlaylistLoader.cpp).
#include <optional>

#include "content/ContentDir.h"
#include "content/Model.h"
#include "content/TableReader.h"

namespace signage::content {

/// [defaults] of a playlist: what items get when they do not say.
struct ItemDefaults {
    std::optional<Millis> duration;      // image, slide and plugin items (video/audio run to their end)
    bool durationBroken = false;         // a bad default was reported: don't report each item again
    Transition::Kind transition = Transition::Kind::Cut;
    Millis transitionDuration{800};      // of a fade
    Fit fit = Fit::Contain;
    Color letterbox{0, 0, 0, 255};
    double volume = 1.0;
};

/// Reads [defaults]; bad values are reported and keep the built-in default.
ItemDefaults readDefaults(TableReader& playlist, core::Diagnostics& diags);

/// Reads one item (the caller gives ids to items without one and checks duplicates).
/// Returns nullopt when the item has an error (already reported).
std::optional<Item> readItem(TableReader& r, const ContentDir& dir, const ItemDefaults& defaults);

} // namespace signage::content
