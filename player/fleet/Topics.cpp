// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/Topics.h"

namespace signage::fleet {

std::optional<Topics::BoxTopic> Topics::parseBox(std::string_view topic) const {
    std::string head = prefix() + "/box/";
    if (topic.substr(0, head.size()) != head) return std::nullopt;
    topic.remove_prefix(head.size());
    auto slash = topic.find('/');
    if (slash == std::string_view::npos || slash == 0) return std::nullopt;
    BoxTopic t{std::string(topic.substr(0, slash)), std::string(topic.substr(slash + 1))};
    if (!validName(t.id) || t.leaf.empty() || t.leaf.find('/') != std::string::npos) return std::nullopt;
    return t;
}

BoxAccess boxAccess(const Topics& t, std::string_view id) {
    BoxAccess a;
    for (const char* leaf : {"status", "heartbeat", "log", "alert-ack", "screenshot"})
        a.publish.push_back(t.box(id, leaf));
    a.subscribe = {t.box(id, "screenshot-request"), t.box(id, "ack"), t.prefix() + "/alert/#", t.bundle(),
                   t.box(id, "bundle")};
    return a;
}

bool validName(std::string_view name) {
    if (name.empty() || name.size() > 64 || name[0] == '.' || name[0] == '-') return false;
    for (char c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-')) return false;
    return true;
}

} // namespace signage::fleet
