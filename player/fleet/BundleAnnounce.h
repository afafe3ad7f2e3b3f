// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Content over the network (issue 14): the office announces a bundle on
// signage/<ward>/bundle (retained), signed with the office key like an alert (128 hex
// digits of ed25519 signature, a newline, the TOML body it signs):
//
//   ward = "phuong-1"   id = "chien-dich-8"   version = "1.2.0"   issued_ms = ...
//   file = "chien-dich-8-1.2.0.bundle"   size = 123456   sha256 = "64 hex"
//   url = "https://192.168.1.10:8443/bundles/chien-dich-8-1.2.0.bundle"
//   minisig = """untrusted comment: ..."""     # the bundle's own minisign signature
//
// The box downloads `url` (fleet/Download.h, resumable), checks size and sha256, then
// drops the file and its .minisig into DATA_DIR/inbox: the import verifies the content
// signature with the box's trusted content keys exactly as for a USB stick. The office
// signature says "the office wants this"; the minisign signature says "this is content".
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "playlog/BoxKey.h"

namespace signage::fleet {

struct BundleAnnouncement {
    std::string ward, id, version, file, url, sha256, minisig;
    std::uint64_t size = 0;
    std::int64_t issuedMs = 0;
};

std::string announcementBody(const BundleAnnouncement& a);
std::string signAnnouncement(const BundleAnnouncement& a, const playlog::BoxKey& officeKey);

/// Verifies the office signature and the fields. nullopt with the reason in *why
/// (bad signature, another ward, malformed).
std::optional<BundleAnnouncement> checkAnnouncement(std::string_view wire, const playlog::PublicKey& officeKey,
                                                    const std::string& ward, std::string* why);

} // namespace signage::fleet
