// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where the player finds its own files: a checkout (assets/, playlists/demo, plugins/)
// or an installed system (/usr/share/signage, /var/lib/signage, /etc/signage).
#include <filesystem>

namespace signage::core {

/// The directory holding assets/, playlists/ and plugins/: $SIGNAGE_SHARE_DIR, else the
/// source tree the binary was built from (when it still exists), else /usr/share/signage.
std::filesystem::path shareDir();
/// Default data dir: $SIGNAGE_DATA_DIR, else ./var in a checkout, else /var/lib/signage.
std::filesystem::path defaultDataDir();
/// True when running from a build tree (the source dir compiled in exists).
bool runningFromCheckout();

} // namespace signage::core
