// SPDX-License-Identifier: GPL-3.0-or-later
// The same signed alert by USB (a bundle of kind alert: `signage office alert --usb`):
// dropped in the inbox (or found on a stick) it goes through ContentUpdates to the box
// agent, which checks it exactly like an MQTT alert: signature, ward, target, expiry and
// replay. The box here has no network at all (its broker port is closed).
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "app/AlertBundleDir.h"
#include "app/ContentUpdates.h"
#include "bundle/AlertBundle.h"
#include "bundle/BundleWriter.h"
#include "core/Lang.h"
#include "fleet/Alert.h"
#include "integration/fleet/FleetHarness.h"
#include "integration/fleet/TestBroker.h"
#include "office/Broker.h"
#include "schedule/InterruptControl.h"
#include "support/RunCommand.h"
#include "support/TempDir.h"
#include "unit/bundle/BundleFixtures.h"

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

// A box without network, its agent, and a ContentUpdates watching a fake mount table
// (the InboxWatcher's USB path, as a stick left in at boot: media/usb0 is mounted).
struct StickBox {
    TestOffice o;
    std::unique_ptr<TestBox> box;
    core::RealClock clock;
    std::unique_ptr<app::ContentUpdates> updates;
    std::filesystem::path media = o.tmp.path() / "media", stick = media / "usb0";
    test::TestKey wardKey = test::makeKey(o.tmp.path() / "ward-keys", "ubnd-phuong-1");

    StickBox() {
        o.start();
        box = std::make_unique<TestBox>(o, "box-cho-01", "cho-hong-an", false);
        fleet::AgentOptions ao;
        ao.config = box->config;
        ao.config.port = office::freeLoopbackPort(); // no broker there: the box is offline
        ao.dataDir = box->dataDir;
        ao.version = "test";
        auto* plog = box->log.get();
        ao.note = [plog](const std::string& d) { plog->event(playlog::EventKind::Note, d); };
        box->agent = std::make_unique<fleet::Agent>(ao);
        EXPECT_TRUE(box->agent->start());
        std::filesystem::create_directories(stick);
        // The box trusts the ward's bundle key (what /etc/signage/keys holds on a real box).
        ::setenv("SIGNAGE_TRUSTED_KEYS", wardKey.pubFile.c_str(), 1);
    }
    ~StickBox() { ::unsetenv("SIGNAGE_TRUSTED_KEYS"); }
    fleet::Agent* agent() { return box->agent.get(); }
    /// Plugs the stick in (at start-up) and starts watching.
    void plugIn() {
        test::writeFile(o.tmp.path() / "mountinfo", "40 22 8:17 / " + stick.string() + " rw,relatime - vfat /dev/sdb1 rw\n");
        updates = std::make_unique<app::ContentUpdates>(box->dataDir, clock, std::function<void()>{});
        updates->setUsbMounts(o.tmp.path() / "mountinfo", {media});
        fleet::Agent* a = agent();
        updates->onAlertFile([a](const std::string& wire, const std::filesystem::path& file) { a->offerAlert(wire, file.string()); });
        updates->start();
    }
    std::filesystem::path alertFile(const fleet::Alert& a, const playlog::BoxKey& key) {
        auto f = o.tmp.path() / (a.id + ".alert");
        test::writeFile(f, fleet::signAlert(a, key));
        return f;
    }
    std::int64_t notes(const std::string& like) {
        box->log->flush(std::chrono::seconds(2));
        db::Database log(box->dataDir / "playlog.sqlite", db::Database::Mode::ReadOnly);
        auto st = log.prepare("SELECT count(*) FROM events WHERE detail LIKE ?1");
        st.bind(1, like);
        return st.step() ? st.columnInt(0) : -1;
    }
};
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

TEST(UsbAlert, AlertBundleOnAMountedStickIsCheckedAndShown) {
    StickBox b;
    auto officeKey = playlog::BoxKey::load(b.o.dir.key());
    const std::int64_t now = b.clock.wallNow();
    // The office signs the alert; `signage bundle create --kind alert` wraps it with the ward's bundle key.
    auto file = b.alertFile(alertFor("box-cho-01", now, "a-usb-b1"), officeKey);
    auto r = test::runSignage({"bundle", "create", "--kind", "alert", file.string(), "--key", b.wardKey.keyFile.string(),
                               "--out", (b.stick / "khan.bundle").string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto v = test::runSignage({"bundle", "verify", (b.stick / "khan.bundle").string(), "--trusted-keys", b.wardKey.pubFile.string()});
    EXPECT_EQ(v.exitCode, 0) << v.err; // an ordinary signed bundle to every tool
    EXPECT_TRUE(bundle::isAlertBundle(b.stick / "khan.bundle"));

    b.plugIn();
    schedule::InterruptControl control(b.box->dataDir);
    ASSERT_TRUE(waitFor([&] { return control.read().has_value(); }, 5000)) << "the alert bundle did not become the interrupt";
    EXPECT_EQ(control.read()->by, "alert:a-usb-b1");
    EXPECT_EQ(b.agent()->stats().alertsTaken, 1u);
    EXPECT_EQ(b.agent()->stats().alertsRefused, 0u);
    // Not content: nothing is imported, no "not found" banner, the stick is left as it is.
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    EXPECT_EQ(b.updates->poll(), nullptr);
    EXPECT_EQ(b.updates->banner(), "");
    EXPECT_FALSE(std::filesystem::exists(b.box->dataDir / "bundles"));
    EXPECT_TRUE(std::filesystem::exists(b.stick / "khan.bundle"));
    EXPECT_EQ(b.notes("alert a-usb-b1 got"), 1);

    // `bundle import` of an alert bundle is refused: it is not content.
    auto imp = test::runSignage({"bundle", "import", (b.stick / "khan.bundle").string(), "--data-dir",
                                 (b.o.tmp.path() / "other-data").string(), "--trusted-keys", b.wardKey.pubFile.string()});
    EXPECT_EQ(imp.exitCode, 1) << imp.err;
    // An expired alert is not even packed.
    auto old = alertFor("box-cho-01", now - 120'000, "a-usb-b-old");
    auto late = test::runSignage({"bundle", "create", "--kind", "alert", b.alertFile(old, officeKey).string(), "--key",
                                  b.wardKey.keyFile.string(), "--out", (b.o.tmp.path() / "old.bundle").string()});
    EXPECT_EQ(late.exitCode, 1);
    EXPECT_NE(late.err.find("a-usb-b-old"), std::string::npos) << late.err;
}

TEST(UsbAlert, ForgedOrExpiredAlertBundlesAreRefusedWithALogLineAndTheBoxPlaysOn) {
    StickBox b;
    core::setLang(core::Lang::Vi);
    auto officeKey = playlog::BoxKey::load(b.o.dir.key());
    const std::int64_t now = b.clock.wallNow();
    auto pack = [&](const fleet::Alert& a, const playlog::BoxKey& signer, const std::string& name, const test::TestKey& bundleKey,
                    std::int64_t packedAt) {
        auto dir = b.o.tmp.path() / ("stage-" + name);
        std::string why;
        EXPECT_TRUE(app::stageAlertBundle(b.alertFile(a, signer), dir, packedAt, &why)) << why;
        bundle::createBundle(dir, bundleKey.secret, b.stick / (name + ".bundle"));
    };
    // Expired: packed while it was valid, plugged in after its expiry.
    pack(alertFor("box-cho-01", now - 120'000, "a-old"), officeKey, "expired", b.wardKey, now - 119'000);
    // Forged: the alert signed with another key, wrapped with the trusted bundle key.
    auto forger = playlog::BoxKey::loadOrCreate(b.o.tmp.path() / "forger.key");
    pack(alertFor("box-cho-01", now, "a-forged"), forger, "forged", b.wardKey, now);
    // Signed with a bundle key the box does not trust.
    auto stranger = test::makeKey(b.o.tmp.path() / "stranger", "la");
    pack(alertFor("box-cho-01", now, "a-stranger"), officeKey, "stranger", stranger, now);
    // Altered after signing (one byte of the tar changed).
    pack(alertFor("box-cho-01", now, "a-altered"), officeKey, "altered", b.wardKey, now);
    {
        std::string bytes = test::readFile(b.stick / "altered.bundle");
        bytes[bytes.size() / 3] ^= 0x20;
        test::writeFile(b.stick / "altered.bundle", bytes);
    }

    testing::internal::CaptureStderr();
    b.plugIn();
    const bool refused = waitFor([&] { return b.agent()->stats().alertsRefused == 2; }, 5000);
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    const std::string err = testing::internal::GetCapturedStderr();
    ASSERT_TRUE(refused) << err;
    EXPECT_EQ(b.agent()->stats().alertsTaken, 0u);
    // The bundle walls: a clear line each, naming the file and why.
    EXPECT_NE(err.find("từ chối gói cảnh báo " + (b.stick / "stranger.bundle").string()), std::string::npos) << err;
    EXPECT_NE(err.find("từ chối gói cảnh báo " + (b.stick / "altered.bundle").string()), std::string::npos) << err;
    EXPECT_NE(err.find("vẫn phát nội dung hiện tại"), std::string::npos) << err;
    // The alert walls (the agent's checks, as for MQTT): a line in the play log each.
    EXPECT_EQ(b.notes("alert a-old refused: expired (USB: %expired.bundle)"), 1);
    EXPECT_EQ(b.notes("alert %refused: bad signature (USB: %forged.bundle)"), 1);
    // The box plays on: no interrupt, nothing imported, and its play log keeps logging.
    schedule::InterruptControl control(b.box->dataDir);
    EXPECT_FALSE(control.read().has_value());
    EXPECT_EQ(b.updates->poll(), nullptr);
    EXPECT_FALSE(std::filesystem::exists(b.box->dataDir / "bundles"));
    b.box->play(2);
    b.box->log->flush(std::chrono::seconds(2));
    db::Database log(b.box->dataDir / "playlog.sqlite", db::Database::Mode::ReadOnly);
    auto st = log.prepare("SELECT count(*) FROM plays");
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.columnInt(0), 2);
}
