// SPDX-License-Identifier: GPL-3.0-or-later
// The same signed alert by USB (a bundle of kind alert: `signage office alert --usb`):
// dropped in the inbox (or found on a stick) it goes through ContentUpdates to the box
// agent, which checks it exactly like an MQTT alert: signature, ward, target, expiry and
// replay. The box here has no network at all (its broker port is closed). The last two
// tests run the real `signage play` (inbox, and a stick bind-mounted under /media in a
// private mount namespace: skipped where unshare is not allowed).
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
        test::writeFile(o.tmp.path() / "mountinfo",
                        "40 22 8:17 / " + stick.string() + " rw,relatime - vfat /dev/sdb1 rw\n");
        updates = std::make_unique<app::ContentUpdates>(box->dataDir, clock, std::function<void()>{});
        updates->setUsbMounts(o.tmp.path() / "mountinfo", {media});
        fleet::Agent* a = agent();
        updates->onAlertFile(
            [a](const std::string& wire, const std::filesystem::path& file) { a->offerAlert(wire, file.string()); });
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
    auto r = test::runSignage({"bundle", "create", "--kind", "alert", file.string(), "--key",
                               b.wardKey.keyFile.string(), "--out", (b.stick / "khan.bundle").string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto v = test::runSignage(
        {"bundle", "verify", (b.stick / "khan.bundle").string(), "--trusted-keys", b.wardKey.pubFile.string()});
    EXPECT_EQ(v.exitCode, 0) << v.err; // an ordinary signed bundle to every tool
    EXPECT_TRUE(bundle::isAlertBundle(b.stick / "khan.bundle"));

    b.plugIn();
    schedule::InterruptControl control(b.box->dataDir);
    ASSERT_TRUE(waitFor([&] { return control.read().has_value(); }, 5000))
        << "the alert bundle did not become the interrupt";
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
    auto imp =
        test::runSignage({"bundle", "import", (b.stick / "khan.bundle").string(), "--data-dir",
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
    auto pack = [&](const fleet::Alert& a, const playlog::BoxKey& signer, const std::string& name,
                    const test::TestKey& bundleKey, std::int64_t packedAt) {
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

// ------------------------------------------------------------------ the real player
// `signage play` itself (its ContentUpdates, InboxWatcher and FleetLink, not this
// process's copies): alert bundles on a stick, a box with [fleet] settings and no
// network. The good alert becomes the banner on screen and its got/shown acks are in the
// box's play log; the forged, expired and other-ward ones each get a line and a note.
namespace {
struct PlayerStick {
    TestOffice o; // never started: no broker, the box is offline
    std::filesystem::path data = o.tmp.path() / "data", stick = o.tmp.path() / "stick", shots = o.tmp.path() / "shots";
    test::TestKey wardKey = test::makeKey(o.tmp.path() / "ward-keys", "ubnd-phuong-1");
    playlog::BoxKey officeKey = playlog::BoxKey::load(o.dir.key());
    std::int64_t now = core::RealClock{}.wallNow();

    PlayerStick() {
        std::filesystem::create_directories(stick);
        // The box's log key exists before enrollment (the player keeps it: data/box.key).
        auto boxKey = playlog::BoxKey::loadOrCreate(data / "box.key");
        auto e = office::enrollBox(o.dir, o.settings, "box-cho-01", boxKey.publicKey(), "cho-hong-an", "127.0.0.1");
        test::writeFile(o.tmp.path() / "signage.toml",
                        "[box]\nid = \"box-cho-01\"\nsite = \"cho-hong-an\"\n\n[fleet]\nenrollment = \"" +
                            e.file.string() + "\"\n");
    }
    void pack(const fleet::Alert& a, const playlog::BoxKey& signer, const std::string& name, std::int64_t packedAt) {
        auto file = o.tmp.path() / (a.id + ".alert");
        test::writeFile(file, fleet::signAlert(a, signer));
        auto dir = o.tmp.path() / ("stage-" + name);
        std::string why;
        ASSERT_TRUE(app::stageAlertBundle(file, dir, packedAt, &why)) << why;
        bundle::createBundle(dir, wardKey.secret, stick / (name + ".bundle"));
    }
    /// Runs the player for `seconds`; `plug` (shell) runs 2 s after its start. Its stderr.
    std::string play(const std::string& plug, int seconds, const std::string& wrap = "") {
        std::string player = std::string(SIGNAGE_BINARY) + " play --data-dir " + data.string() + " --config " +
                             (o.tmp.path() / "signage.toml").string() + " --window 640x360 --lang en --exit-after " +
                             std::to_string(seconds) + "s --screenshot-dir " + shots.string() +
                             " --screenshot-every 1s";
        std::string script = player + " 2>" + (o.tmp.path() / "log").string() + " & pid=$!; sleep 2; " + plug +
                             "; wait $pid; cat " + (o.tmp.path() / "log").string();
        std::vector<std::string> argv = {"bash", "-c", script};
        if (!wrap.empty()) argv = {"unshare", "-m", "--propagation", "private", "bash", "-c", wrap + script};
        return test::runCommand(argv, seconds + 40,
                                {"SDL_VIDEODRIVER=offscreen", "SDL_AUDIODRIVER=dummy",
                                 "SIGNAGE_TRUSTED_KEYS=" + wardKey.pubFile.string()})
            .out;
    }
    std::int64_t notes(const std::string& like) {
        db::Database log(data / "playlog.sqlite", db::Database::Mode::ReadOnly);
        auto st = log.prepare("SELECT count(*) FROM events WHERE detail LIKE ?1");
        st.bind(1, like);
        return st.step() ? st.columnInt(0) : -1;
    }
    std::int64_t plays() {
        db::Database log(data / "playlog.sqlite", db::Database::Mode::ReadOnly);
        auto st = log.prepare("SELECT count(*) FROM plays");
        return st.step() ? st.columnInt(0) : -1;
    }
    void packAll() {
        auto good = alertFor("box-cho-01", now, "a-usb-player");
        good.level = fleet::AlertLevel::Priority;
        good.item.clear(); // a message alert: the banner, drawn by the player's loop
        good.message = "Cảnh báo: không chuyển tiền cho người gọi tự xưng công an";
        good.expiryMs = now + 10 * 60'000;
        pack(good, officeKey, "khan", now);
        pack(alertFor("box-cho-01", now - 120'000, "a-usb-old"), officeKey, "expired", now - 119'000);
        auto forger = playlog::BoxKey::loadOrCreate(o.tmp.path() / "forger.key");
        pack(alertFor("box-cho-01", now, "a-usb-forged"), forger, "forged", now);
        auto ward = alertFor("box-cho-01", now, "a-usb-ward2");
        ward.ward = "phuong-2";
        pack(ward, officeKey, "ward2", now);
    }
    void expectOutcome(const std::string& log) {
        // Shown by the player, acknowledged in its play log.
        EXPECT_EQ(notes("alert a-usb-player got"), 1) << log;
        EXPECT_EQ(notes("alert a-usb-player shown"), 1) << log;
        // Refused, each with a clear line (stderr) and a play-log note naming the file.
        EXPECT_NE(log.find("alert refused a-usb-old (USB: "), std::string::npos) << log;
        // (a forged alert's id is not believed: the line names the file)
        EXPECT_NE(log.find("forged.bundle): bad signature (forged?)"), std::string::npos) << log;
        EXPECT_NE(log.find("alert refused a-usb-ward2 (USB: "), std::string::npos) << log;
        EXPECT_EQ(notes("alert a-usb-old refused: expired (USB: %expired.bundle)"), 1) << log;
        EXPECT_EQ(notes("alert %refused: bad signature (USB: %forged.bundle)"), 1) << log;
        EXPECT_EQ(notes("alert a-usb-ward2 refused: for another ward (USB: %ward2.bundle)"), 1) << log;
        // Not content: nothing installed, and the box kept playing.
        EXPECT_FALSE(std::filesystem::exists(data / "bundles" / "current")) << log;
        EXPECT_GT(plays(), 0) << log;
    }
};
} // namespace

TEST(UsbAlertPlayer, AlertBundlesDroppedInTheInboxAreShownOrRefusedByThePlayer) {
    PlayerStick p;
    p.packAll();
    const std::string inbox = (p.data / "inbox").string();
    // Signatures first, then the bundles (as ContentUpdate's tests drop content).
    std::string log = p.play("mkdir -p " + inbox + " && (cp " + p.stick.string() + "/*.minisig " + inbox +
                                 "/ 2>/dev/null; cp " + p.stick.string() + "/*.bundle " + inbox + "/)",
                             12);
    p.expectOutcome(log);
    EXPECT_TRUE(std::filesystem::is_empty(inbox)) << log; // taken from the inbox, as content bundles are
}

TEST(UsbAlertPlayer, AlertBundlesOnAStickMountedUnderMediaAreShownOrRefusedByThePlayer) {
    // A real mount in a private mount namespace: a tmpfs over /media (nothing outside
    // sees it), then the stick's directory bind-mounted at /media/usb0 while the player
    // runs, which is what the kernel's mount table shows when udisks mounts a stick.
    if (test::runCommand({"unshare", "-m", "--propagation", "private", "sh", "-c", "mount -t tmpfs t /media"})
            .exitCode != 0)
        GTEST_SKIP() << "no private mount namespace here (needs CAP_SYS_ADMIN); the inbox test covers the same path";
    PlayerStick p;
    p.packAll();
    std::string log = p.play("mkdir -p /media/usb0 && mount --bind " + p.stick.string() + " /media/usb0", 12,
                             "mount -t tmpfs media /media && ");
    p.expectOutcome(log);
    EXPECT_NE(log.find("/media/usb0/khan.bundle"), std::string::npos) << log;
    // The stick is left as it was (alerts are not taken off a stick).
    EXPECT_TRUE(std::filesystem::exists(p.stick / "khan.bundle"));
}
