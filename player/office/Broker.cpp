// SPDX-License-Identifier: GPL-3.0-or-later
#include "office/Broker.h"

#include "fleet/Topics.h"

#include <arpa/inet.h>
#include <chrono>
#include <csignal>
#include <fstream>
#include <netinet/in.h>
#include <stdexcept>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace signage::office {

namespace fs = std::filesystem;

namespace {
void run(const std::vector<std::string>& argv) {
    std::string out;
    if (runTool(argv, &out) != 0) throw std::runtime_error(argv[0] + " " + (argv.size() > 1 ? argv[1] : "") + ": " + out);
}
void writeText(const fs::path& file, const std::string& text) {
    fs::path tmp = file;
    tmp += ".tmp";
    {
        std::ofstream out(tmp, std::ios::trunc);
        out << text;
        if (!out) throw std::runtime_error(tmp.string() + ": cannot write");
    }
    fs::rename(tmp, file);
}
bool isAddress(const std::string& s) {
    in_addr a4;
    in6_addr a6;
    return inet_pton(AF_INET, s.c_str(), &a4) == 1 || inet_pton(AF_INET6, s.c_str(), &a6) == 1;
}
} // namespace

void BrokerFiles::ensureCertificates(const std::vector<std::string>& hostNames) const {
    fs::create_directories(_dir);
    if (fs::exists(caCert()) && fs::exists(serverCert()) && fs::exists(serverKey())) return;
    const std::string days = "3650";
    run({"openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout",
         caKey().string(), "-out", caCert().string(), "-days", days, "-subj", "/CN=canhbao-signage office CA"});
    fs::path csr = _dir / "server.csr", ext = _dir / "server.ext";
    run({"openssl", "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout",
         serverKey().string(), "-out", csr.string(), "-subj", "/CN=" + (hostNames.empty() ? std::string("localhost") : hostNames[0])});
    std::string san = "subjectAltName=";
    for (size_t i = 0; i < hostNames.size(); ++i) san += (i ? "," : "") + std::string(isAddress(hostNames[i]) ? "IP:" : "DNS:") + hostNames[i];
    writeText(ext, san + "\n");
    run({"openssl", "x509", "-req", "-in", csr.string(), "-CA", caCert().string(), "-CAkey", caKey().string(),
         "-CAcreateserial", "-out", serverCert().string(), "-days", days, "-extfile", ext.string()});
    fs::remove(csr);
    fs::permissions(caKey(), fs::perms::owner_read | fs::perms::owner_write);
    fs::permissions(serverKey(), fs::perms::owner_read | fs::perms::owner_write);
}

void BrokerFiles::writeConfig(const BrokerSettings& s) const {
    fs::create_directories(_dir / "data");
    if (!fs::exists(passwords())) writeText(passwords(), "");
    fs::permissions(passwords(), fs::perms::owner_read | fs::perms::owner_write);
    // The office user reads and writes the ward's tree; a box writes only its own subtree
    // and reads its acks, the ward's alerts and the bundle announcements (the ward's, its own).
    const std::string p = "signage/" + s.ward;
    const fleet::BoxAccess box = fleet::boxAccess(fleet::Topics{s.ward}, "%u");
    std::string aclText = "# written by `signage office` - rewritten on every start\n"
                          "user office\n"
                          "topic readwrite " +
                          p + "/#\n\n";
    for (const auto& t : box.publish) aclText += "pattern write " + t + "\n";
    for (const auto& t : box.subscribe) aclText += "pattern read " + t + "\n";
    writeText(acl(), aclText);
    std::string conf = "# written by `signage office` - rewritten on every start\n"
                       "per_listener_settings false\n"
                       "allow_anonymous false\n"
                       "password_file " + passwords().string() + "\n"
                       "acl_file " + acl().string() + "\n"
                       "persistence true\n"
                       "persistence_location " + (_dir / "data").string() + "/\n"
                       "autosave_interval 60\n"
                       // A box offline for a week: its acks and alerts wait for it.
                       "max_queued_messages 10000\n"
                       "persistent_client_expiration 30d\n"
                       "log_dest stderr\n"
                       "log_type error\nlog_type warning\nlog_type notice\n"
                       "listener " + std::to_string(s.port) + " " + s.bindAddress + "\n"
                       "cafile " + caCert().string() + "\n"
                       "certfile " + serverCert().string() + "\n"
                       "keyfile " + serverKey().string() + "\n";
    if (geteuid() == 0) conf += "user root\n"; // mosquitto would switch to its own user and lose the files
    writeText(config(), conf);
}

void BrokerFiles::setPassword(const std::string& user, const std::string& password) const {
    run({"mosquitto_passwd", "-b", passwords().string(), user, password});
}

bool BrokerFiles::removePassword(const std::string& user) const {
    std::string out;
    return runTool({"mosquitto_passwd", "-D", passwords().string(), user}, &out) == 0;
}

bool BrokerProcess::start(int port, std::string* error, int waitMs) {
    if (!_child.start({"mosquitto", "-c", _files.config().string()}, _files.log(), error)) return false;
    auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(waitMs);
    while (std::chrono::steady_clock::now() < until) {
        if (!_child.running()) {
            if (error) *error = "mosquitto exited at start; see " + _files.log().string();
            return false;
        }
        if (portAccepts(port)) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    if (error) *error = "mosquitto did not listen on port " + std::to_string(port) + " within " + std::to_string(waitMs) + " ms";
    _child.stop();
    return false;
}

bool BrokerProcess::reload() const { return _child.signal(SIGHUP); }

int freeLoopbackPort() {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = 0;
    socklen_t len = sizeof a;
    int port = -1;
    if (bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 && getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) == 0)
        port = ntohs(a.sin_port);
    close(fd);
    return port;
}

bool portAccepts(int port) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons(static_cast<uint16_t>(port));
    bool ok = connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
    close(fd);
    return ok;
}

} // namespace signage::office
