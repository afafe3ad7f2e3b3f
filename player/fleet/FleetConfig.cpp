// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/FleetConfig.h"

#include <fstream>
#include <sstream>
#include <toml++/toml.h>

#include "core/Lang.h"
#include "fleet/Topics.h"

namespace signage::fleet {

using core::tr;

namespace {
std::string where(const std::string& file, const toml::source_region& s) {
    return file + ":" + std::to_string(s.begin.line) + ":" + std::to_string(s.begin.column) + ": ";
}

std::optional<std::string> readFile(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Applies the keys of one [fleet] table onto `c`.
void apply(const toml::table& t, const std::string& file, FleetConfig& c, std::vector<std::string>& errors) {
    static const char* kKnown[] = {"enrollment", "ward", "box", "site", "host", "port", "username", "password", "ca_pem",
                                   "office_key", "heartbeat_seconds", "batch_links", "window", "ack_timeout_seconds"};
    for (const auto& [k, v] : t) {
        bool known = false;
        for (const char* n : kKnown) known = known || k.str() == n;
        if (!known) errors.push_back(where(file, v.source()) + tr("khoá không biết: fleet.", "unknown key: fleet.") + std::string(k.str()));
    }
    auto str = [&](const char* key, std::string& out) {
        if (auto v = t[key].value<std::string>()) out = *v;
        else if (t.contains(key)) errors.push_back(where(file, t[key].node()->source()) + key + tr(" phải là chuỗi", " must be a string"));
    };
    auto num = [&](const char* key, int& out, int lo, int hi) {
        if (!t.contains(key)) return;
        auto v = t[key].value<std::int64_t>();
        if (v && *v >= lo && *v <= hi) out = static_cast<int>(*v);
        else errors.push_back(where(file, t[key].node()->source()) + key + " " + tr("phải là số từ ", "must be a number from ") +
                              std::to_string(lo) + tr(" đến ", " to ") + std::to_string(hi));
    };
    str("ward", c.ward), str("box", c.box), str("site", c.site), str("host", c.host);
    str("username", c.username), str("password", c.password), str("ca_pem", c.caPem);
    num("port", c.port, 1, 65535);
    num("heartbeat_seconds", c.heartbeatSeconds, 1, 3600);
    num("batch_links", c.batchLinks, 1, 20000);
    num("window", c.window, 1, 64);
    num("ack_timeout_seconds", c.ackTimeoutSeconds, 1, 3600);
    if (auto k = t["office_key"].value<std::string>()) {
        if (!playlog::fromHex(*k, c.officeKey))
            errors.push_back(where(file, t["office_key"].node()->source()) +
                             tr("office_key cần 64 chữ số hex", "office_key needs 64 hex digits"));
    }
}
} // namespace

std::optional<FleetConfig> parseFleetConfig(const std::string& text, const std::string& fileName, std::vector<std::string>& errors) {
    toml::table root;
    try {
        root = toml::parse(text, fileName);
    } catch (const toml::parse_error& e) {
        errors.push_back(where(fileName, e.source()) + std::string(e.description()));
        return std::nullopt;
    }
    const toml::table* fleet = root["fleet"].as_table();
    if (!fleet) return std::nullopt;
    size_t before = errors.size();
    FleetConfig c;
    c.source = fileName;
    if (auto e = (*fleet)["enrollment"].value<std::string>()) {
        std::filesystem::path p = *e;
        if (p.is_relative()) p = std::filesystem::path(fileName).parent_path() / p;
        auto body = readFile(p);
        if (!body) {
            errors.push_back(where(fileName, (*fleet)["enrollment"].node()->source()) + p.string() + ": " +
                             tr("không đọc được tệp đăng ký", "cannot read the enrollment file"));
        } else {
            try {
                auto enrolled = toml::parse(*body, p.string());
                if (auto* t = enrolled["fleet"].as_table()) apply(*t, p.string(), c, errors);
                else errors.push_back(p.string() + ": " + tr("thiếu mục [fleet]", "no [fleet] section"));
            } catch (const toml::parse_error& ex) {
                errors.push_back(where(p.string(), ex.source()) + std::string(ex.description()));
            }
        }
    }
    apply(*fleet, fileName, c, errors);
    auto need = [&](const std::string& v, const char* key) {
        if (v.empty()) errors.push_back(fileName + ": [fleet] " + tr("thiếu ", "missing ") + key);
    };
    need(c.ward, "ward"), need(c.box, "box"), need(c.username, "username"), need(c.password, "password"), need(c.caPem, "ca_pem");
    if (c.officeKey == playlog::PublicKey{}) errors.push_back(fileName + ": [fleet] " + tr("thiếu ", "missing ") + "office_key");
    if (!c.ward.empty() && !validName(c.ward)) errors.push_back(fileName + ": [fleet] ward: " + tr("chỉ dùng a-z 0-9 . _ -", "use only a-z 0-9 . _ -"));
    if (!c.box.empty() && !validName(c.box)) errors.push_back(fileName + ": [fleet] box: " + tr("chỉ dùng a-z 0-9 . _ -", "use only a-z 0-9 . _ -"));
    if (errors.size() != before) return std::nullopt;
    return c;
}

std::optional<FleetConfig> loadFleetConfig(const std::filesystem::path& configFile, std::vector<std::string>& errors) {
    auto text = readFile(configFile);
    if (!text) return std::nullopt;
    return parseFleetConfig(*text, configFile.string(), errors);
}

} // namespace signage::fleet
