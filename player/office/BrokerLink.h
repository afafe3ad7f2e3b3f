// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which broker the office talks to: office.toml's [broker] section.
//
//   [broker]
//   mode = "local"                      # default: the office runs its own Mosquitto (broker/)
//   # or a broker the office does not run (a district EMQX / HiveMQ / Mosquitto cluster):
//   mode = "external"
//   url = "mqtts://mqtt.quan-1.example:8883"   # TLS only; the office connects here
//   box_url = "mqtts://mqtt.quan-1.example:8883" # what the boxes' enrolment says (default: url)
//   ca_file = "/etc/signage-office/district-ca.pem" # PEM the office and the boxes verify the cluster with
//   client_id = "office-phuong-1"       # default office-<ward>: unique per office on a shared cluster
//   username = "office-phuong-1"        # the office's own account on the cluster
//   password_file = "/etc/signage-office/mqtt-password" # its password (a file, never inline)
//   client_cert = "office.crt"          # optional TLS client certificate (both or neither)
//   client_key = "office.key"
//
// Relative paths are taken from office.toml's folder. In external mode the office never
// starts Mosquitto nor writes a password file or ACL: the cluster's administrator creates
// the accounts from OFFICE_DIR/broker/accounts-to-provision.jsonl (office/Provisioning.h).
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "core/TomlTable.h"

namespace signage::office {

struct BrokerLink {
    enum class Mode { Local, External };
    Mode mode = Mode::Local;
    std::string url;     // external: as written (for messages)
    std::string host;    // external: from url
    int port = 8883;     // external: from url
    std::string boxHost; // what the boxes connect to (box_url, default url)
    int boxPort = 8883;
    std::filesystem::path caFile;       // external: the cluster's CA (PEM)
    std::string clientId;               // empty: "office" (local, as before) / "office-<ward>" (external)
    std::string username;               // external: the office's account
    std::filesystem::path passwordFile; // external: its password
    std::filesystem::path clientCert, clientKey;

    bool external() const { return mode == Mode::External; }
};

/// "mqtts://host[:port]" (also "[v6]:port"); nullopt with the reason in `why`. Plain
/// mqtt:// is refused: the boxes' passwords would cross the network in clear.
struct BrokerAddress {
    std::string host;
    int port = 8883;
};
std::optional<BrokerAddress> parseBrokerUrl(std::string_view url, std::string* why = nullptr);

/// Reads the [broker] table `t` (errors at file:line:col through `t`, unknown keys refused):
/// `base` (office.toml's folder) resolves relative paths. Files named are checked now (the
/// CA holds a PEM certificate, the password file is readable and not empty), so a mistake
/// stops the office at start with file:line:col rather than as a refused connection later.
BrokerLink readBrokerLink(core::TomlTable& t, const std::filesystem::path& base);

/// The client id the office uses: the configured one, else "office" (local: what it always
/// was, so an upgraded office keeps its broker session) or "office-<ward>" (external).
std::string officeClientId(const BrokerLink& link, const std::string& ward);

} // namespace signage::office
