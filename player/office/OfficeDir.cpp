// SPDX-License-Identifier: GPL-3.0-or-later
#include "office/OfficeDir.h"

#include <fstream>
#include <sodium.h>
#include <sstream>
#include <stdexcept>
#include <toml++/toml.h>

#include "core/Lang.h"
#include "core/Log.h"
#include "core/TomlTable.h"
#include "fleet/Topics.h"
#include "office/Provisioning.h"
#include "playlog/Merge.h"

namespace signage::office {

namespace fs = std::filesystem;
using core::tr;

namespace {
const core::Logger kLog("office");

std::string readText(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}
void writeSecret(const fs::path& p, const std::string& text) {
    fs::create_directories(p.parent_path());
    fs::path tmp = p;
    tmp += ".tmp";
    {
        std::ofstream out(tmp, std::ios::trunc);
        out << text;
        if (!out) throw std::runtime_error(tmp.string() + ": cannot write");
    }
    fs::permissions(tmp, fs::perms::owner_read | fs::perms::owner_write);
    fs::rename(tmp, p);
}
std::string quote(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}
// Rewrites trusted-keys without `box`, then (optionally) with `box key`.
void setTrusted(const OfficeDir& dir, const std::string& box, const playlog::PublicKey* key) {
    std::ifstream in(dir.trustedKeys());
    std::string line, out;
    while (std::getline(in, line)) {
        std::istringstream ls(line);
        std::string id;
        ls >> id;
        if (id != box) out += line + "\n";
    }
    if (key) out += box + " " + playlog::toHex(*key) + "\n";
    writeSecret(dir.trustedKeys(), out);
}
} // namespace

std::string randomSecret() {
    playlog::ensureSodium();
    std::array<std::uint8_t, 16> raw{};
    randombytes_buf(raw.data(), raw.size());
    return playlog::toHex(raw);
}

OfficeSettings OfficeDir::load(std::vector<std::string>& errors) const {
    // core::TomlTable. Policy (docs/architecture.md, "TOML files"): every mistake, an unknown
    // key or section included (with "did you mean"), is an error at file:line:col and the
    // office refuses to start: a misspelt "port" would serve the boxes somewhere else.
    OfficeSettings s;
    const core::TomlSource src{settings(), settings().string()};
    core::Diagnostics diags;
    auto report = [&] {
        for (auto& line : core::sortedMessages(diags)) errors.push_back(std::move(line));
    };
    auto root = core::parseTomlFile(src, diags);
    if (!root) {
        report();
        return s;
    }
    core::TomlTable top(*root, src, diags, {}, core::TomlTable::UnknownKeys::Error);
    top.rejectUnknownKeys({"office", "console", "broker"}); // [console]: web/Console (loadConsoleOptions)
    const toml::table* office = top.table("office");
    if (!office) {
        if (!top.has("office")) top.error(src.start(), tr("thiếu mục [office]", "no [office] section"));
        report();
        return s;
    }
    core::TomlTable o = top.child(*office, "office");
    o.rejectUnknownKeys({"ward", "port", "bind", "hosts", "report_time", "utc_offset", "spawn_broker", "http_port",
                         "http_bind", "schedule"});
    if (auto v = o.requiredString("ward")) {
        if (fleet::validName(*v)) s.broker.ward = *v;
        else
            o.error(o.valuePos("ward"),
                    o.name("ward") + ": \"" + *v + "\"" + tr(": chỉ dùng a-z 0-9 . _ -", ": use only a-z 0-9 . _ -"));
    }
    if (auto v = o.integer("port", 1, 65535)) s.broker.port = static_cast<int>(*v);
    if (auto v = o.string("bind")) s.broker.bindAddress = *v;
    if (auto v = o.stringArray("hosts")) s.broker.hostNames = *v;
    if (auto v = o.boolean("spawn_broker")) s.spawnBroker = *v;
    int h = 0, m = 0;
    if (auto rt = o.string("report_time")) {
        if (std::sscanf(rt->c_str(), "%d:%d", &h, &m) == 2 && h >= 0 && h < 24 && m >= 0 && m < 60)
            s.reportMinute = h * 60 + m;
        else o.error(o.valuePos("report_time"), o.name("report_time") + ": " + tr("cần HH:MM", "needs HH:MM"));
    }
    if (auto off = o.string("utc_offset")) {
        if (off->size() > 1 && ((*off)[0] == '+' || (*off)[0] == '-') &&
            std::sscanf(off->c_str() + 1, "%d:%d", &h, &m) == 2 && h >= 0 && h <= 14 && m >= 0 && m < 60)
            s.utcOffsetMin = ((*off)[0] == '-' ? -1 : 1) * (h * 60 + m);
        else o.error(o.valuePos("utc_offset"), o.name("utc_offset") + ": " + tr("cần +HH:MM", "needs +HH:MM"));
    }
    if (auto v = o.string("schedule")) s.schedule = *v;
    if (auto v = o.integer("http_port", 0, 65535)) s.httpPort = static_cast<int>(*v);
    if (auto v = o.string("http_bind")) s.httpBind = *v;
    if (const toml::table* b = top.table("broker")) {
        core::TomlTable bt = top.child(*b, "broker");
        s.brokerLink = readBrokerLink(bt, settings().parent_path());
    }
    report();
    return s;
}

OfficeSettings OfficeDir::init(const std::string& ward, std::vector<std::string>& errors) const {
    fs::create_directories(_root);
    if (!fs::exists(settings())) {
        std::ofstream out(settings());
        out << "# The ward office (signage office). See docs/operations.md.\n[office]\nward = " << quote(ward)
            << "\nport = 8883\nbind = \"0.0.0.0\"\nhosts = [\"localhost\", \"127.0.0.1\"]\nreport_time = \"08:00\"\n"
               "utc_offset = \"+07:00\"\nspawn_broker = true\nhttp_port = 8443\n# schedule = "
               "\"/srv/campaign/schedule.toml\"\n";
    }
    OfficeSettings s = load(errors);
    if (!errors.empty()) return s;
    playlog::BoxKey::loadOrCreate(key());
    BrokerFiles b = broker();
    // The certificates serve the bundle server (HTTPS) in both modes; an external broker
    // gets no mosquitto.conf, password file or ACL from the office: the cluster has its own.
    b.ensureCertificates(s.broker.hostNames);
    if (!s.brokerLink.external()) b.writeConfig(s.broker);
    if (!s.brokerLink.external() && !fs::exists(officePassword())) {
        std::string pw = randomSecret();
        b.setPassword("office", pw);
        writeSecret(officePassword(), pw);
    }
    if (!fs::exists(trustedKeys())) writeSecret(trustedKeys(), "");
    fs::create_directories(enrollments());
    fs::create_directories(reports());
    return s;
}

std::string OfficeDir::officePasswordText() const {
    std::string t = readText(officePassword());
    while (!t.empty() && (t.back() == '\n' || t.back() == ' ')) t.pop_back();
    return t;
}

std::string OfficeDir::officePasswordText(const OfficeSettings& s) const {
    if (!s.brokerLink.external()) return officePasswordText();
    if (s.brokerLink.passwordFile.empty()) return {};
    std::string t = readText(s.brokerLink.passwordFile);
    while (!t.empty() && (t.back() == '\n' || t.back() == '\r' || t.back() == ' ')) t.pop_back();
    return t;
}

Enrollment enrollBox(const OfficeDir& dir, const OfficeSettings& s, const std::string& box, const playlog::PublicKey& boxKey,
                     const std::string& site, const std::string& host) {
    if (!fleet::validName(box)) throw std::runtime_error(box + ": " + tr("mã máy chỉ dùng a-z 0-9 . _ -", "box id: use only a-z 0-9 . _ -"));
    std::string password = randomSecret();
    BrokerFiles b = dir.broker();
    const BrokerLink& link = s.brokerLink;
    fs::path provisioning;
    if (link.external()) provisioning = requestBoxAccount(dir, s.broker.ward, box, password);
    else b.setPassword(box, password);
    setTrusted(dir, box, &boxKey);
    auto officeKey = playlog::BoxKey::load(dir.key());
    std::ostringstream t;
    t << "# canhbao-signage: enrollment of " << box << " with the office of " << s.broker.ward << ".\n"
      << "# Copy to the box (USB) and point signage.toml at it: [fleet] enrollment = \"PATH\". Keep it secret.\n"
      << "[fleet]\nward = " << quote(s.broker.ward) << "\nbox = " << quote(box) << "\n";
    if (!site.empty()) t << "site = " << quote(site) << "\n";
    std::string boxHost = s.broker.hostNames.empty() ? std::string("127.0.0.1") : s.broker.hostNames.back();
    int boxPort = s.broker.port;
    std::string caPem = readText(b.caCert());
    if (link.external()) {
        // The cluster's CA for MQTT, then the office's own for the bundle server's HTTPS
        // (fleet/Agent.cpp verifies both with this one file: a PEM bundle).
        boxHost = link.boxHost;
        boxPort = link.boxPort;
        std::string cluster = readText(link.caFile);
        if (!cluster.empty() && cluster.back() != '\n') cluster += '\n';
        caPem = cluster + caPem;
    }
    t << "host = " << quote(host.empty() ? boxHost : host) << "\nport = " << boxPort << "\nusername = " << quote(box)
      << "\npassword = " << quote(password) << "\noffice_key = " << quote(playlog::toHex(officeKey.publicKey()))
      << "\nca_pem = '''\n"
      << caPem << "'''\n";
    Enrollment e{t.str(), dir.enrollments() / (box + ".toml"), provisioning};
    writeSecret(e.file, e.text);
    return e;
}

bool revokeBox(const OfficeDir& dir, const std::string& box) {
    std::vector<std::string> errors;
    bool had = playlog::readTrustedKeys(dir.trustedKeys(), errors).count(box) > 0;
    setTrusted(dir, box, nullptr);
    std::vector<std::string> settingsErrors;
    const OfficeSettings s = dir.load(settingsErrors);
    std::error_code ec;
    had = fs::exists(dir.enrollments() / (box + ".toml"), ec) || had;
    if (settingsErrors.empty() && s.brokerLink.external()) {
        if (!had) return false;
        auto file = requestBoxAccountRemoval(dir, s.broker.ward, box);
        kLog.warn(
            tr("đã thu hồi máy ", "box revoked ") + box +
            tr(" tại văn phòng (khoá của nó không còn được tin: sổ phát bị từ chối). Văn phòng KHÔNG đổi được "
               "tài khoản/ACL trên cụm broker ngoài: quản trị viên cụm phải xoá tài khoản ",
               " at the office (its key is no longer trusted: its log batches are refused). The office can NOT "
               "change the external cluster's accounts or ACL: the cluster's administrator must delete account ") +
            box + tr(" (yêu cầu đã ghi vào ", " (request written to ") + file.string() + ")");
    } else {
        had = dir.broker().removePassword(box) || had;
    }
    fs::remove(dir.enrollments() / (box + ".toml"), ec);
    return had;
}

} // namespace signage::office
