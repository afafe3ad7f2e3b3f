// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A bundle of kind "alert": one signed office alert (fleet/Alert.h's wire: signature line
// + TOML body) carried by USB like content. `signage bundle create --kind alert A.alert`
// packs it: manifest.toml (kind = "alert", the alert's id and targets) and the alert as
// `alert.signed`, signed with the ward's bundle key like any bundle. The box verifies the
// bundle like content (minisig from a trusted key, every file's sha256), then hands the
// inner alert to the fleet agent, which checks it exactly like one from the broker
// (office signature, ward, target, expiry, replay). Two walls: a forged alert needs both
// keys. Alert bundles are never installed as content.
#include <cstdint>
#include <filesystem>
#include <string>

#include "bundle/BundleManifest.h"
#include "bundle/Keys.h"

namespace signage::bundle {

/// The alert's file name inside an alert bundle.
inline constexpr const char* kAlertEntry = "alert.signed";
/// Largest alert bundle read (an alert is a few hundred bytes).
inline constexpr std::uintmax_t kMaxAlertBundleBytes = 256 * 1024;

/// True when FILE.minisig's trusted comment says kind:alert. Cheap (reads the .minisig
/// only) and not a verification: it only decides which path the file takes.
bool isAlertBundle(const std::filesystem::path& bundle);

struct AlertBundle {
    BundleManifest manifest;
    std::string wire;       // the signed alert, byte for byte (still to be checked by the agent)
    std::string signerName; // the trusted bundle key that signed it
};

/// Verifies an alert bundle like any bundle (signature, trusted key, every file hash,
/// kind = "alert", one alert.signed) and returns the alert it carries. Throws BundleError.
AlertBundle readAlertBundle(const std::filesystem::path& bundle, const TrustedKeys& keys);

} // namespace signage::bundle
