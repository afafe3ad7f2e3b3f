// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The FFmpeg libraries media/ loads, for `signage selftest`: versions, and whether the
// decoders the demo and most bundles need (H.264, AAC, MP3) are there. Any thread.
#include "core/LibraryInfo.h"

namespace signage::media {

core::LibraryInfos libraryInfo();

} // namespace signage::media
