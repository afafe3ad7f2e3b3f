// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The ward office's directory (default /var/lib/signage-office) and its settings file:
//
//   OFFICE_DIR/office.toml        [office] ward, port, bind, hosts, report_time, utc_offset, schedule
//   OFFICE_DIR/office.key         the office's ed25519 key (alerts, announcements)
//   OFFICE_DIR/trusted-keys       "box-id hex-key" lines (playlog::readTrustedKeys format)
//   OFFICE_DIR/fleet-log.sqlite   every box's play log (an audit database: `signage audit`)
//   OFFICE_DIR/office.sqlite      box status, alerts and their acknowledgements
//   OFFICE_DIR/broker/            mosquitto.conf, TLS, passwd, acl (BrokerFiles)
//   OFFICE_DIR/enrollments/       BOX.toml: what `office enroll` wrote for the USB stick
//   OFFICE_DIR/reports/           daily reports
//   OFFICE_DIR/bundles/           announced bundles (+ .minisig), served over HTTPS
//   OFFICE_DIR/screenshots/       BOX.jpg|png: the latest screenshot each box sent on request
#include <filesystem>
#include <string>
#include <vector>

#include "office/Broker.h"
#include "playlog/BoxKey.h"

namespace signage::office {

struct OfficeSettings {
    BrokerSettings broker;               // ward, port, bind address, host names
    bool spawnBroker = true;             // false: a Mosquitto run by systemd reads broker/mosquitto.conf
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
    BrokerFiles broker() const { return BrokerFiles(_root / "broker"); }

    /// Reads office.toml; problems as "file:line:col: message" in `errors`.
    OfficeSettings load(std::vector<std::string>& errors) const;
    /// First start: office.toml (when missing), the office key, certificates, the
    /// broker's files and the office's own broker password. Idempotent.
    OfficeSettings init(const std::string& ward, std::vector<std::string>& errors) const;
    /// The office's broker password (made by init).
    std::string officePasswordText() const;

private:
    std::filesystem::path _root;
};

/// What a box needs, as a TOML file with a [fleet] section (fleet/FleetConfig.h).
struct Enrollment {
    std::string text;
    std::filesystem::path file; // OFFICE_DIR/enrollments/BOX.toml (0600)
};

/// Enrolls `box`: a fresh broker password, `boxKey` recorded as trusted, the file written.
/// Re-enrolling a box replaces its password and key. Throws std::runtime_error on failure.
Enrollment enrollBox(const OfficeDir& dir, const OfficeSettings& s, const std::string& box, const playlog::PublicKey& boxKey,
                     const std::string& site, const std::string& host);
/// Takes a box's broker password and trusted key away; true when it was enrolled.
bool revokeBox(const OfficeDir& dir, const std::string& box);
/// Random password: 32 hex digits from libsodium.
std::string randomSecret();

} // namespace signage::office
