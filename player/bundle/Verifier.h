// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `signage bundle verify`, and the signature half of an import: the .minisig must exist,
// name a trusted key, carry a valid trusted comment, and sign the file's BLAKE2b-512; then
// every file must match the manifest.
#include <filesystem>
#include <map>
#include <stop_token>
#include <string>

#include "bundle/BundleReader.h"
#include "bundle/Keys.h"
#include "bundle/Progress.h"

namespace signage::bundle {

/// The signature beside `bundle` and the trusted key that made it.
struct SignatureCheck {
    Signature signature;
    std::string signatureText; // the .minisig as read (to recognise a bundle already installed)
    const TrustedKeys::Entry* signer = nullptr;
};

/// Reads FILE.minisig, finds its key among `keys` and checks the trusted comment. Cheap:
/// does not read the bundle. Throws BundleError: Unsigned, BadSignature, UnknownKey,
/// SourceUnreadable.
SignatureCheck checkSignatureFile(const std::filesystem::path& bundle, const TrustedKeys& keys);

/// "timestamp:…\tfile:…\tbundle:demo\tversion:1.2.0" → {timestamp, file, bundle, version}.
std::map<std::string, std::string> parseTrustedComment(const std::string& comment);

struct VerifyResult {
    BundleManifest manifest;
    SignatureCheck signature;
    std::uint64_t bytes = 0;
};

/// Full check in one pass over the file (signature and every file hash). Throws BundleError.
VerifyResult verifyBundle(const std::filesystem::path& bundle, const TrustedKeys& keys, const ReadLimits& limits = {},
                          const ProgressFn& progress = {}, std::stop_token stop = {}, const SourceOpener& open = {});

} // namespace signage::bundle
