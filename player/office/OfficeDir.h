// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The ward office's directory (default /var/lib/signage-office) and its settings file:
//
//   OFFICE_DIR/office.toml        [office] ward, port, bind, hosts, report_time, utc_offset, schedule;
//                                 [broker] which broker (office/BrokerLink.h: local or external)
//   OFFICE_DIR/office.key         the office's ed25519 key (alerts, announcements)
//   OFFICE_DIR/trusted-keys       "box-id hex-key" lines (playlog::readTrustedKeys format)
//   OFFICE_DIR/fleet-log.sqlite   every box's play log (an audit database: `signage audit`)
//   OFFICE_DIR/office.sqlite      box status, alerts and their acknowledgements
//   OFFICE_DIR/broker/            mosquitto.conf, TLS, passwd, acl (BrokerFiles); with an external
//                                 broker only TLS (the bundle server's) and accounts-to-provision.jsonl
//   OFFICE_DIR/enrollments/       BOX.toml: what `office enroll` wrote for the USB stick
//   OFFICE_DIR/reports/           daily reports
//   OFFICE_DIR/bundles/           announced bundles (+ .minisig), served over HTTPS
//   OFFICE_DIR/screenshots/       BOX.jpg|png: the latest screenshot each box sent on request
#include <filesystem>
#include <string>
#include <vector>

#include "office/Broker.h"
#include "office/BrokerLink.h"
#include "playlog/BoxKey.h"

namespace signage::office {

struct OfficeSettings {
    BrokerSettings broker;               // ward, port, bind address, host names
    bool spawnBroker = true;             // false: a Mosquitto run by systemd reads broker/mosquitto.conf
    BrokerLink brokerLink;               // [broker]: local (the above) or an external cluster
    int reportMinute = 8 * 60;           // report_time = "08:00" (local)
    int utcOffsetMin = 7 * 60;           // utc_offset = "+07:00"
    std::filesystem::path schedule;      // content dir or schedule.toml with the campaign's [[targets]]
    int httpPort = 8443;                 // http_port: bundles over HTTPS for the boxes (0: no server)
    std::string httpBind = "0.0.0.0";    // http_bind
};

class OfficeDir {
public:
    explicit OfficeDir(std::filesystem::path root) : _root(std::move(root)) {}
    const std::filesystem::path& root() const { return _root; }
    std::filesystem::path settings() const { return _root / "office.toml"; }
    std::filesystem::path key() const { return _root / "office.key"; }
    std::filesystem::path trustedKeys() const { return _root / "trusted-keys"; }
    std::filesystem::path fleetLog() const { return _root / "fleet-log.sqlite"; }
    std::filesystem::path officeDb() const { return _root / "office.sqlite"; }
    std::filesystem::path enrollments() const { return _root / "enrollments"; }
    std::filesystem::path reports() const { return _root / "reports"; }
    std::filesystem::path bundles() const { return _root / "bundles"; }         // what the HTTPS server serves
    std::filesystem::path screenshots() const { return _root / "screenshots"; } // the latest per box
    std::filesystem::path cosigned() const { return _root / "cosigned"; }       // notes for the boxes to take back
    std::filesystem::path officePassword() const { return _root / "broker" / "office.password"; }
    /// External broker: what the cluster's administrator must create or delete (JSON lines).
    std::filesystem::path accountsToProvision() const { return _root / "broker" / "accounts-to-provision.jsonl"; }
    BrokerFiles broker() const { return BrokerFiles(_root / "broker"); }

    /// Reads office.toml; problems as "file:line:col: message" in `errors`.
    OfficeSettings load(std::vector<std::string>& errors) const;
    /// First start: office.toml (when missing), the office key, certificates, the
    /// broker's files and the office's own broker password. Idempotent.
    OfficeSettings init(const std::string& ward, std::vector<std::string>& errors) const;
    /// The office's broker password: made by init (local broker), or read from the
    /// [broker] password_file of `s` (external).
    std::string officePasswordText() const;
    std::string officePasswordText(const OfficeSettings& s) const;

private:
    std::filesystem::path _root;
};

/// What a box needs, as a TOML file with a [fleet] section (fleet/FleetConfig.h).
struct Enrollment {
    std::string text;
    std::filesystem::path file; // OFFICE_DIR/enrollments/BOX.toml (0600)
    /// External broker: the account request appended here (OfficeDir::accountsToProvision);
    /// the box cannot connect until the cluster's administrator has created it. Empty: local.
    std::filesystem::path provisioning;
};

/// Enrolls `box`: a fresh broker password, `boxKey` recorded as trusted, the file written.
/// Re-enrolling a box replaces its password and key. Local broker: the password goes into
/// the broker's password file. External: into the account request for the cluster, and the
/// file names the cluster (box_url) and carries its CA plus the office's own (the boxes
/// download bundles from the office's HTTPS server). Throws std::runtime_error on failure.
Enrollment enrollBox(const OfficeDir& dir, const OfficeSettings& s, const std::string& box, const playlog::PublicKey& boxKey,
                     const std::string& site, const std::string& host);
/// Takes a box's broker password and trusted key away; true when it was enrolled. External
/// broker: the office cannot change the cluster's accounts: it stops trusting the box's key
/// (its batches are refused) and appends a "delete" request to accountsToProvision(), and
/// says so in a log line. The mode is read from office.toml.
bool revokeBox(const OfficeDir& dir, const std::string& box);
/// Random password: 32 hex digits from libsodium.
std::string randomSecret();

} // namespace signage::office
