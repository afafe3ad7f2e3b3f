// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The box agent's options: the `[fleet]` section of signage.toml, and the enrollment
// file `signage office enroll BOX` writes for the USB stick (the same keys in its own
// `[fleet]` section; keys in signage.toml win). No `[fleet]` section: no agent, and the
// box behaves exactly like a USB-only box.
//
//   [fleet]
//   enrollment = "/etc/signage/fleet-enrollment.toml"   # from the office, via USB
//   # or every key inline:
//   ward = "phuong-1"          box = "box-cho-01"       site = "cho-hong-an"
//   host = "192.168.1.10"      port = 8883
//   username = "box-cho-01"    password = "..."
//   ca_pem = """-----BEGIN CERTIFICATE-----..."""      # the office CA
//   office_key = "64 hex"      # ed25519: alerts and bundle announcements are signed with it
//   heartbeat_seconds = 60     batch_links = 500        window = 8
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "playlog/BoxKey.h"

namespace signage::fleet {

struct FleetConfig {
    std::string ward, box, site, host = "127.0.0.1", username, password, caPem;
    int port = 8883;
    playlog::PublicKey officeKey{};
    int heartbeatSeconds = 60;
    int batchLinks = 500;  // links per log batch
    int window = 8;        // batches on the wire without an ack
    int ackTimeoutSeconds = 15; // no ack progress this long: re-send from the last ack
    std::filesystem::path source; // where the settings came from (for messages)
};

/// Reads `[fleet]` from `configFile` (and the enrollment file it names). nullopt when the
/// file has no [fleet] section. Problems go to `errors` as "file:line:col: message" and
/// make the result nullopt (a half-configured agent would only fail later, less clearly).
std::optional<FleetConfig> loadFleetConfig(const std::filesystem::path& configFile, std::vector<std::string>& errors);
/// The same from text (tests, and the enrollment file itself).
std::optional<FleetConfig> parseFleetConfig(const std::string& text, const std::string& fileName, std::vector<std::string>& errors);

} // namespace signage::fleet
