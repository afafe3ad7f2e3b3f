// SPDX-License-Identifier: GPL-3.0-or-later
// Signed alerts through a real Mosquitto: an emergency reaches the player's interrupt
// within 1 s and ends at its expiry; forged, expired, replayed and other-ward alerts are
// refused; got / shown / ended reach the office and the box's play log.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "db/Database.h"
#include "fleet/Alert.h"
#include "fleet/MqttClient.h"
#include "fleet/Topics.h"
#include "integration/fleet/FleetHarness.h"
#include "integration/fleet/TestBroker.h"
#include "schedule/InterruptControl.h"

using namespace signage;
using signage::test::TestBox;
using signage::test::TestOffice;
using signage::test::waitFor;

namespace {
bool hasAck(office::Office& o, const std::string& id, const std::string& box, const std::string& state) {
    for (const auto& a : o.alertAcks(id))
        if (a.box == box && a.state == state) return true;
    return false;
}

/// A second office connection, for publishing what the daemon never would.
std::unique_ptr<fleet::MqttClient> rawOffice(TestOffice& o) {
    fleet::MqttOptions m;
    m.port = o.settings.broker.port;
    m.clientId = "office-test";
    m.cleanSession = true;
    m.username = "office";
    m.password = o.dir.officePasswordText();
    m.caFile = o.dir.broker().caCert().string();
    auto c = std::make_unique<fleet::MqttClient>(m);
    c->start();
    EXPECT_TRUE(waitFor([&] { return c->connected(); }));
    return c;
}

fleet::Alert emergency(std::int64_t now, const std::string& id, std::int64_t lastsMs) {
    fleet::Alert a;
    a.id = id;
    a.level = fleet::AlertLevel::Emergency;
    a.item = "canh-bao-khan";
    a.message = "Lừa đảo mạo danh công an";
    a.expiryMs = now + lastsMs;
    a.boxes = {"box-cho-01"};
    return a;
}
} // namespace

TEST(Alerts, EmergencyBecomesTheInterruptWithinASecondAndEndsAtExpiry) {
    TestOffice o;
    o.start();
    TestBox box(o, "box-cho-01");
    ASSERT_TRUE(waitFor([&] { return box.agent->stats().connected; }));
    schedule::InterruptControl control(box.dataDir);
    const std::int64_t now = o.clock.wallNow();

    auto sent = std::chrono::steady_clock::now();
    o.office->publishAlert(emergency(now, "a-khan-1", 2500));
    ASSERT_TRUE(waitFor([&] { return control.read().has_value(); }, 1000)) << "not on the interrupt within 1 s";
    auto took = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - sent).count();
    auto in = control.read();
    EXPECT_EQ(in->target, "canh-bao-khan");
    EXPECT_EQ(in->by, "alert:a-khan-1");
    EXPECT_NEAR(static_cast<double>(in->until), static_cast<double>(now + 2500), 1000.0); // whole seconds in the file; the scheduler resumes then, network or not
    EXPECT_LT(took, 1000.0);
    ASSERT_TRUE(waitFor([&] { return hasAck(*o.office, "a-khan-1", "box-cho-01", "got"); }));

    box.agent->post({"khan/canh-bao-khan", "b@1", "", true}); // the player shows the interrupt
    EXPECT_TRUE(waitFor([&] { return hasAck(*o.office, "a-khan-1", "box-cho-01", "shown"); }));
    EXPECT_TRUE(waitFor([&] { return hasAck(*o.office, "a-khan-1", "box-cho-01", "ended"); }, 5000));
    EXPECT_FALSE(control.read().has_value());

    // The acks are in the box's own play log too (and reach the office with it).
    box.log->flush(std::chrono::seconds(2));
    db::Database log(box.dataDir / "playlog.sqlite", db::Database::Mode::ReadOnly);
    auto st = log.prepare("SELECT count(*) FROM events WHERE detail LIKE 'alert a-khan-1 %'");
    st.step();
    EXPECT_EQ(st.columnInt(0), 3);
}

TEST(Alerts, ForgedExpiredReplayedAndOtherWardAlertsAreRefused) {
    TestOffice o;
    o.start();
    TestBox box(o, "box-cho-01");
    ASSERT_TRUE(waitFor([&] { return box.agent->stats().connected; }));
    auto raw = rawOffice(o);
    fleet::Topics topics{o.settings.broker.ward};
    schedule::InterruptControl control(box.dataDir);
    auto key = playlog::BoxKey::load(o.dir.key());
    const std::int64_t now = o.clock.wallNow();

    auto forged = fleet::signAlert(emergency(now, "a-forged", 60000), playlog::BoxKey::generate()); // not the office key
    raw->publish(topics.alert("a-forged"), forged, 1, false);
    auto expired = emergency(now - 120000, "a-old", 60000);
    raw->publish(topics.alert("a-old"), fleet::signAlert(expired, key), 1, false);
    auto otherWard = emergency(now, "a-ward", 60000);
    otherWard.ward = "phuong-9";
    raw->publish(topics.alert("a-ward"), fleet::signAlert(otherWard, key), 1, false);
    ASSERT_TRUE(waitFor([&] { return box.agent->stats().alertsRefused >= 3; })) << box.agent->stats().alertsRefused;
    EXPECT_FALSE(control.read().has_value());

    // Taken once; the same signed bytes again (a replay) change nothing.
    auto good = fleet::signAlert(emergency(now, "a-good", 60000), key);
    auto goodAlert = emergency(now, "a-good", 60000);
    goodAlert.ward = o.settings.broker.ward;
    good = fleet::signAlert(goodAlert, key);
    raw->publish(topics.alert("a-good"), good, 1, false);
    ASSERT_TRUE(waitFor([&] { return control.read().has_value(); }));
    control.clear(); // staff stopped it on the box
    raw->publish(topics.alert("a-good"), good, 1, false);
    ASSERT_TRUE(waitFor([&] { return box.agent->stats().alertsRefused >= 4; }));
    EXPECT_FALSE(control.read().has_value());
    EXPECT_EQ(box.agent->stats().alertsTaken, 1u);
}

TEST(Alerts, AMessageAlertIsTheBannerUntilItExpires) {
    TestOffice o;
    o.start();
    TestBox box(o, "box-cho-01", "cho-hong-an");
    ASSERT_TRUE(waitFor([&] { return box.agent->stats().connected; }));
    fleet::Alert a;
    a.level = fleet::AlertLevel::Priority;
    a.message = "Không chuyển tiền cho người lạ";
    a.expiryMs = o.clock.wallNow() + 2000;
    a.sites = {"cho-hong-an"};
    a.id = "a-msg";
    o.office->publishAlert(a);
    ASSERT_TRUE(waitFor([&] { return !box.agent->banner().empty(); }));
    EXPECT_NE(box.agent->banner().find("Không chuyển tiền"), std::string::npos);
    EXPECT_TRUE(waitFor([&] { return hasAck(*o.office, "a-msg", "box-cho-01", "shown"); }));
    EXPECT_TRUE(waitFor([&] { return box.agent->banner().empty(); }, 4000));
}

// Stopping an agent while messages keep coming (here: alerts for another box, every few
// ms) is a clean goodbye: nothing is reported as "fleet inbox full". The inbox used to be
// closed before libmosquitto's thread stopped delivering, so every message of the
// goodbye failed its push and was logged as if the queue had overflowed.
TEST(Alerts, StoppingWhileMessagesArriveIsNotAnInboxOverflow) {
    TestOffice o;
    o.start();
    TestBox box(o, "box-cho-01");
    ASSERT_TRUE(waitFor([&] { return box.agent->stats().connected; }));
    auto raw = rawOffice(o);
    auto officeKey = playlog::BoxKey::load(o.dir.key());
    fleet::Topics topics{"phuong-1"};
    std::atomic<bool> done{false};
    std::thread spam([&] {
        for (int i = 0; !done && i < 2000; ++i) {
            auto a = emergency(o.clock.wallNow(), "a-khac-" + std::to_string(i), 60'000);
            a.ward = "phuong-1";
            a.boxes = {"box-ga-02"}; // not this box: checked and quietly ignored
            raw->publish(topics.alert(a.id), fleet::signAlert(a, officeKey), 1, false);
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(300)); // the stream is flowing
    testing::internal::CaptureStderr();
    box.agent->stop();
    const std::string err = testing::internal::GetCapturedStderr();
    done = true;
    spam.join();
    EXPECT_EQ(err.find("inbox full"), std::string::npos) << err;
}
