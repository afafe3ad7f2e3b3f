// SPDX-License-Identifier: GPL-3.0-or-later
#include "integration/fleet/TestBroker.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include "playlog/BoxKey.h"

namespace signage::test {

TestBroker::TestBroker(std::string ward)
    : _ward(std::move(ward)), _port(office::freeLoopbackPort()), _files(_tmp.path() / "broker"), _process(_files) {
    office::BrokerSettings s;
    s.ward = _ward;
    s.bindAddress = "127.0.0.1";
    s.port = _port;
    _files.ensureCertificates(s.hostNames);
    _files.writeConfig(s);
}

TestBroker::~TestBroker() { stop(); }

std::string TestBroker::addUser(const std::string& user) {
    playlog::ensureSodium();
    std::array<std::uint8_t, 16> raw{};
    randombytes_buf(raw.data(), raw.size());
    std::string password = playlog::toHex(raw);
    _files.setPassword(user, password);
    _passwords[user] = password;
    _process.reload();
    return password;
}

void TestBroker::revoke(const std::string& user) {
    _files.removePassword(user);
    _process.reload();
}

bool TestBroker::start(std::string* error) { return _process.start(_port, error); }
void TestBroker::stop() { _process.stop(); }

fleet::MqttOptions TestBroker::client(const std::string& user) const {
    fleet::MqttOptions o;
    o.host = "127.0.0.1";
    o.port = _port;
    o.clientId = user;
    o.username = user;
    auto it = _passwords.find(user);
    if (it != _passwords.end()) o.password = it->second;
    o.caFile = _files.caCert().string();
    o.reconnectMinSeconds = 1;
    o.reconnectMaxSeconds = 2;
    return o;
}

} // namespace signage::test
