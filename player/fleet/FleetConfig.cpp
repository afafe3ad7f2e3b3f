// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/FleetConfig.h"

#include <fstream>
#include <sstream>
#include <toml++/toml.h>

#include "core/Lang.h"
#include "core/TomlTable.h"
#include "fleet/Topics.h"

namespace signage::fleet {

using core::tr;

namespace {
std::optional<std::string> readFile(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

const std::vector<std::string> kKeys = {"enrollment",
                                        "ward",
                                        "box",
                                        "site",
                                        "host",
                                        "port",
                                        "username",
                                        "password",
                                        "ca_pem",
                                        "office_key",
                                        "heartbeat_seconds",
                                        "batch_links",
                                        "window",
                                        "ack_timeout_seconds"};

// Applies the keys of one [fleet] table onto `c`. Policy (docs/architecture.md, "TOML
// files"): an unknown key is an error with "did you mean" (a misspelt "host" would send
// the box to 127.0.0.1 and a half-configured agent only fails later, less clearly).
void apply(core::TomlTable& r, FleetConfig& c) {
    r.rejectUnknownKeys(kKeys);
    auto str = [&](const char* key, std::string& out) {
        if (auto v = r.string(key)) out = *v;
    };
    auto num = [&](const char* key, int& out, int lo, int hi) {
        if (auto v = r.integer(key, lo, hi)) out = static_cast<int>(*v);
    };
    str("ward", c.ward), str("box", c.box), str("site", c.site), str("host", c.host);
    str("username", c.username), str("password", c.password), str("ca_pem", c.caPem);
    num("port", c.port, 1, 65535);
    num("heartbeat_seconds", c.heartbeatSeconds, 1, 3600);
    num("batch_links", c.batchLinks, 1, 20000);
    num("window", c.window, 1, 64);
    num("ack_timeout_seconds", c.ackTimeoutSeconds, 1, 3600);
    if (auto k = r.string("office_key"); k && !playlog::fromHex(*k, c.officeKey))
        r.error(r.valuePos("office_key"), tr("office_key cần 64 chữ số hex", "office_key needs 64 hex digits"));
}
} // namespace

std::optional<FleetConfig> parseFleetConfig(const std::string& text, const std::string& fileName, std::vector<std::string>& errors) {
    core::Diagnostics diags;
    const core::TomlSource src{fileName, fileName};
    auto report = [&] {
        for (auto& line : core::sortedMessages(diags)) errors.push_back(std::move(line));
        diags = {};
    };
    auto root = core::parseToml(text, src, diags);
    if (!root) {
        report();
        return std::nullopt;
    }
    const toml::table* fleet = (*root)["fleet"].as_table();
    if (!fleet) return std::nullopt;
    size_t before = errors.size();
    FleetConfig c;
    c.source = fileName;
    core::TomlTable r(*root, src, diags, {}, core::TomlTable::UnknownKeys::Error);
    core::TomlTable fr = r.child(*fleet, "fleet");
    if (auto e = fr.string("enrollment")) {
        std::filesystem::path p = *e;
        if (p.is_relative()) p = std::filesystem::path(fileName).parent_path() / p;
        const core::TomlSource esrc{p, p.string()};
        core::Diagnostics ediags;
        if (auto enrolled = core::parseTomlFile(esrc, ediags)) {
            core::TomlTable er(*enrolled, esrc, ediags, {}, core::TomlTable::UnknownKeys::Error);
            if (const toml::table* t = er.table("fleet")) {
                core::TomlTable ef = er.child(*t, "fleet");
                apply(ef, c);
            } else if (!er.has("fleet")) {
                ediags.error(esrc.whole(), tr("thiếu mục [fleet]", "no [fleet] section"));
            }
        } else {
            fr.error(fr.valuePos("enrollment"),
                     tr("không đọc được tệp đăng ký ", "cannot read the enrollment file ") + p.string());
        }
        for (const auto& d : ediags.all())
            if (d.severity == core::Diagnostic::Severity::Error) errors.push_back(d.format());
    }
    apply(fr, c);
    report();
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
