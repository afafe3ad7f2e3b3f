// SPDX-License-Identifier: GPL-3.0-or-later
// Content over the network: the office announces a signed bundle, the box downloads it
// over HTTPS with resume, checks size and sha256 and hands it to the importer (the same
// verifier as a USB stick). A download cut half way resumes with a Range request; a
// tampered or truncated file is refused and the box keeps its current content.
#include <gtest/gtest.h>
#include <httplib.h>

#include <thread>

#include "bundle/Importer.h"
#include "fleet/BundleAnnounce.h"
#include "fleet/Download.h"
#include "fleet/MqttClient.h"
#include "fleet/Topics.h"
#include "integration/fleet/FleetHarness.h"
#include "integration/fleet/TestBroker.h"
#include "office/Broker.h"
#include "support/TempDir.h"
#include "unit/bundle/BundleFixtures.h"

using namespace signage;
using signage::test::TestBox;
using signage::test::TestOffice;
using signage::test::waitFor;

namespace {
/// A plain-HTTP server whose first answer stops after half the body (a dropped link).
struct CuttingServer {
    httplib::Server srv;
    std::thread thread;
    int port = 0;
    std::string body;
    std::atomic<int> requests{0};
    std::atomic<int> ranged{0};
    std::string lastRange;

    explicit CuttingServer(std::string data) : body(std::move(data)) {
        srv.Get("/b.bundle", [this](const httplib::Request& req, httplib::Response& res) {
            int n = ++requests;
            if (req.has_header("Range")) {
                ++ranged;
                lastRange = req.get_header_value("Range");
            }
            res.set_content_provider(body.size(), "application/octet-stream",
                                     [this, n](size_t off, size_t len, httplib::DataSink& sink) {
                                         if (n == 1 && off >= body.size() / 2)
                                             return false; // cut the first transfer half way
                                         size_t chunk = std::min<size_t>(len, 16 * 1024);
                                         if (n == 1) chunk = std::min(chunk, body.size() / 2 - off);
                                         return sink.write(body.data() + off, chunk);
                                     });
        });
        port = srv.bind_to_any_port("127.0.0.1");
        thread = std::thread([this] { srv.listen_after_bind(); });
    }
    ~CuttingServer() {
        srv.stop();
        thread.join();
    }
};

std::string blob(size_t n) {
    std::string s(n, '\0');
    for (size_t i = 0; i < n; ++i) s[i] = static_cast<char>((i * 2654435761u) >> 13);
    return s;
}
} // namespace

TEST(BundleDownload, CutHalfWayResumesWithARangeRequest) {
    const std::string body = blob(3 << 20);
    CuttingServer server(body);
    test::TempDir tmp;
    fleet::DownloadRequest r;
    r.url = "http://127.0.0.1:" + std::to_string(server.port) + "/b.bundle";
    r.partFile = tmp.path() / "x.part";
    r.size = body.size();
    r.sha256 = test::sha256Hex(body);
    r.stallSeconds = 5;

    auto first = fleet::downloadResumable(r);
    EXPECT_EQ(first.status, fleet::DownloadResult::Status::Interrupted) << first.detail;
    ASSERT_TRUE(std::filesystem::exists(r.partFile));
    auto half = std::filesystem::file_size(r.partFile);
    EXPECT_GT(half, 0u);
    EXPECT_LT(half, body.size());

    auto second = fleet::downloadResumable(r);
    EXPECT_EQ(second.status, fleet::DownloadResult::Status::Complete) << second.detail;
    EXPECT_EQ(second.resumedFrom, half);
    EXPECT_EQ(second.received, body.size() - half) << "only the rest is fetched";
    EXPECT_EQ(server.ranged.load(), 1);
    EXPECT_EQ(server.lastRange, "bytes=" + std::to_string(half) + "-");
    EXPECT_EQ(test::readFile(r.partFile), body);
}

TEST(BundleDownload, TamperedOrTruncatedFileIsRefusedAndDeleted) {
    std::string body = blob(200'000);
    CuttingServer server(body);
    server.requests = 1; // no cut: every answer is whole
    test::TempDir tmp;
    fleet::DownloadRequest r;
    r.url = "http://127.0.0.1:" + std::to_string(server.port) + "/b.bundle";
    r.partFile = tmp.path() / "x.part";
    r.size = body.size();
    std::string good = test::sha256Hex(body);
    r.sha256 = std::string(64, '0'); // the file is not what was announced
    auto bad = fleet::downloadResumable(r);
    EXPECT_EQ(bad.status, fleet::DownloadResult::Status::Mismatch);
    EXPECT_NE(bad.detail.find("sha256"), std::string::npos) << bad.detail;
    EXPECT_FALSE(std::filesystem::exists(r.partFile)) << "a refused download leaves no file";

    // A partial file whose first half was altered on disk: resumed, then refused by sha256.
    r.sha256 = good;
    std::string altered = body.substr(0, body.size() / 2);
    altered[10] ^= 0x5a;
    test::writeFile(r.partFile, altered);
    auto resumed = fleet::downloadResumable(r);
    EXPECT_EQ(resumed.status, fleet::DownloadResult::Status::Mismatch);
    EXPECT_FALSE(std::filesystem::exists(r.partFile));

    // Announced smaller than what the server sends: refused, not written past the size.
    r.size = body.size() - 1000;
    auto tooLong = fleet::downloadResumable(r);
    EXPECT_EQ(tooLong.status, fleet::DownloadResult::Status::Mismatch) << tooLong.detail;
}

TEST(BundleDownload, AnnouncedBundleReachesTheBoxOverHttpsAndImports) {
    TestOffice o;
    o.start();
    ASSERT_GT(o.office->httpPort(), 0);
    auto key = test::makeKey(o.tmp.path(), "content");
    auto content = test::makeContent(o.tmp.path() / "content-2", "2.0.0", {{"a.png", 300'000}, {"b.mp4", 900'000}});
    auto file = test::makeBundle(content, key, o.tmp.path() / "demo-2.bundle");

    TestBox box(o, "box-cho-01");
    ASSERT_TRUE(waitFor([&] { return box.agent->stats().connected; }));
    std::string wire = o.office->announceBundle(file);
    std::string why;
    auto a = fleet::checkAnnouncement(wire, box.config.officeKey, box.config.ward, &why);
    ASSERT_TRUE(a) << why;
    EXPECT_EQ(a->id, "demo");
    EXPECT_EQ(a->version, "2.0.0");

    auto inboxFile = box.dataDir / "inbox" / "demo-2.0.0.bundle";
    ASSERT_TRUE(waitFor([&] { return box.agent->stats().bundlesDownloaded == 1; }, 15000));
    ASSERT_TRUE(std::filesystem::exists(inboxFile));
    ASSERT_TRUE(std::filesystem::exists(inboxFile.string() + ".minisig"));
    EXPECT_EQ(test::readFile(inboxFile), test::readFile(file));

    // The player's importer takes it from the inbox with the box's trusted content keys.
    auto result = bundle::importBundle(inboxFile, test::optionsFor(box.dataDir, key));
    EXPECT_EQ(result.status, bundle::ImportResult::Status::Installed) << result.message();
    EXPECT_EQ(test::playableProblem(box.dataDir), "");

    // A retained announcement delivered again after a restart is not downloaded twice.
    box.agent->stop();
    std::filesystem::remove(inboxFile);
    box.agent = std::make_unique<fleet::Agent>(fleet::AgentOptions{box.config, box.dataDir, nullptr, "test", {}});
    ASSERT_TRUE(box.agent->start());
    ASSERT_TRUE(waitFor([&] { return box.agent->stats().connected; }));
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    EXPECT_EQ(box.agent->stats().bundlesDownloaded, 0u);
    EXPECT_FALSE(std::filesystem::exists(inboxFile));
}

TEST(BundleDownload, TamperedOnTheOfficeIsRefusedAndTheOldContentStays) {
    TestOffice o;
    o.start();
    auto key = test::makeKey(o.tmp.path(), "content");
    auto v1 = test::makeBundle(test::makeContent(o.tmp.path() / "c1", "1.0.0", {{"a.png", 5000}}), key,
                               o.tmp.path() / "demo-1.bundle");
    auto v2 = test::makeBundle(test::makeContent(o.tmp.path() / "c2", "2.0.0", {{"a.png", 400'000}}), key,
                               o.tmp.path() / "demo-2.bundle");
    TestBox box(o, "box-cho-01");
    ASSERT_EQ(bundle::importBundle(v1, test::optionsFor(box.dataDir, key)).status,
              bundle::ImportResult::Status::Installed);
    const std::string before = test::contentTarget(box.dataDir);
    ASSERT_TRUE(waitFor([&] { return box.agent->stats().connected; }));

    // Forged announcement (not signed by the office key): refused before any download.
    {
        fleet::BundleAnnouncement f;
        f.ward = box.config.ward;
        f.id = "demo";
        f.version = "9.0.0";
        f.file = "demo-9.0.0.bundle";
        f.size = 10;
        f.sha256 = std::string(64, 'a');
        f.url = "https://{host}:1/bundles/demo-9.0.0.bundle";
        f.minisig = "x";
        auto other = playlog::BoxKey::loadOrCreate(o.tmp.path() / "not-the-office.key");
        fleet::MqttOptions m;
        m.port = o.settings.broker.port;
        m.clientId = "office-forger";
        m.cleanSession = true;
        m.username = "office";
        m.password = o.dir.officePasswordText();
        m.caFile = o.dir.broker().caCert().string();
        fleet::MqttClient c(m);
        ASSERT_TRUE(c.start());
        ASSERT_TRUE(waitFor([&] { return c.connected(); }));
        c.publish(fleet::Topics{box.config.ward}.bundle(), fleet::signAnnouncement(f, other), 1, false);
        ASSERT_TRUE(waitFor([&] { return box.agent->stats().downloadsRefused == 1; }));
        c.stop();
    }

    // The office announces v2 while the box is off; the served file is altered before the
    // box comes back and fetches it (same size, one bit flipped).
    box.agent->stop();
    o.office->announceBundle(v2);
    auto served = o.dir.bundles() / "demo-2.0.0.bundle";
    std::string bytes = test::readFile(served);
    bytes[bytes.size() / 2] ^= 0x01;
    test::writeFile(served, bytes);
    box.agent = std::make_unique<fleet::Agent>(fleet::AgentOptions{box.config, box.dataDir, nullptr, "test", {}});
    ASSERT_TRUE(box.agent->start());
    ASSERT_TRUE(waitFor([&] { return box.agent->stats().downloadsRefused == 1; }, 15000));
    EXPECT_EQ(box.agent->stats().bundlesDownloaded, 0u);
    EXPECT_FALSE(std::filesystem::exists(box.dataDir / "inbox" / "demo-2.0.0.bundle"));
    EXPECT_TRUE(std::filesystem::is_empty(box.dataDir / "fleet" / "download"));
    EXPECT_EQ(test::contentTarget(box.dataDir), before) << "the old content stays installed";
    EXPECT_EQ(test::playableProblem(box.dataDir), "");
}
