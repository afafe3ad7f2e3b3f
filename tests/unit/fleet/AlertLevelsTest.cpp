// SPDX-License-Identifier: GPL-3.0-or-later
// Which alert holds the screen as alerts start and end (fleet::Agent's levels, on a
// manual clock, no network: alerts come in by the USB path, which runs the same checks).
// An alert replaced by a higher level comes back when that one ends, if it has not expired.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "core/Clock.h"
#include "fleet/Agent.h"
#include "fleet/Alert.h"
#include "playlog/BoxKey.h"
#include "schedule/InterruptControl.h"
#include "support/TempDir.h"

using namespace signage;

namespace {
constexpr std::int64_t kStart = 1'754'096'400'000; // 2025-08-02 08:00 +07:00
// A self-signed CA made for this test (the agent wants a readable CA file; no broker is reached).
constexpr const char* kTestCa = "-----BEGIN CERTIFICATE-----\n"
                                "MIIBlDCCATugAwIBAgIUbmvZjnFjH/X1e3GuccirQY0WobAwCgYIKoZIzj0EAwIw\n"
                                "HzEdMBsGA1UEAwwUc2lnbmFnZSB1bml0IHRlc3QgQ0EwIBcNMjYxMjA3MDIxNDUz\n"
                                "WhgPMjEyNjExMTMwMjE0NTNaMB8xHTAbBgNVBAMMFHNpZ25hZ2UgdW5pdCB0ZXN0\n"
                                "IENBMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEYFCCCmUIme+niNZuugBqnyiB\n"
                                "KHMuKAEJFoNcqbTggFu+ZODw5y88/MFYjD1lsWb7LYn4OJvrY1WtebPcgZNbqKNT\n"
                                "MFEwHQYDVR0OBBYEFJ1q9kXYGkLfY7C39ibB9/+lY9mQMB8GA1UdIwQYMBaAFJ1q\n"
                                "9kXYGkLfY7C39ibB9/+lY9mQMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwID\n"
                                "RwAwRAIgbkY0oOQXPUEazJQ8rcH4uZJeueS63tEn2l6Kt4YAufcCIHCTU+St2EJk\n"
                                "jyL/C+bVcWK1kcMhno8oFsWzhuQmUpLK\n"
                                "-----END CERTIFICATE-----\n";

template <typename F>
bool waitFor(F f, int ms = 3000) {
    for (int i = 0; i < ms / 20; ++i) {
        if (f()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return f();
}

struct LevelsBox : ::testing::Test {
    test::TempDir tmp;
    core::ManualClock clock{kStart};
    playlog::BoxKey office = playlog::BoxKey::loadOrCreate(tmp.path() / "office.key");
    std::unique_ptr<fleet::Agent> agent;
    schedule::InterruptControl control{tmp.path() / "data"};
    std::uint64_t items = 1;

    void SetUp() override {
        fleet::AgentOptions o;
        o.config.ward = "phuong-1";
        o.config.box = "box-cho-01";
        o.config.site = "cho-hong-an";
        o.config.port = 1; // nothing listens: the box is offline
        o.config.caPem = kTestCa;
        o.config.officeKey = office.publicKey();
        o.dataDir = tmp.path() / "data";
        o.clock = &clock;
        o.version = "test";
        agent = std::make_unique<fleet::Agent>(o);
        ASSERT_TRUE(agent->start());
        post();
    }
    void TearDown() override { agent->stop(); }

    void post() { agent->post({"chinh/item-" + std::to_string(items), "b@1", "", !by().empty(), items}); }
    void nextItem() {
        ++items;
        post();
    }
    std::string by() const {
        auto in = control.read();
        return in ? in->by : std::string();
    }
    void offer(const std::string& id, fleet::AlertLevel level, std::int64_t lastsMs) {
        fleet::Alert a;
        a.id = id;
        a.ward = "phuong-1";
        a.level = level;
        a.item = "item-" + id;
        a.startMs = a.issuedMs = clock.wallNow();
        a.expiryMs = clock.wallNow() + lastsMs;
        agent->offerAlert(fleet::signAlert(a, office), id + ".alert");
    }
    bool holds(const std::string& id) {
        return waitFor([&] { return by() == "alert:" + id; });
    }
};
} // namespace

TEST_F(LevelsBox, NormalAlertComesBackAfterThePriorityOneEnds) {
    offer("a-thuong", fleet::AlertLevel::Normal, 10 * 60'000);
    nextItem(); // a normal alert waits for the item boundary
    ASSERT_TRUE(holds("a-thuong"));
    offer("a-uu-tien", fleet::AlertLevel::Priority, 2 * 60'000);
    nextItem();
    ASSERT_TRUE(holds("a-uu-tien"));

    clock.advance(2 * 60'000 + 1000); // the priority alert expires; the normal one has 8 min left
    ASSERT_TRUE(holds("a-thuong")) << "the normal alert did not come back (screen: '" << by() << "')";
    auto in = control.read();
    ASSERT_TRUE(in);
    EXPECT_EQ(in->target, "item-a-thuong");
    EXPECT_EQ(in->until, kStart + 10 * 60'000) << "it comes back until its own expiry";

    clock.advance(8 * 60'000);
    EXPECT_TRUE(waitFor([&] { return by().empty(); })) << "the normal alert outlived its expiry";
    EXPECT_EQ(agent->stats().alertsTaken, 2u);
}

TEST_F(LevelsBox, AnExpiredNormalAlertDoesNotComeBack) {
    offer("a-thuong", fleet::AlertLevel::Normal, 60'000);
    nextItem();
    ASSERT_TRUE(holds("a-thuong"));
    offer("a-uu-tien", fleet::AlertLevel::Priority, 2 * 60'000);
    nextItem();
    ASSERT_TRUE(holds("a-uu-tien"));
    clock.advance(61'000); // the normal one expires under the priority one
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    EXPECT_EQ(by(), "alert:a-uu-tien");
    clock.advance(60'000);
    EXPECT_TRUE(waitFor([&] { return by().empty(); }));
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    EXPECT_EQ(by(), "") << "an expired alert came back";
}

TEST_F(LevelsBox, AfterAnEmergencyTheHighestLevelLeftComesBackFirst) {
    offer("a-thuong", fleet::AlertLevel::Normal, 10 * 60'000);
    nextItem();
    ASSERT_TRUE(holds("a-thuong"));
    offer("a-uu-tien", fleet::AlertLevel::Priority, 5 * 60'000);
    nextItem();
    ASSERT_TRUE(holds("a-uu-tien"));
    offer("a-khan", fleet::AlertLevel::Emergency, 60'000);
    ASSERT_TRUE(holds("a-khan")); // at once, no boundary

    clock.advance(61'000);
    ASSERT_TRUE(holds("a-uu-tien")) << "screen: '" << by() << "'";
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    EXPECT_EQ(by(), "alert:a-uu-tien") << "the normal alert took the screen from the priority one";
    clock.advance(4 * 60'000);
    ASSERT_TRUE(holds("a-thuong"));
}
