// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The office's local Mosquitto: the files it reads (config, TLS certificates, password
// file, ACL), all written by the office under OFFICE_DIR/broker/, and the process.
// TLS and passwords are the second wall; signatures on everything that changes what a
// box shows are the first (DESIGN.md).
#include <filesystem>
#include <string>
#include <vector>

#include "office/Process.h"

namespace signage::office {

struct BrokerSettings {
    std::string ward;                 // topic prefix signage/<ward>/
    std::string bindAddress = "0.0.0.0";
    int port = 8883;
    /// Names and addresses the boxes use for the office (the certificate's subjectAltName).
    std::vector<std::string> hostNames{"localhost", "127.0.0.1"};
};

class BrokerFiles {
public:
    explicit BrokerFiles(std::filesystem::path dir) : _dir(std::move(dir)) {}
    const std::filesystem::path& dir() const { return _dir; }
    std::filesystem::path config() const { return _dir / "mosquitto.conf"; }
    std::filesystem::path passwords() const { return _dir / "passwd"; }
    std::filesystem::path acl() const { return _dir / "acl"; }
    std::filesystem::path caCert() const { return _dir / "ca.crt"; }
    std::filesystem::path caKey() const { return _dir / "ca.key"; }
    std::filesystem::path serverCert() const { return _dir / "server.crt"; }
    std::filesystem::path serverKey() const { return _dir / "server.key"; }
    std::filesystem::path log() const { return _dir / "mosquitto.log"; }

    /// Makes the CA and the server certificate (openssl, EC P-256, 10 years) unless both
    /// exist. Throws std::runtime_error with openssl's words when it fails.
    void ensureCertificates(const std::vector<std::string>& hostNames) const;
    /// (Re)writes mosquitto.conf and the ACL; creates an empty password file if missing.
    void writeConfig(const BrokerSettings& settings) const;
    /// Adds or replaces one user in the password file (mosquitto_passwd; hashed there).
    void setPassword(const std::string& user, const std::string& password) const;
    /// Removes a user (revocation); true when it was there.
    bool removePassword(const std::string& user) const;

private:
    std::filesystem::path _dir;
};

/// The mosquitto process, started with BrokerFiles::config().
class BrokerProcess {
public:
    explicit BrokerProcess(BrokerFiles files) : _files(std::move(files)) {}
    /// Starts mosquitto and waits (up to `waitMs`) until `port` accepts connections.
    bool start(int port, std::string* error = nullptr, int waitMs = 5000);
    void stop() { _child.stop(); }
    /// SIGHUP: mosquitto re-reads the password file and the ACL (after a revocation).
    bool reload() const;
    bool running() { return _child.running(); }

private:
    BrokerFiles _files;
    ChildProcess _child;
};

/// A TCP port on 127.0.0.1 that was free a moment ago (tests, benches).
int freeLoopbackPort();
/// True when something accepts TCP connections on 127.0.0.1:port.
bool portAccepts(int port);

} // namespace signage::office
