// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a media presenter reports for the proof-of-play log. No FFmpeg types.
#include <cstdint>
#include <optional>
#include <string>

#include "core/Clock.h"
#include "core/Duration.h"

namespace signage::media {

enum class PlayOutcome {
    Completed,   // played to its natural end
    Interrupted, // stopped before the end (schedule change, emergency, shutdown)
    Failed       // could not be opened or broke while playing; see reason
};

/// "completed" / "interrupted" / "failed" (stable names for the play log).
const char* outcomeName(PlayOutcome o);

struct PlayFacts {
    /// Steady time the first picture (or first sound) was actually presented; nullopt when
    /// nothing was. The app turns it into wall time: wallNow() - (steadyNow() - *startedAt).
    std::optional<core::SteadyMs> startedAt;
    core::Millis played{0}; // media time presented (across loops), not wall time
    PlayOutcome outcome = PlayOutcome::Interrupted;
    std::string reason;     // why it failed (empty otherwise)
    std::int64_t framesShown = 0;
    std::int64_t framesDropped = 0; // never shown: superseded while late, or skipped by the decoder
    std::int64_t framesSkipped = 0; // of those, skipped by the decoder to catch up
    std::string decoder;            // e.g. "h264 software, 2 threads + aac"
};

} // namespace signage::media
