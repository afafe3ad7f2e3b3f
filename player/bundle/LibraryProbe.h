// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The libraries bundle/ checks and unpacks bundles with (libsodium, libarchive), for
// `signage selftest`. Any thread.
#include "core/LibraryInfo.h"

namespace signage::bundle {

core::LibraryInfos libraryInfo();

} // namespace signage::bundle
