// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The box side of the staff menu (playback/StaffMenu): the PIN check against signage.toml
// ([staff] pin_hash, libsodium's crypto_pwhash_str; or a plain pin), the facts it shows
// (box id, site, bundle, last import, free disk, the last 20 play-log events) and the
// log export to USB sticks (the same writer as after a stick import: StickReport).
// Everything here runs on the menu's worker threads, never on the render thread.
#include <filesystem>
#include <functional>
#include <string>

#include "app/Config.h"
#include "core/Clock.h"
#include "playback/StaffMenu.h"

namespace signage::app {

/// True when `pin` is the staff PIN of `config` (hash first, else the plain pin; compared
/// in constant time). Takes ~0.1 s with a hash: on purpose, and never on the render thread.
bool checkStaffPin(const BoxConfig& config, const std::string& pin);
/// The [staff] pin_hash line's value for `pin` (crypto_pwhash_str, interactive limits).
/// Throws std::runtime_error when libsodium fails (out of memory).
std::string hashStaffPin(const std::string& pin);

/// The USB sticks to export to: `extra` folders that exist, then every mount below
/// /media, /mnt and /run/media.
std::vector<std::filesystem::path> usbSticks(const std::vector<std::filesystem::path>& extra);

/// Wires the menu's services. `bundle` returns the bundle on screen now (thread-safe);
/// `clock` outlives the services.
playback::StaffServices makeStaffServices(BoxConfig config, std::filesystem::path dataDir, const core::Clock& clock,
                                          std::function<std::string()> bundle, std::function<void()> wake);

} // namespace signage::app
