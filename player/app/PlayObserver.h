#pragma once
// What the play loop tells the outside world about each item (the play log listens).
// Called on the render thread; implementations must not block (queue and return).
#include <string>

#include "content/Model.h"
#include "core/Clock.h"

namespace signage::app {

struct PlayFacts {
    std::string playlist, item, rule;
    content::ItemType type = content::ItemType::Image;
    std::string file;                 // media / image path, when the item has one
    core::WallMs plannedStart = 0, actualStart = 0, end = 0;
    core::Millis planned{0}, played{0};
    enum class Outcome { Completed, Interrupted, Skipped, Failed } outcome = Outcome::Completed;
    std::string reason;               // why Failed / Skipped / Interrupted
    bool interrupt = false;
};

class PlayObserver {
public:
    virtual ~PlayObserver() = default;
    virtual void itemStarted(const PlayFacts& facts) = 0;
    virtual void itemEnded(const PlayFacts& facts) = 0;
    virtual void event(const std::string& kind, const std::string& detail) = 0;
};

} // namespace signage::app
