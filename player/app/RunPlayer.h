// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `signage play`: wires the runtime (playback::Player) to the box — the clock, the
// config, the play log, the audio device, the window or headless canvas, the event
// source, content updates from USB/inbox, screenshots, the input script, quiet hours,
// and systemd (sd_notify READY, watchdog pings, STOPPING). The loop itself is in
// playback/Player; this sleeps until its deadline or an event.
#include "app/PlayerOptions.h"

namespace signage::app {

/// Runs `signage play` with `options`; returns the process exit code.
int runPlayer(const PlayerOptions& options);

} // namespace signage::app
