// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The office's content signing: a minisign key kept in OFFICE_DIR (bundle.key, 0600, made
// on first use; bundle.pub is what boxes trust in /etc/signage/keys), signed bundles in
// OFFICE_DIR/bundles/, and a zip laid out for a USB stick (signage/NAME.bundle,
// NAME.bundle.minisig, office-bundle.pub) for boxes without network.
#include <filesystem>
#include <string>

namespace signage::office::web {

struct SignedContent {
    std::string id, version, name;
    std::filesystem::path bundle, signature, stickZip;
};

/// Packs and signs `contentDir` (already validated). Throws std::runtime_error / BundleError.
SignedContent signContent(const std::filesystem::path& officeRoot, const std::filesystem::path& contentDir);
std::filesystem::path bundlesDir(const std::filesystem::path& officeRoot);

} // namespace signage::office::web
