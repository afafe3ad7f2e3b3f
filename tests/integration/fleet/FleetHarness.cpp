// SPDX-License-Identifier: GPL-3.0-or-later
#include "integration/fleet/FleetHarness.h"

#include <fstream>
#include <gtest/gtest.h>

#include "fleet/FleetConfig.h"

namespace signage::test {

TestOffice::TestOffice(const std::string& ward, const std::string& extraToml) {
    std::filesystem::create_directories(dir.root());
    std::ofstream(dir.settings())
        << "[office]\nward = \"" << ward << "\"\nport = " << office::freeLoopbackPort()
        << "\nhttp_port = " << office::freeLoopbackPort()
        << "\nhttp_bind = \"127.0.0.1\"\nbind = \"127.0.0.1\"\nhosts = [\"localhost\", \"127.0.0.1\"]\n"
        << extraToml;
    std::vector<std::string> errors;
    settings = dir.init(ward, errors);
    EXPECT_TRUE(errors.empty()) << errors.front();
}

void TestOffice::start() {
    office = std::make_unique<office::Office>(dir, settings, clock);
    std::string error;
    ASSERT_TRUE(office->start(&error)) << error;
}

TestBox::TestBox(TestOffice& o, const std::string& boxId, const std::string& site, bool startAgent) : id(boxId) {
    dataDir = o.tmp.path() / boxId;
    playlog::PlayLogOptions lo;
    lo.dataDir = dataDir;
    lo.boxId = boxId;
    lo.durability = playlog::Durability::Normal;
    lo.commitDelay = std::chrono::milliseconds(20);
    log = std::make_unique<playlog::PlayLog>(lo);
    log->flush(std::chrono::seconds(5));
    auto key = playlog::BoxKey::load(dataDir / "box.key");
    auto e = office::enrollBox(o.dir, o.settings, boxId, key.publicKey(), site, "127.0.0.1");
    o.office->reloadCredentials();
    std::vector<std::string> errors;
    auto c = fleet::parseFleetConfig(e.text + "heartbeat_seconds = 1\nbatch_links = 50\nack_timeout_seconds = 2\n", e.file.string(), errors);
    EXPECT_TRUE(c) << (errors.empty() ? "" : errors.front());
    config = *c;
    if (startAgent) this->startAgent();
}

void TestBox::startAgent() {
    fleet::AgentOptions ao;
    ao.config = config;
    ao.dataDir = dataDir;
    ao.version = "test";
    auto* plog = log.get();
    ao.note = [plog](const std::string& d) { plog->event(playlog::EventKind::Note, d); };
    agent = std::make_unique<fleet::Agent>(ao);
    std::string error;
    EXPECT_TRUE(agent->start(&error)) << error;
}

TestBox::~TestBox() {
    if (agent) agent->stop();
}

void TestBox::play(int n) {
    for (int i = 0; i < n; ++i) {
        playlog::PlayStart s;
        s.site = "cho-hong-an";
        s.bundle = "chien-dich@1.0.0";
        s.playlist = "chinh";
        s.item = i % 2 ? "khong_chuyen_khoan" : "phai_to_giac";
        auto t = log->playStarted(s);
        log->playEnded(t, {playlog::Outcome::Completed, {}, 15000});
    }
    log->flush(std::chrono::seconds(5));
}

} // namespace signage::test
