// SPDX-License-Identifier: GPL-3.0-or-later
// The whole path, box to office, through a real Mosquitto: play-log upload through a
// broker outage (nothing lost, nothing twice), status with the Last Will, revocation.
#include <gtest/gtest.h>

#include <fstream>

#include "db/Database.h"
#include "integration/fleet/FleetHarness.h"
#include "integration/fleet/TestBroker.h"

using namespace signage;
using signage::test::TestBox;
using signage::test::TestOffice;
using signage::test::waitFor;

namespace {
std::int64_t count(const std::filesystem::path& file, const std::string& sql) {
    db::Database db(file, db::Database::Mode::ReadOnly);
    auto st = db.prepare(sql);
    return st.step() ? st.columnInt(0) : -1;
}
std::int64_t storedSeq(office::Office& o, const std::string& box) {
    for (const auto& b : o.boxes())
        if (b.box == box) return b.storedSeq;
    return 0;
}
} // namespace

TEST(Office, PlayLogReachesTheOfficeThroughABrokerOutageExactlyOnce) {
    TestOffice o;
    o.start();
    TestBox box(o, "box-cho-01");
    box.play(120);
    ASSERT_TRUE(waitFor([&] { return box.agent->stats().ackedSeq >= 241; }, 15000)) << box.agent->stats().ackedSeq;

    o.office->stopBroker(); // the outage: the box keeps logging
    box.play(150);
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    EXPECT_FALSE(box.agent->stats().connected);
    std::string error;
    ASSERT_TRUE(o.office->startBroker(&error)) << error;
    box.play(30);
    std::int64_t head = 0;
    {
        db::Database db(box.dataDir / "playlog.sqlite", db::Database::Mode::ReadOnly);
        auto st = db.prepare("SELECT max(s) FROM (SELECT max(seq) s FROM plays UNION ALL SELECT max(end_seq) FROM plays UNION ALL "
                             "SELECT max(seq) FROM events)");
        st.step();
        head = st.columnInt(0);
    }
    ASSERT_TRUE(waitFor([&] { return box.agent->stats().ackedSeq >= head; }, 30000)) << box.agent->stats().ackedSeq << " of " << head;
    EXPECT_EQ(count(o.dir.fleetLog(), "SELECT count(*) FROM plays"), 300);
    EXPECT_EQ(count(o.dir.fleetLog(), "SELECT count(*) FROM plays WHERE end_seq IS NOT NULL"), 300);
    EXPECT_EQ(count(o.dir.fleetLog(), "SELECT count(DISTINCT seq) FROM plays"), 300);
    EXPECT_GE(storedSeq(*o.office, "box-cho-01"), head);
}

TEST(Office, StatusIsRetainedAndTheLastWillSaysOffline) {
    TestOffice o;
    o.start();
    {
        TestBox box(o, "box-ben-xe");
        box.agent->post({"chinh/phai_to_giac", "chien-dich@1.0.0", "", false});
        ASSERT_TRUE(waitFor([&] {
            for (const auto& b : o.office->boxes())
                if (b.box == "box-ben-xe" && b.state == "online" && b.payload.find("phai_to_giac") != std::string::npos &&
                    b.heartbeatMs > 0)
                    return true;
            return false;
        }, 10000));
    } // the agent says goodbye: "offline"
    ASSERT_TRUE(waitFor([&] {
        auto b = o.office->boxes();
        return !b.empty() && b[0].state == "offline";
    }));
    EXPECT_NE(o.office->boxes()[0].payload.find("free_disk_mb"), std::string::npos);
}

// The console's "online since": a box repeats its status (every minute, and at once when what
// it shows changes), and only a change of state moves the time it has been in it.
TEST(Office, SinceMovesWhenTheStateChangesNotWithEveryStatus) {
    TestOffice o;
    o.start();
    auto row = [&] {
        for (const auto& b : o.office->boxes())
            if (b.box == "box-ubnd") return b;
        return office::BoxStatus{};
    };
    std::int64_t onlineSince = 0;
    {
        TestBox box(o, "box-ubnd", "ubnd-phuong");
        box.agent->post({"chinh/khong_chuyen_khoan", "chien-dich@1.0.0", "", false});
        ASSERT_TRUE(waitFor(
            [&] { return row().state == "online" && row().payload.find("khong_chuyen_khoan") != std::string::npos; },
            10000));
        onlineSince = row().sinceMs;
        EXPECT_GT(onlineSince, 0);
        const std::int64_t firstStatus = row().statusMs;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        box.agent->post({"chinh/phai_to_giac", "chien-dich@1.0.0", "", false}); // a new status, same state
        ASSERT_TRUE(waitFor([&] { return row().payload.find("phai_to_giac") != std::string::npos; }, 10000));
        EXPECT_GT(row().statusMs, firstStatus);
        EXPECT_EQ(row().sinceMs, onlineSince) << "still online since the first status";
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    } // goodbye: offline
    ASSERT_TRUE(waitFor([&] { return row().state == "offline"; }));
    // One snapshot: the goodbye and a later offline message (the will) may both arrive; the
    // second moves status_ms, not since_ms, so since is at most the last status.
    const office::BoxStatus offline = row();
    EXPECT_GT(offline.sinceMs, onlineSince) << "offline since the goodbye";
    EXPECT_LE(offline.sinceMs, offline.statusMs);
}

TEST(Office, ARevokedBoxCannotConnectAndAnUnenrolledKeyIsRefused) {
    TestOffice o;
    o.start();
    TestBox box(o, "box-cho-02");
    box.play(5);
    ASSERT_TRUE(waitFor([&] { return box.agent->stats().ackedSeq >= 11; }, 10000));
    // Re-enroll it under a different key: its batches are now from an untrusted key.
    auto other = playlog::BoxKey::generate();
    office::enrollBox(o.dir, o.settings, "box-cho-02-new", other.publicKey(), "", "127.0.0.1");
    std::ofstream(o.dir.trustedKeys()) << "box-cho-02 " << playlog::toHex(other.publicKey()) << "\n";
    o.office->reloadCredentials();
    box.play(5);
    ASSERT_TRUE(waitFor([&] { return o.office->stats().refused > 0; }, 10000));
    EXPECT_TRUE(waitFor([&] { return box.agent->stats().refusals > 0; }, 5000)); // the box is told why
    EXPECT_EQ(count(o.dir.fleetLog(), "SELECT count(*) FROM plays"), 5);

    office::revokeBox(o.dir, "box-cho-02");
    o.office->reloadCredentials();
    // A revoked credential: mosquitto refuses the next connection.
    box.agent->stop();
    fleet::AgentOptions ao;
    ao.config = box.config;
    ao.dataDir = box.dataDir;
    fleet::Agent again(ao);
    ASSERT_TRUE(again.start());
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    EXPECT_FALSE(again.stats().connected);
}
