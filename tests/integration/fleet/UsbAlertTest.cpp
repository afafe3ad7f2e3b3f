// SPDX-License-Identifier: GPL-3.0-or-later
// The same signed alert by USB (a bundle of kind alert: `signage office alert --usb`):
// dropped in the inbox (or found on a stick) it goes through ContentUpdates to the box
// agent, which checks it exactly like an MQTT alert: signature, ward, target, expiry and
// replay. The box here has no network at all (its broker port is closed).
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "app/ContentUpdates.h"
#include "fleet/Alert.h"
#include "integration/fleet/FleetHarness.h"
#include "integration/fleet/TestBroker.h"
#include "office/Broker.h"
#include "schedule/InterruptControl.h"
#include "support/RunCommand.h"
#include "support/TempDir.h"

using namespace signage;
using signage::test::TestBox;
using signage::test::TestOffice;
using signage::test::waitFor;

namespace {
void drop(const std::filesystem::path& dataDir, const std::string& name, const std::string& wire) {
    std::filesystem::create_directories(dataDir / "inbox");
    auto tmp = dataDir / ("." + name); // written aside, then moved in (how a copy lands)
    std::ofstream(tmp, std::ios::binary) << wire;
    std::filesystem::rename(tmp, dataDir / "inbox" / name);
}

fleet::Alert alertFor(const std::string& box, std::int64_t now, const std::string& id) {
    fleet::Alert a;
    a.id = id;
    a.ward = "phuong-1";
    a.level = fleet::AlertLevel::Emergency;
    a.item = "canh-bao-khan";
    a.message = "Cảnh báo lừa đảo qua điện thoại";
    a.startMs = a.issuedMs = now;
    a.expiryMs = now + 60'000;
    a.boxes = {box};
    return a;
}
} // namespace

TEST(UsbAlert, CheckedLikeAnMqttAlertOnABoxWithoutNetwork) {
    TestOffice o;
    o.start();
    TestBox box(o, "box-cho-01", "cho-hong-an", false);
    fleet::AgentOptions ao;
    ao.config = box.config;
    ao.config.port = office::freeLoopbackPort(); // no broker there: the box is offline
    ao.dataDir = box.dataDir;
    ao.version = "test";
    auto* plog = box.log.get();
    ao.note = [plog](const std::string& d) { plog->event(playlog::EventKind::Note, d); };
    box.agent = std::make_unique<fleet::Agent>(ao);
    ASSERT_TRUE(box.agent->start());

    core::RealClock clock;
    app::ContentUpdates updates(box.dataDir, clock, {});
    fleet::Agent* agent = box.agent.get();
    updates.onAlertFile([agent](const std::string& wire, const std::filesystem::path& file) {
        agent->offerAlert(wire, file.string());
    });
    updates.start();

    auto officeKey = playlog::BoxKey::load(o.dir.key());
    const std::int64_t now = clock.wallNow();
    schedule::InterruptControl control(box.dataDir);

    drop(box.dataDir, "khan.alert", fleet::signAlert(alertFor("box-cho-01", now, "a-usb-1"), officeKey));
    ASSERT_TRUE(waitFor([&] { return control.read().has_value(); }, 5000))
        << "the USB alert did not become the interrupt";
    EXPECT_EQ(control.read()->by, "alert:a-usb-1");
    EXPECT_EQ(agent->stats().alertsTaken, 1u);
    EXPECT_TRUE(waitFor([&] { return !std::filesystem::exists(box.dataDir / "inbox" / "khan.alert"); }));

    // The same file again (a stick plugged in twice): a replay.
    drop(box.dataDir, "khan.alert", fleet::signAlert(alertFor("box-cho-01", now, "a-usb-1"), officeKey));
    EXPECT_TRUE(waitFor([&] { return agent->stats().alertsRefused == 1; }, 5000));
    // Expired.
    auto old = alertFor("box-cho-01", now - 120'000, "a-usb-old");
    drop(box.dataDir, "old.alert", fleet::signAlert(old, officeKey));
    EXPECT_TRUE(waitFor([&] { return agent->stats().alertsRefused == 2; }, 5000));
    // Forged: signed with another key.
    auto other = playlog::BoxKey::loadOrCreate(o.tmp.path() / "forger.key");
    drop(box.dataDir, "forged.alert", fleet::signAlert(alertFor("box-cho-01", now, "a-usb-forged"), other));
    EXPECT_TRUE(waitFor([&] { return agent->stats().alertsRefused == 3; }, 5000));
    // Another ward.
    auto ward = alertFor("box-cho-01", now, "a-usb-ward");
    ward.ward = "phuong-2";
    drop(box.dataDir, "ward.alert", fleet::signAlert(ward, officeKey));
    EXPECT_TRUE(waitFor([&] { return agent->stats().alertsRefused == 4; }, 5000));
    // For another box: not taken (and not an error on this one).
    drop(box.dataDir, "other.alert", fleet::signAlert(alertFor("box-ga-02", now, "a-usb-other"), officeKey));
    EXPECT_TRUE(waitFor([&] { return !std::filesystem::exists(box.dataDir / "inbox" / "other.alert"); }, 5000));
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    EXPECT_EQ(agent->stats().alertsTaken, 1u);
    EXPECT_EQ(control.read()->by, "alert:a-usb-1");

    // Each refusal has its play-log line ("alert ID refused: REASON (USB: FILE)").
    box.agent->stop();
    box.log->flush(std::chrono::seconds(2));
    db::Database log(box.dataDir / "playlog.sqlite", db::Database::Mode::ReadOnly);
    auto st = log.prepare("SELECT count(*) FROM events WHERE detail LIKE 'alert %refused%USB%'");
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.columnInt(0), 4);
    auto got = log.prepare("SELECT count(*) FROM events WHERE detail = 'alert a-usb-1 got'");
    ASSERT_TRUE(got.step());
    EXPECT_EQ(got.columnInt(0), 1);
}

TEST(UsbAlert, OfficeCommandWritesAnAlertBundleWithoutTheNetwork) {
    TestOffice o; // not started: no broker, no daemon
    test::TempDir out;
    auto r = test::runSignage({"office", "--dir", o.dir.root().string(), "alert", "--level", "priority", "--message",
                               "Không chuyển tiền cho người lạ", "--for", "2h", "--site", "cho-hong-an", "--usb",
                               out.path().string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    std::string id = r.out.substr(0, r.out.find('\n'));
    auto file = out.path() / (id + ".alert");
    ASSERT_TRUE(std::filesystem::exists(file)) << r.err;
    std::ifstream in(file, std::ios::binary);
    std::string wire((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto key = playlog::BoxKey::load(o.dir.key());
    auto c =
        fleet::checkAlert(wire, key.publicKey(), "phuong-1", "box-cho-01", "cho-hong-an", core::RealClock{}.wallNow());
    EXPECT_EQ(c.refusal, fleet::AlertRefusal::None) << fleet::refusalName(c.refusal);
    ASSERT_TRUE(c.alert);
    EXPECT_EQ(c.alert->level, fleet::AlertLevel::Priority);
    EXPECT_EQ(c.alert->message, "Không chuyển tiền cho người lạ");
}
