// SPDX-License-Identifier: GPL-3.0-or-later
#include "office/BrokerLink.h"

#include <fstream>
#include <sstream>

#include "core/Lang.h"

namespace signage::office {

namespace fs = std::filesystem;
using core::tr;

namespace {
const std::vector<std::string> kExternalKeys = {"url",           "box_url",     "ca_file",   "username",
                                                "password_file", "client_cert", "client_key"};

std::optional<std::string> readSmallFile(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// MQTT 3.1.1 only promises [0-9a-zA-Z]{1,23}; every broker we know takes longer ids and
// . _ -. Anything else (spaces, '/', '+', '#', control bytes) is refused here rather than by
// a cluster that would just drop the connection.
bool validClientId(std::string_view id) {
    if (id.empty() || id.size() > 128) return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
              c == '-'))
            return false;
    return true;
}
} // namespace

std::optional<BrokerAddress> parseBrokerUrl(std::string_view url, std::string* why) {
    auto fail = [&](std::string reason) -> std::optional<BrokerAddress> {
        if (why) *why = std::move(reason);
        return std::nullopt;
    };
    const std::string_view scheme = "mqtts://";
    if (url.substr(0, 7) == "mqtt://" || url.substr(0, 6) == "tcp://")
        return fail(tr("cần mqtts:// (TLS): mật khẩu của các máy không được đi qua mạng không mã hoá",
                       "needs mqtts:// (TLS): the boxes' passwords must not cross the network in clear"));
    if (url.substr(0, scheme.size()) != scheme)
        return fail(tr("cần dạng mqtts://MÁY_CHỦ:CỔNG", "needs the form mqtts://HOST:PORT"));
    std::string_view rest = url.substr(scheme.size());
    if (!rest.empty() && rest.back() == '/') rest.remove_suffix(1);
    if (rest.find('@') != std::string_view::npos)
        return fail(tr("không ghi tên/mật khẩu trong url: dùng username và password_file",
                       "no user or password in the url: use username and password_file"));
    if (rest.find_first_of("/?#") != std::string_view::npos)
        return fail(tr("url MQTT không có đường dẫn", "an MQTT url has no path"));
    BrokerAddress a;
    std::string_view portText;
    bool hasPort = false;
    if (!rest.empty() && rest.front() == '[') { // [v6]:port
        auto close = rest.find(']');
        if (close == std::string_view::npos) return fail(tr("thiếu ']'", "missing ']'"));
        a.host = std::string(rest.substr(1, close - 1));
        rest.remove_prefix(close + 1);
        if (!rest.empty()) {
            if (rest.front() != ':') return fail(tr("sau ']' cần ':CỔNG'", "':PORT' expected after ']'"));
            portText = rest.substr(1);
            hasPort = true;
        }
    } else {
        auto colon = rest.rfind(':');
        a.host = std::string(rest.substr(0, colon));
        if (colon != std::string_view::npos) {
            portText = rest.substr(colon + 1);
            hasPort = true;
        }
        if (a.host.find(':') != std::string::npos)
            return fail(tr("địa chỉ IPv6 cần ngoặc vuông: [::1]:8883", "an IPv6 address needs brackets: [::1]:8883"));
    }
    if (a.host.empty()) return fail(tr("thiếu tên máy chủ", "no host name"));
    for (char c : a.host)
        if (static_cast<unsigned char>(c) <= ' ' || c == '\\')
            return fail(tr("tên máy chủ có ký tự không hợp lệ", "the host name has an invalid character"));
    if (hasPort) {
        int port = 0;
        for (char c : portText) {
            if (c < '0' || c > '9' || port > 6553)
                return fail(tr("cổng cần là số 1-65535", "the port must be 1-65535"));
            port = port * 10 + (c - '0');
        }
        if (port < 1 || port > 65535) return fail(tr("cổng cần là số 1-65535", "the port must be 1-65535"));
        a.port = port;
    }
    return a;
}

std::string officeClientId(const BrokerLink& link, const std::string& ward) {
    if (!link.clientId.empty()) return link.clientId;
    return link.external() ? "office-" + ward : "office";
}

BrokerLink readBrokerLink(core::TomlTable& t, const fs::path& base) {
    BrokerLink l;
    std::vector<std::string> allowed = {"mode", "client_id"};
    allowed.insert(allowed.end(), kExternalKeys.begin(), kExternalKeys.end());
    t.rejectUnknownKeys(allowed);
    if (auto m = t.oneOf("mode", {"local", "external"}); m && *m == "external") l.mode = BrokerLink::Mode::External;
    if (auto id = t.string("client_id")) {
        if (validClientId(*id)) l.clientId = *id;
        else
            t.error(t.valuePos("client_id"),
                    t.name("client_id") + ": \"" + *id + "\"" +
                        tr(": chỉ dùng A-Z a-z 0-9 . _ - (tối đa 128)", ": use only A-Z a-z 0-9 . _ - (at most 128)"));
    }
    if (!l.external()) {
        // A url under mode = "local" would be silently ignored: the office would still run
        // its own Mosquitto while the operator believes it talks to the district.
        for (const auto& k : kExternalKeys)
            if (t.has(k))
                t.error(t.keyPos(k),
                        t.name(k) + tr(": chỉ dùng với mode = \"external\"", ": only with mode = \"external\""));
        return l;
    }
    auto path = [&](const char* key) -> std::optional<fs::path> {
        auto v = t.string(key);
        if (!v) return std::nullopt;
        fs::path p = *v;
        if (p.is_relative()) p = base / p;
        return p;
    };
    auto address = [&](const char* key, std::string& host, int& port) {
        auto v = t.string(key);
        if (!v) return false;
        std::string why;
        auto a = parseBrokerUrl(*v, &why);
        if (!a) {
            t.error(t.valuePos(key), t.name(key) + ": \"" + *v + "\": " + why);
            return false;
        }
        host = a->host;
        port = a->port;
        return true;
    };
    if (!t.has("url")) t.missing("url");
    else if (address("url", l.host, l.port)) {
        l.url = *t.string("url");
        l.boxHost = l.host;
        l.boxPort = l.port;
    }
    if (t.has("box_url")) address("box_url", l.boxHost, l.boxPort);
    if (!t.has("ca_file")) t.missing("ca_file");
    else if (auto p = path("ca_file")) {
        auto pem = readSmallFile(*p);
        if (!pem)
            t.error(t.valuePos("ca_file"),
                    t.name("ca_file") + ": " + tr("không đọc được ", "cannot read ") + p->string());
        else if (pem->find("-----BEGIN CERTIFICATE-----") == std::string::npos)
            t.error(t.valuePos("ca_file"), t.name("ca_file") + ": " + p->string() +
                                               tr(" không có chứng chỉ PEM", " holds no PEM certificate"));
        else l.caFile = *p;
    }
    if (auto u = t.string("username")) l.username = *u;
    if (auto p = path("password_file")) {
        auto text = readSmallFile(*p);
        while (text && !text->empty() && (text->back() == '\n' || text->back() == '\r' || text->back() == ' '))
            text->pop_back();
        if (!text)
            t.error(t.valuePos("password_file"),
                    t.name("password_file") + ": " + tr("không đọc được ", "cannot read ") + p->string());
        else if (text->empty())
            t.error(t.valuePos("password_file"),
                    t.name("password_file") + ": " + p->string() + tr(" trống", " is empty"));
        else l.passwordFile = *p;
    }
    if (t.has("username") && !t.has("password_file")) t.missing("password_file");
    if (t.has("password_file") && !t.has("username")) t.missing("username");
    for (const char* key : {"client_cert", "client_key"})
        if (auto p = path(key)) {
            std::error_code ec;
            if (!fs::is_regular_file(*p, ec))
                t.error(t.valuePos(key), t.name(key) + ": " + tr("không có tệp ", "no such file ") + p->string());
            else (std::string_view(key) == "client_cert" ? l.clientCert : l.clientKey) = *p;
        }
    if (t.has("client_cert") != t.has("client_key"))
        t.error(t.tablePos(), tr("[broker] client_cert và client_key đi cùng nhau",
                                 "[broker] client_cert and client_key go together"));
    if (!t.has("username") && !t.has("client_cert"))
        t.error(t.tablePos(),
                tr("[broker] cần username + password_file (hoặc client_cert + client_key) để đăng nhập cụm broker",
                   "[broker] needs username + password_file (or client_cert + client_key) to log in to the cluster"));
    return l;
}

} // namespace signage::office
