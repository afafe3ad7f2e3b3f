// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A real Mosquitto on loopback for the fleet tests: a random free port, its own config
// dir under a temp dir, TLS with a CA made for the test (openssl), a password file and
// the office's ACL (office::BrokerFiles writes the same files the daemon does). Stopped
// (and its files removed) when the object goes.
#include <map>
#include <memory>
#include <string>

#include "fleet/MqttClient.h"
#include "office/Broker.h"
#include "support/TempDir.h"

namespace signage::test {

class TestBroker {
public:
    explicit TestBroker(std::string ward = "phuong-1");
    ~TestBroker();

    /// Adds a user (box id or "office") with a fresh password; returns it.
    std::string addUser(const std::string& user);
    /// Revokes a user and makes the broker re-read the files.
    void revoke(const std::string& user);
    bool start(std::string* error = nullptr);
    void stop();

    /// Client options for `user` (TLS, the password from addUser).
    fleet::MqttOptions client(const std::string& user) const;
    int port() const { return _port; }
    const std::string& ward() const { return _ward; }
    const office::BrokerFiles& files() const { return _files; }
    const std::filesystem::path& dir() const { return _tmp.path(); }

private:
    TempDir _tmp;
    std::string _ward;
    int _port;
    office::BrokerFiles _files;
    office::BrokerProcess _process;
    std::map<std::string, std::string> _passwords;
};

/// Waits (polling every 10 ms) until `done()` or `timeoutMs`; returns done().
template <typename Fn>
bool waitFor(Fn done, int timeoutMs = 5000);

} // namespace signage::test

#include <chrono>
#include <thread>
template <typename Fn>
bool signage::test::waitFor(Fn done, int timeoutMs) {
    auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (!done()) {
        if (std::chrono::steady_clock::now() > until) return done();
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return true;
}
