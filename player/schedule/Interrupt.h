// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An emergency interrupt: one item or one playlist that overrides the schedule until a
// time or until stopped. Written by `signage interrupt start` (and by signed alert
// bundles), read by the player through InterruptControl, obeyed by the Scheduler.
#include <string>

#include "core/Clock.h"

namespace signage::schedule {

struct Interrupt {
    /// What to show: "PLAYLIST" (loops the playlist), "PLAYLIST/ITEM" (repeats one item),
    /// or "ITEM" (an item id or slide id, looked up in every playlist).
    std::string target;
    core::WallMs until = 0;   // the schedule resumes at this wall time; 0 = until stopped
    core::WallMs started = 0; // when it was requested (for logs)
    std::string by;           // who asked: "cli", "alert:<bundle id>", ...
    std::string message;      // optional note for the log

    bool operator==(const Interrupt&) const = default;
};

} // namespace signage::schedule
