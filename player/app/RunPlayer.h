// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `signage play`: wires the runtime (playback::Player) to the box — the clock, the
// config, the play log, the audio device, the window or headless canvas, the event
// source, content updates from USB/inbox, screenshots, the input script, quiet hours,
// and systemd (sd_notify READY, watchdog pings, STOPPING). The loop itself is in
// playback/Player; this sleeps until its deadline or an event.
#include "app/PlayerOptions.h"

namespace signage::app {

/// Plugin development mode (hot reload; a plugin's error and stack trace drawn on the
/// screen instead of the plugin being skipped): only when `signage play PLUGIN_DIR` plays
/// one plugin folder. A content directory named on the command line may be a kiosk's
/// content too, and a visitor must never see a stack trace (issue 18).
bool pluginDevMode(const PlayerOptions& options);

/// Runs `signage play` with `options`; returns the process exit code.
int runPlayer(const PlayerOptions& options);

} // namespace signage::app
