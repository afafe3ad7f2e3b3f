// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Start-up probes for `signage selftest`: can SDL open a video and an audio driver on
// this box, and which SDL is loaded. Each probe initialises and shuts down its own SDL
// subsystem, so call them from one thread before (or instead of) opening the Display.
#include <string>

#include "core/LibraryInfo.h"

namespace signage::platform {

struct VideoProbe {
    bool ok = false;
    std::string driver;   // "kmsdrm", "x11", "offscreen", ... (empty when init failed)
    int displays = 0;
    std::string mode;     // first display's current mode, e.g. "1920x1080@60Hz"
    bool requested = false; // SDL_VIDEODRIVER named the driver (else SDL fell back to it by itself)
    std::string error;    // SDL_GetError() text when !ok
};

struct AudioProbe {
    bool ok = false;
    std::string driver;   // "alsa", "pulseaudio", "dummy", ...
    std::string device;   // what was opened ("default" when SDL picks)
    std::string error;
};

/// Initialises SDL video, reads the displays and their modes, and shuts it down again.
/// Opens no window: a running player holds DRM master, and the probe must not fight it.
VideoProbe probeVideo();
/// Initialises SDL audio and opens (paused) then closes the default output device.
AudioProbe probeAudio();
/// The SDL2 library that is loaded (linked version, and a warning when it is older
/// than the headers the player was built with).
core::LibraryInfos libraryInfo();

} // namespace signage::platform
