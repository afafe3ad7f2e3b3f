// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Signed alerts from the ward office (Thông tư 39/2020's three levels). On the wire and
// on a USB stick an alert is the office key's ed25519 signature (128 hex digits), a
// newline, then the TOML body it signs, byte for byte:
//
//   id = "a-20250802-0800"        ward = "phuong-1"       level = "emergency"
//   message = "Cảnh báo: ..."     # and/or item = "canh-bao-khan" (an item or playlist of the box's content)
//   start_ms = 1754096400000      expiry_ms = 1754100000000     issued_ms = 1754096390000
//   boxes = ["box-cho-01"]        sites = ["cho-hong-an"]       # both empty: the whole ward
//
// Boxes check the signature, the ward, the targets, the expiry, and refuse an id they
// already took (AlertGuard): the signature is the first wall, TLS the second.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "playlog/BoxKey.h"

namespace signage::fleet {

enum class AlertLevel { Normal, Priority, Emergency };
const char* alertLevelName(AlertLevel level);
std::optional<AlertLevel> parseAlertLevel(std::string_view text);

struct Alert {
    std::string id, ward;
    AlertLevel level = AlertLevel::Normal;
    std::string message, item; // at least one: an item plays (interrupt), a message alone is the banner
    std::int64_t startMs = 0, expiryMs = 0, issuedMs = 0;
    std::vector<std::string> boxes, sites;

    bool forBox(const std::string& box, const std::string& site) const;
};

/// The canonical body (what is signed).
std::string alertBody(const Alert& alert);
/// signature hex + "\n" + body.
std::string signAlert(const Alert& alert, const playlog::BoxKey& officeKey);

/// Why an alert was not taken. Each has its own log line.
enum class AlertRefusal { None, Malformed, BadSignature, OtherWard, NotForThisBox, Expired, Replayed };
const char* refusalName(AlertRefusal r);

struct AlertCheck {
    AlertRefusal refusal = AlertRefusal::None;
    std::optional<Alert> alert; // set when the body parsed (even if refused later)
    std::string detail;         // for Malformed: what was wrong
};

/// Verifies and parses; no replay check (AlertGuard does that).
AlertCheck checkAlert(std::string_view wire, const playlog::PublicKey& officeKey, const std::string& ward,
                      const std::string& box, const std::string& site, std::int64_t nowMs);

/// The alert ids this box took, kept in a file (DATA_DIR/fleet/alerts-seen) until their
/// expiry passes, so a replayed or re-delivered alert is refused even after a restart.
/// One thread (the agent's).
class AlertGuard {
public:
    explicit AlertGuard(std::filesystem::path file);
    /// True and remembered when `id` is new; false for a replay.
    bool admit(const Alert& alert, std::int64_t nowMs);
    bool seen(const std::string& id) const { return _seen.count(id) > 0; }

private:
    void save() const;
    std::filesystem::path _file;
    std::map<std::string, std::int64_t> _seen; // id -> expiry
};

} // namespace signage::fleet
