// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/SdlHandles.h"

namespace signage::platform {

SdlSubsystem::SdlSubsystem(Uint32 flags) : _flags(flags), _ok(SDL_InitSubSystem(flags) == 0) {}

SdlSubsystem::~SdlSubsystem() {
    if (_ok) SDL_QuitSubSystem(_flags);
}

} // namespace signage::platform
