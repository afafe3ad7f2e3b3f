// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The topic tree, one prefix per ward (DESIGN.md "The ward office"):
//   signage/<ward>/box/<id>/status     retained; Last Will "offline"     box → office
//   signage/<ward>/box/<id>/heartbeat  QoS 0                             box → office
//   signage/<ward>/box/<id>/log        play-log batches, QoS 1           box → office
//   signage/<ward>/box/<id>/alert-ack  alert got/shown/ended, QoS 1      box → office
//   signage/<ward>/box/<id>/ack        "log batches stored up to seq"    office → box
//   signage/<ward>/alert/<alert id>    signed alerts, retained, QoS 1    office → boxes
//   signage/<ward>/bundle              signed bundle announcement, retained
//   signage/<ward>/box/<id>/bundle     the same, for chosen boxes only, retained  office → box
//   signage/<ward>/box/<id>/screenshot-request   "max_width = N", QoS 1      office → box
//   signage/<ward>/box/<id>/screenshot small JPEG of the screen, QoS 1   box → office
// The broker's ACL lets a box write only under signage/<ward>/box/<its id>/.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace signage::fleet {

struct Topics {
    std::string ward;

    std::string prefix() const { return "signage/" + ward; }
    std::string box(std::string_view id, std::string_view leaf) const {
        return prefix() + "/box/" + std::string(id) + "/" + std::string(leaf);
    }
    std::string alert(std::string_view alertId) const { return prefix() + "/alert/" + std::string(alertId); }
    std::string alertPattern() const { return prefix() + "/alert/+"; }
    std::string bundle() const { return prefix() + "/bundle"; }
    /// Every box's `leaf` topic (the office's subscriptions).
    std::string allBoxes(std::string_view leaf) const { return prefix() + "/box/+/" + std::string(leaf); }

    /// "signage/<ward>/box/<id>/<leaf>" → id and leaf; nullopt for any other topic.
    struct BoxTopic {
        std::string id, leaf;
    };
    std::optional<BoxTopic> parseBox(std::string_view topic) const;
};

/// What one box may do on the broker (its ACL), as full topic filters: the local
/// Mosquitto's ACL (with `id` = "%u") and the accounts an external cluster must create
/// (office/Provisioning.h) are both written from this one list.
struct BoxAccess {
    std::vector<std::string> publish, subscribe;
};
BoxAccess boxAccess(const Topics& topics, std::string_view id);

/// Box ids, ward names and alert ids are topic levels and file names: [a-z0-9._-], 1..64.
bool validName(std::string_view name);

} // namespace signage::fleet
