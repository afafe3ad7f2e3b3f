// SPDX-License-Identifier: GPL-3.0-or-later
#include "office/Provisioning.h"

#include <fstream>
#include <stdexcept>

#include "core/Json.h"
#include "fleet/Topics.h"

namespace signage::office {

namespace fs = std::filesystem;

namespace {
std::string jsonArray(const std::vector<std::string>& items) {
    std::string out = "[";
    for (size_t i = 0; i < items.size(); ++i) out += (i ? "," : "") + core::jsonQuote(items[i]);
    return out + "]";
}

fs::path appendLine(const OfficeDir& dir, const std::string& line) {
    const fs::path file = dir.accountsToProvision();
    fs::create_directories(file.parent_path());
    {
        // Created 0600 before the first secret goes in (umask would leave it readable).
        std::ofstream out(file, std::ios::app);
        if (!out) throw std::runtime_error(file.string() + ": cannot write");
    }
    fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write);
    std::ofstream out(file, std::ios::app);
    out << line << "\n";
    out.flush();
    if (!out) throw std::runtime_error(file.string() + ": cannot write");
    return file;
}

std::string head(const char* action, const std::string& ward, const std::string& box) {
    // The box's client id is its box id (fleet/Agent.cpp) and its user name too: the
    // cluster must keep both unique across every ward it serves.
    return std::string("{\"action\":\"") + action + "\",\"ward\":" + core::jsonQuote(ward) +
           ",\"box\":" + core::jsonQuote(box) + ",\"user\":" + core::jsonQuote(box) +
           ",\"client_id\":" + core::jsonQuote(box);
}
} // namespace

fs::path requestBoxAccount(const OfficeDir& dir, const std::string& ward, const std::string& box,
                           const std::string& password) {
    const fleet::BoxAccess a = fleet::boxAccess(fleet::Topics{ward}, box);
    return appendLine(dir, head("create", ward, box) + ",\"password\":" + core::jsonQuote(password) + ",\"publish\":" +
                               jsonArray(a.publish) + ",\"subscribe\":" + jsonArray(a.subscribe) + "}");
}

fs::path requestBoxAccountRemoval(const OfficeDir& dir, const std::string& ward, const std::string& box) {
    return appendLine(dir, head("delete", ward, box) + "}");
}

} // namespace signage::office
