// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the office logs in to its broker: its own Mosquitto on 127.0.0.1 (local mode, as it
// always did: user "office", the password init made, the office CA) or the cluster named in
// office.toml [broker] (external: its URL, CA, client id, account and client certificate).
// The daemon (Office) and the one-shot commands (`signage office alert|announce`) share it.
#include "fleet/MqttClient.h"
#include "office/OfficeDir.h"

namespace signage::office {

/// The daemon's connection options. Throws std::runtime_error when the external password
/// file cannot be read any more (it was checked when office.toml was loaded).
fleet::MqttOptions officeMqttOptions(const OfficeDir& dir, const OfficeSettings& s);

} // namespace signage::office
