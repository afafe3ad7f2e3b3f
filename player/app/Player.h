#pragma once
// The player: content + clock + display + stage, and the event-driven main loop.
// The loop sleeps until the next deadline (item end, fade step, video frame, screenshot,
// exit); a still picture is drawn once, not every frame.
#include <memory>

#include "app/PlayerOptions.h"

namespace signage::app {

/// Runs `signage play` with `options`; returns the process exit code.
int runPlayer(const PlayerOptions& options);

} // namespace signage::app
