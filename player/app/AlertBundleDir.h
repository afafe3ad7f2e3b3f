// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `signage bundle create --kind alert A.alert`: the directory a bundle of kind alert is
// packed from (bundle/AlertBundle.h). The office signs the alert (`signage office alert
// --usb`); the ward's bundle key then signs the bundle that carries it.
#include <filesystem>
#include <string>

namespace signage::app {

/// Writes DIR/manifest.toml (kind = "alert", the alert's id, a name people can read, its
/// boxes and sites as [target]) and DIR/alert.signed (the alert's bytes, unchanged) from
/// an office-signed alert file (or a directory holding exactly one *.alert). Checks the
/// shape (signature line, TOML body with id, level and expiry) and refuses an alert that
/// has already expired at `nowMs`. False with a reason ("FILE:line:col: ..." for TOML).
bool stageAlertBundle(const std::filesystem::path& alertFileOrDir, const std::filesystem::path& dir, std::int64_t nowMs,
                      std::string* error);

} // namespace signage::app
