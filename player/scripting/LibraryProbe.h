// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Lua library scripting/ runs plugins on, for `signage selftest`: its release and
// whether a state opens. Any thread.
#include "core/LibraryInfo.h"

namespace signage::scripting {

core::LibraryInfos libraryInfo();

} // namespace signage::scripting
