// SPDX-License-Identifier: GPL-3.0-or-later
// `signage office run` killed with SIGKILL while it merges the boxes' play logs, three
// times at different points, then restarted: every row the boxes logged is in the fleet
// store exactly once, and the store's chains verify. (Each batch is committed in one
// transaction and acknowledged only after it; a box re-sends from its last ack.)
#include <gtest/gtest.h>

#include <csignal>
#include <fstream>
#include <thread>

#include "db/Database.h"
#include "fleet/Agent.h"
#include "fleet/FleetConfig.h"
#include "office/Broker.h"
#include "office/OfficeDir.h"
#include "office/Process.h"
#include "playlog/PlayLog.h"
#include "support/RunCommand.h"
#include "support/TempDir.h"

using namespace signage;

namespace {
template <typename Fn>
bool waitFor(Fn done, int timeoutMs) {
    auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (!done()) {
        if (std::chrono::steady_clock::now() > until) return done();
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return true;
}

std::int64_t query(const std::filesystem::path& file, const std::string& sql) {
    try {
        db::Database db(file, db::Database::Mode::ReadOnly);
        auto st = db.prepare(sql);
        return st.step() ? st.columnInt(0) : -1;
    } catch (const std::exception&) {
        return -1; // not made yet
    }
}

struct Box {
    std::string id;
    std::filesystem::path dataDir;
    std::unique_ptr<playlog::PlayLog> log;
    std::unique_ptr<fleet::Agent> agent;
    std::int64_t head = 0;

    Box(const office::OfficeDir& d, const office::OfficeSettings& s, const std::filesystem::path& root,
        std::string boxId)
        : id(std::move(boxId)), dataDir(root / id) {
        playlog::PlayLogOptions lo;
        lo.dataDir = dataDir;
        lo.boxId = id;
        lo.durability = playlog::Durability::Normal;
        log = std::make_unique<playlog::PlayLog>(lo);
        log->flush(std::chrono::seconds(5));
        auto key = playlog::BoxKey::load(dataDir / "box.key");
        auto e = office::enrollBox(d, s, id, key.publicKey(), "cho", "127.0.0.1");
        std::vector<std::string> errors;
        auto c = fleet::parseFleetConfig(e.text + "heartbeat_seconds = 1\nbatch_links = 40\nack_timeout_seconds = 1\n",
                                         e.file.string(), errors);
        EXPECT_TRUE(c);
        fleet::AgentOptions ao;
        ao.config = *c;
        ao.dataDir = dataDir;
        ao.version = "test";
        agent = std::make_unique<fleet::Agent>(ao);
    }
    void play(int n) {
        for (int i = 0; i < n; ++i) {
            playlog::PlayStart p;
            p.site = "cho";
            p.bundle = "chien-dich@1.0.0";
            p.playlist = "chinh";
            p.item = i % 2 ? "a" : "b";
            auto t = log->playStarted(p);
            log->playEnded(t, {playlog::Outcome::Completed, {}, 15000});
        }
        log->flush(std::chrono::seconds(10));
        db::Database db(dataDir / "playlog.sqlite", db::Database::Mode::ReadOnly);
        auto st = db.prepare(
            "SELECT max(s) FROM (SELECT max(seq) s FROM plays UNION ALL SELECT max(end_seq) FROM plays UNION ALL "
            "SELECT max(seq) FROM events)");
        st.step();
        head = st.columnInt(0);
    }
};
} // namespace

TEST(OfficeKill, SigkillMidMergeLosesNothingAndCountsNothingTwice) {
    test::TempDir tmp;
    const test::ScopedTmpdir childTmp(tmp.path() / "tmp"); // a temp file of the killed office goes with tmp
    office::OfficeDir d(tmp.path() / "office");
    std::filesystem::create_directories(d.root());
    const int port = office::freeLoopbackPort();
    std::ofstream(d.settings())
        << "[office]\nward = \"phuong-1\"\nport = " << port
        << "\nbind = \"127.0.0.1\"\nhosts = [\"localhost\", \"127.0.0.1\"]\nspawn_broker = false\nhttp_port = 0\n";
    std::vector<std::string> errors;
    auto s = d.init("phuong-1", errors);
    ASSERT_TRUE(errors.empty()) << errors.front();

    constexpr int kBoxes = 4, kPlays = 1500;
    std::vector<std::unique_ptr<Box>> boxes;
    for (int b = 0; b < kBoxes; ++b)
        boxes.push_back(std::make_unique<Box>(d, s, tmp.path(), "box-" + std::to_string(b)));
    for (auto& b : boxes) b->play(kPlays); // logged before any upload: the office merges flat out
    // The broker runs apart from the office (spawn_broker = false, as under systemd), so
    // killing the office leaves it up.
    d.broker().writeConfig(s.broker);
    office::BrokerProcess broker(d.broker());
    std::string error;
    ASSERT_TRUE(broker.start(port, &error)) << error;

    auto runOffice = [&](office::ChildProcess& p) {
        std::string why;
        ASSERT_TRUE(
            p.start({SIGNAGE_BIN, "office", "run", "--dir", d.root().string()}, tmp.path() / "office.log", &why))
            << why;
    };
    const auto store = d.fleetLog();
    const std::int64_t total = static_cast<std::int64_t>(kBoxes) * kPlays;
    {
        office::ChildProcess office;
        runOffice(office);
        for (auto& b : boxes) ASSERT_TRUE(b->agent->start());
        // Three kills, each once the store has grown past a quarter more of the rows.
        for (int k = 1; k <= 3; ++k) {
            const std::int64_t at = total * k / 5;
            ASSERT_TRUE(waitFor([&] { return query(store, "SELECT count(*) FROM plays") >= at; }, 60000))
                << "kill " << k;
            ASSERT_TRUE(office.signal(SIGKILL));
            ASSERT_TRUE(waitFor([&] { return !office.running(); }, 5000));
            std::int64_t stored = query(store, "SELECT count(*) FROM plays");
            EXPECT_LT(stored, total) << "killed too late to be mid-merge";
            std::fprintf(stderr, "killed with %lld of %lld plays stored\n", static_cast<long long>(stored),
                         static_cast<long long>(total));
            std::this_thread::sleep_for(
                std::chrono::milliseconds(300)); // boxes see no acks meanwhile, time out, re-send
            runOffice(office);
        }
        for (auto& b : boxes)
            ASSERT_TRUE(waitFor([&] { return b->agent->stats().ackedSeq >= b->head; }, 60000))
                << b->id << " acked " << b->agent->stats().ackedSeq << " of " << b->head;
        for (auto& b : boxes) b->agent->stop();
        office.signal(SIGTERM);
        waitFor([&] { return !office.running(); }, 5000);
    }
    broker.stop();

    EXPECT_EQ(query(store, "SELECT count(*) FROM plays"), total) << "nothing lost, nothing twice";
    EXPECT_EQ(query(store, "SELECT count(*) FROM (SELECT DISTINCT log, seq FROM plays)"), total);
    EXPECT_EQ(query(store, "SELECT count(*) FROM plays WHERE end_seq IS NULL"), 0);
    for (auto& b : boxes)
        EXPECT_EQ(
            query(store, "SELECT count(*) FROM plays p JOIN logs l ON l.id = p.log WHERE l.box_id = '" + b->id + "'"),
            kPlays)
            << b->id;
    // The store's chains are whole: `signage audit verify` over it says so.
    auto v = test::runCommand({SIGNAGE_BIN, "audit", "verify", store.string()}, 120);
    EXPECT_EQ(v.exitCode, 0) << v.out << v.err;
}
