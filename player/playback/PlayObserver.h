// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the play loop tells the outside world about each item (the play log listens).
// Called on the render thread; implementations must not block (queue and return).
#include <cstdint>
#include <string>

#include "content/Model.h"
#include "core/Clock.h"

namespace signage::playback {

struct PlayFacts {
    std::string playlist, item, rule;
    content::ItemType type = content::ItemType::Image;
    std::string file;                 // media / image path, when the item has one
    core::WallMs plannedStart = 0, actualStart = 0, end = 0;
    std::string mediaHash;            // sha256 from the bundle manifest, when the file is listed
    core::Millis planned{0}, played{0};
    enum class Outcome { Completed, Interrupted, Skipped, Failed } outcome = Outcome::Completed;
    std::string reason;               // why Failed / Skipped / Interrupted
    bool interrupt = false;
};

class PlayObserver {
public:
    virtual ~PlayObserver() = default;
    /// An item appeared on screen; the returned token comes back with itemEnded.
    virtual std::uint64_t itemStarted(const PlayFacts& facts) = 0;
    /// The item left the screen, or (token 0) never reached it: Failed / Skipped.
    virtual void itemEnded(std::uint64_t token, const PlayFacts& facts) = 0;
    virtual void event(const std::string& kind, const std::string& detail) = 0;
};

} // namespace signage::playback
