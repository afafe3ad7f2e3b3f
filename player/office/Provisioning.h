// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// With an external broker (office.toml [broker] mode = "external") the office cannot make
// or remove accounts on the district's cluster: it writes what the cluster's administrator
// must do to OFFICE_DIR/broker/accounts-to-provision.jsonl, one JSON object per line,
// appended in order (enrol, re-enrol, revoke), 0600:
//
//   {"action":"create","ward":"phuong-1","box":"box-cho-01","user":"box-cho-01",
//    "client_id":"box-cho-01","password":"<32 hex>","publish":["signage/phuong-1/box/box-cho-01/status",...],
//    "subscribe":["signage/phuong-1/box/box-cho-01/ack",...,"signage/phuong-1/alert/#",...]}
//   {"action":"delete","ward":"phuong-1","box":"box-cho-01","user":"box-cho-01","client_id":"box-cho-01"}
//
// The password is in clear, once: EMQX, HiveMQ and Mosquitto share no password-hash format
// the office could write for all three, so the administrator sets it (their cluster hashes
// it) and then deletes the line. The same secret already sits in enrollments/BOX.toml
// (0600) for the USB stick, so this file adds no new exposure on the office's disk.
#include <string>

#include "office/OfficeDir.h"

namespace signage::office {

/// Appends a "create" request for `box` with `password`; returns the file.
std::filesystem::path requestBoxAccount(const OfficeDir& dir, const std::string& ward, const std::string& box,
                                        const std::string& password);
/// Appends a "delete" request for `box`; returns the file.
std::filesystem::path requestBoxAccountRemoval(const OfficeDir& dir, const std::string& ward, const std::string& box);

} // namespace signage::office
