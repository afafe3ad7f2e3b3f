// SPDX-License-Identifier: GPL-3.0-or-later
// The web console over real HTTP (httplib::Client) against a simulated ward of 20 boxes
// (real Mosquitto, real agents): what an officer sees, and bad input refused with
// nothing changed.
#include <gtest/gtest.h>

#include <httplib.h>
#include <regex>

#include "integration/console/ConsoleFleet.h"
#include "integration/fleet/TestBroker.h"
#include "office/web/ConsoleImpl.h"
#include "office/web/SafeZip.h"
#include "bundle/Importer.h"
#include "db/Database.h"
#include "bundle/Keys.h"
#include "bundle/Verifier.h"
#include "playlog/Dating.h"

namespace signage::test {
namespace {

struct Browser {
    httplib::Client http;
    std::string sid, csrf;
    explicit Browser(int port) : http("127.0.0.1", port) { http.set_read_timeout(20, 0); }

    httplib::Headers headers() const {
        return sid.empty() ? httplib::Headers{} : httplib::Headers{{"Cookie", "sid=" + sid}};
    }
    httplib::Result get(const std::string& path) { return http.Get(path.c_str(), headers()); }
    httplib::Result post(const std::string& path, httplib::Params p) { return http.Post(path.c_str(), headers(), p); }
    httplib::Result upload(const std::string& path, httplib::MultipartFormDataItems items) {
        return http.Post(path.c_str(), headers(), items);
    }

    /// Logs in; returns the status of the answer (303 when it worked).
    int login(const std::string& user, const std::string& password) {
        auto r = http.Post("/login", httplib::Params{{"user", user}, {"password", password}});
        if (!r) return -1;
        std::smatch m;
        std::string cookie = r->get_header_value("Set-Cookie");
        if (std::regex_search(cookie, m, std::regex("sid=([0-9a-f]{64})"))) {
            sid = m[1];
            EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
            EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos);
            auto page = get("/boxes");
            if (page && std::regex_search(page->body, m, std::regex("name=\"csrf\" value=\"([0-9a-f]{64})\"")))
                csrf = m[1];
        }
        return r->status;
    }
};

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + 1)) ++n;
    return n;
}

std::size_t filesUnder(const std::filesystem::path& dir) {
    std::size_t n = 0;
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(dir, ec);
         it != std::filesystem::recursive_directory_iterator(); ++it)
        ++n;
    return n;
}

class ConsoleTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        ConsoleFleetOptions o;
        o.console.maxUploadBytes = 2u << 20;
        o.console.sessions.idleMs = 1500;
        o.console.maxLoginFailures = 3;
        fleet = new ConsoleFleet(o);
    }
    static void TearDownTestSuite() {
        delete fleet;
        fleet = nullptr;
    }
    static ConsoleFleet* fleet;
    std::filesystem::path uploads() const { return fleet->office.dir.root() / "console-uploads"; }
};
ConsoleFleet* ConsoleTest::fleet = nullptr;

TEST_F(ConsoleTest, OfficerSeesEveryBoxInVietnameseAndTheOfflineOneStandsOut) {
    Browser b(fleet->port());
    ASSERT_EQ(b.login("can-bo", ConsoleFleet::kPassword), 303);
    ASSERT_FALSE(b.csrf.empty());
    auto r = b.get("/boxes");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
    EXPECT_NE(r->get_header_value("Content-Type").find("charset=utf-8"), std::string::npos);
    EXPECT_EQ(count(r->body, " data-box=\"may-"), 20u) << r->body;
    EXPECT_NE(r->body.find("Các máy"), std::string::npos);
    EXPECT_NE(r->body.find("trực tuyến"), std::string::npos);
    EXPECT_NE(r->body.find("chien-dich-12-2026@1.2.0"), std::string::npos);
    EXPECT_NE(r->body.find("<tr class=\"silent\" data-box=\"may-20\">"), std::string::npos)
        << "the box that went offline stands out";
    EXPECT_EQ(count(r->body, "class=\"silent\""), 1u);
    EXPECT_TRUE(std::regex_search(r->body, std::regex(R"(\d\d/\d\d/20\d\d \d\d:\d\d \(\+07:00\))")))
        << "dates dd/mm/yyyy +07:00";
    // The clock column judges a box against the office (its heartbeats), not only its NTP
    // state: the simulated boxes run on the office's clock, so none is flagged.
    EXPECT_GE(count(r->body, ">đúng giờ</span>"), 19u) << r->body;
    EXPECT_EQ(r->body.find("lệch "), std::string::npos);
    auto en = b.get("/boxes?lang=en");
    ASSERT_TRUE(en);
    EXPECT_NE(en->body.find("Boxes"), std::string::npos);
    EXPECT_NE(en->get_header_value("Set-Cookie").find("lang=en"), std::string::npos);
}

// Boxes that still say "online" but have not been heard for longer than silent_minutes stand
// out (a hung box, or a Last Will the office missed), and a box whose clock is minutes off
// the office's says by how much; "since" is when the state changed, not the last status.
TEST(ConsoleBoxes, SilentBoxesStandOutAndAClockOffTheOfficeSaysByHowMuch) {
    ConsoleFleetOptions o;
    o.boxes = 2;
    o.offlineBox = "";
    o.waitForLogs = false;
    o.console.silentMs = 10 * 60'000;
    ConsoleFleet ward(o);
    const std::int64_t now =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    {
        db::Database db(ward.office.dir.officeDb());
        // may-09: online since 3 h ago, last heard 11 min ago; may-08: heard now, clock 7 min fast.
        auto st = db.prepare(
            "INSERT INTO box_status(box, state, payload, status_ms, heartbeat_ms, clock_offset_ms, since_ms) "
            "VALUES(?1,'online','site = \"cho-hong-an\"\nclock = \"synced\"\n',?2,?2,0,?3)");
        st.bind(1, std::string("may-09")).bind(2, now - 11 * 60'000).bind(3, now - 3 * 3'600'000);
        st.step();
        auto late = db.prepare(
            "INSERT INTO box_status(box, state, payload, status_ms, heartbeat_ms, clock_offset_ms, since_ms) "
            "VALUES('may-08','online','clock = \"synced\"\n',?1,?1,?2,?1)");
        late.bind(1, now).bind(2, std::int64_t{7 * 60'000 + 5'000});
        late.step();
    }
    Browser b(ward.port());
    ASSERT_EQ(b.login("xem", ConsoleFleet::kPassword), 303);
    auto r = b.get("/boxes");
    ASSERT_TRUE(r);
    EXPECT_EQ(count(r->body, " data-box=\"may-"), 4u) << r->body;
    std::smatch m;
    ASSERT_TRUE(std::regex_search(r->body, m, std::regex("<tr class=\"silent\" data-box=\"(may-\\d\\d)\"")));
    EXPECT_EQ(m[1], "may-09");
    EXPECT_EQ(count(r->body, "class=\"silent\""), 1u);
    EXPECT_NE(r->body.find("(im lặng)"), std::string::npos);
    EXPECT_NE(r->body.find(">1 cần chú ý"), std::string::npos);
    ASSERT_TRUE(std::regex_search(r->body, m, std::regex("data-box=\"may-09\">(?:(?!</tr>).)*")));
    EXPECT_NE(m[0].str().find(office::web::formatTime(now - 3 * 3'600'000, ward.office.settings.utcOffsetMin)),
              std::string::npos)
        << "online since 3 h ago: " << m[0];
    ASSERT_TRUE(std::regex_search(r->body, m, std::regex("data-box=\"may-08\">(?:(?!</tr>).)*")));
    EXPECT_NE(m[0].str().find("lệch +7 phút"), std::string::npos) << m[0];
    EXPECT_EQ(r->body.find("lệch", r->body.find("data-box=\"may-09\"")), std::string::npos);
}

TEST_F(ConsoleTest, ComplianceGridShowsTheBoxThatMissedYesterdaysMorningTarget) {
    Browser b(fleet->port());
    ASSERT_EQ(b.login("xem", ConsoleFleet::kPassword), 303);
    auto day = playlog::formatDay(fleet->yesterday());
    auto r = b.get("/compliance?from=" + day + "&to=" + day);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
    EXPECT_NE(r->body.find("Không chuyển khoản — buổi sáng"), std::string::npos) << "targets by name";
    EXPECT_EQ(count(r->body, "data-state=\"missed\""), 1u) << r->body;
    std::smatch m;
    ASSERT_TRUE(std::regex_search(r->body, m,
                                  std::regex("<tr data-box=\"(may-\\d\\d)\">(?:(?!</tr>).)*data-state=\"missed\"")));
    EXPECT_EQ(m[1], "may-07");
    auto plays = b.get("/compliance/plays?box=may-07&day=" + day + "&target=0");
    ASSERT_TRUE(plays);
    EXPECT_NE(plays->body.find("09:00"), std::string::npos) << plays->body;
    EXPECT_NE(plays->body.find("khong_chuyen_khoan"), std::string::npos);
    // Names, not only ids: the slide's title and the playlist's name from the campaign's content.
    EXPECT_NE(plays->body.find("<td>Không chuyển khoản cho người lạ <span class=\"small\">(khong_chuyen_khoan)</span>"),
              std::string::npos)
        << plays->body;
    EXPECT_NE(plays->body.find("Chiến dịch tháng 12"), std::string::npos);
    EXPECT_NE(plays->body.find("<strong>Không chuyển khoản — buổi sáng</strong>"), std::string::npos);
}

TEST_F(ConsoleTest, AlertSentFromTheConsoleIsAcknowledgedByTheBoxes) {
    Browser b(fleet->port());
    ASSERT_EQ(b.login("can-bo", ConsoleFleet::kPassword), 303);
    auto preview = b.post("/alerts", {{"csrf", b.csrf},
                                      {"level", "emergency"},
                                      {"message", "Cảnh giác cuộc gọi giả danh công an"},
                                      {"minutes", "5"},
                                      {"box", "may-01"},
                                      {"box", "may-02"},
                                      {"action", "preview"}});
    ASSERT_TRUE(preview);
    EXPECT_NE(preview->body.find("id=\"alert-preview\""), std::string::npos);
    auto sent = b.post("/alerts", {{"csrf", b.csrf},
                                   {"level", "emergency"},
                                   {"message", "Cảnh giác cuộc gọi giả danh công an"},
                                   {"minutes", "5"},
                                   {"box", "may-01"},
                                   {"box", "may-02"},
                                   {"action", "send"}});
    ASSERT_TRUE(sent);
    ASSERT_EQ(sent->status, 303);
    std::string where = sent->get_header_value("Location");
    ASSERT_EQ(where.rfind("/alerts/a-", 0), 0u) << where;
    const std::string id = where.substr(8);
    EXPECT_TRUE(waitFor(
        [&] {
            auto acks = fleet->office.office->alertAcks(id);
            int shown = 0;
            for (const auto& a : acks) shown += a.state == "shown";
            return shown == 2;
        },
        10000));
    auto page = b.get(where);
    ASSERT_TRUE(page);
    EXPECT_NE(page->body.find("<strong>2 / 2</strong>"), std::string::npos) << page->body;
    // The Alerts page lists every alert the office published, also those not sent here.
    fleet::Alert other;
    other.level = fleet::AlertLevel::Normal;
    other.message = "Thông báo từ dòng lệnh";
    other.expiryMs = fleet->office.clock.wallNow() + 60'000;
    fleet->office.office->publishAlert(other);
    auto list = b.get("/alerts");
    ASSERT_TRUE(list);
    EXPECT_NE(list->body.find("Cảnh giác cuộc gọi giả danh công an</td><td>can-bo</td>"), std::string::npos)
        << list->body;
    EXPECT_NE(list->body.find("Thông báo từ dòng lệnh</td><td>—</td>"), std::string::npos);
}

// Uploads and signs the clean fixture through the console; returns the bundle's file name.
std::string signCleanContent(Browser& b) {
    auto clean = zipDirectory(std::filesystem::path(SIGNAGE_TEST_DATA_DIR) / "broken" / "clean");
    auto ok = b.upload("/content", {{"csrf", b.csrf, "", ""}, {"zip", clean, "sach.zip", "application/zip"}});
    std::smatch m;
    if (!ok || !std::regex_search(ok->body, m, std::regex("name=\"token\" value=\"([0-9a-f]{16})\""))) return {};
    auto signedPage = b.post("/content/sign", {{"csrf", b.csrf}, {"token", m[1]}});
    if (!signedPage || !std::regex_search(signedPage->body, m, std::regex("content\\?bundle=([a-z0-9_.-]+\\.bundle)")))
        return {};
    return m[1];
}

std::uint64_t downloads(ConsoleFleet& f, const std::string& box) {
    for (auto& b : f.boxes)
        if (b->id == box && b->agent) return b->agent->stats().bundlesDownloaded;
    return 0;
}

TEST_F(ConsoleTest, SignedBundleIsPublishedToChosenBoxesAndSitesAndTheirStatusShowsIt) {
    Browser b(fleet->port());
    ASSERT_EQ(b.login("can-bo", ConsoleFleet::kPassword), 303);
    const std::string name = signCleanContent(b);
    ASSERT_EQ(name, "fixture-clean-1.0.0.bundle");
    auto page = b.get("/content?bundle=" + name);
    ASSERT_TRUE(page);
    EXPECT_NE(page->body.find("id=\"publish-form\""), std::string::npos) << page->body;
    EXPECT_NE(page->body.find("<strong>0 / 20</strong>"), std::string::npos) << "no box runs it yet";

    // Refused, nothing published: a forged post, a viewer, an unknown box, site or bundle, no choice.
    const std::uint64_t before = [&] {
        std::uint64_t n = 0;
        for (auto& box : fleet->boxes)
            if (box->agent) n += box->agent->stats().bundlesDownloaded;
        return n;
    }();
    EXPECT_EQ(b.post("/content/publish", {{"bundle", name}, {"box", "may-01"}})->status, 403);
    EXPECT_EQ(b.post("/content/publish", {{"csrf", std::string(64, 'b')}, {"bundle", name}, {"box", "may-01"}})->status,
              403);
    Browser viewer(fleet->port());
    ASSERT_EQ(viewer.login("xem", ConsoleFleet::kPassword), 303);
    EXPECT_EQ(viewer.post("/content/publish", {{"csrf", viewer.csrf}, {"bundle", name}, {"box", "may-01"}})->status,
              403);
    EXPECT_EQ(viewer.get("/content")->body.find("id=\"publish-form\""), std::string::npos);
    auto unknown =
        b.post("/content/publish", {{"csrf", b.csrf}, {"bundle", name}, {"box", "may-01"}, {"box", "may-99"}});
    EXPECT_EQ(unknown->status, 422);
    EXPECT_NE(unknown->body.find("may-99"), std::string::npos);
    EXPECT_NE(unknown->body.find("Chưa phát hành gì"), std::string::npos);
    EXPECT_EQ(b.post("/content/publish", {{"csrf", b.csrf}, {"bundle", name}, {"site", "cho-khong-co"}})->status, 422);
    EXPECT_EQ(b.post("/content/publish", {{"csrf", b.csrf}, {"bundle", "../office.key"}, {"box", "may-01"}})->status,
              404);
    EXPECT_EQ(b.post("/content/publish", {{"csrf", b.csrf}, {"bundle", name}})->status, 400);
    std::this_thread::sleep_for(std::chrono::milliseconds(2000));
    std::uint64_t after = 0;
    for (auto& box : fleet->boxes)
        if (box->agent) after += box->agent->stats().bundlesDownloaded;
    EXPECT_EQ(after, before) << "no box downloaded anything";
    ASSERT_EQ(b.login("can-bo", ConsoleFleet::kPassword), 303); // sessions idle out after 1.5 s in this suite

    // may-02 by name, and the site ubnd-phuong (may-04, 08, 12, 16; may-20 is offline).
    auto ok =
        b.post("/content/publish", {{"csrf", b.csrf}, {"bundle", name}, {"box", "may-02"}, {"site", "ubnd-phuong"}});
    ASSERT_TRUE(ok);
    ASSERT_EQ(ok->status, 303) << ok->body;
    EXPECT_NE(ok->get_header_value("Location").find("published=6"), std::string::npos)
        << ok->get_header_value("Location");
    const std::vector<std::string> chosen = {"may-02", "may-04", "may-08", "may-12", "may-16"};
    EXPECT_TRUE(waitFor(
        [&] {
            for (const auto& id : chosen)
                if (downloads(*fleet, id) != 1) return false;
            return true;
        },
        20000));
    EXPECT_TRUE(waitFor(
        [&] {
            auto p = b.get("/content?bundle=" + name);
            return p && p->body.find("<strong>5 / 20</strong>") != std::string::npos;
        },
        10000))
        << b.get("/content?bundle=" + name)->body;
    auto status = b.get("/content?bundle=" + name)->body;
    for (const auto& id : chosen)
        EXPECT_NE(status.find("<tr data-box=\"" + id + "\" data-has=\"1\">"), std::string::npos) << id;
    EXPECT_NE(status.find("<tr data-box=\"may-01\" data-has=\"0\">"), std::string::npos);
    for (const char* other : {"may-01", "may-03", "may-05"}) EXPECT_EQ(downloads(*fleet, other), 0u) << other;
    EXPECT_NE(b.get("/boxes")->body.find("fixture-clean@1.0.0"), std::string::npos) << "the Boxes page shows it too";
}

TEST_F(ConsoleTest, ScreenshotIsRequestedByAnOfficerAndShownBehindTheLogin) {
    Browser b(fleet->port());
    ASSERT_EQ(b.login("can-bo", ConsoleFleet::kPassword), 303);
    EXPECT_NE(b.get("/boxes")->body.find("class=\"ask-shot\""), std::string::npos);
    auto asked = b.post("/boxes/screenshot", {{"csrf", b.csrf}, {"box", "may-05"}});
    ASSERT_TRUE(asked);
    ASSERT_EQ(asked->status, 303);
    EXPECT_EQ(asked->get_header_value("Location"), "/boxes?asked=may-05");
    ASSERT_TRUE(waitFor([&] { return fleet->office.office->latestScreenshot("may-05").has_value(); }, 15000));
    auto img = b.get("/boxes/screenshot?box=may-05");
    ASSERT_TRUE(img);
    EXPECT_EQ(img->status, 200);
    EXPECT_EQ(img->get_header_value("Content-Type"), "image/jpeg");
    ASSERT_GT(img->body.size(), 100u);
    EXPECT_EQ(static_cast<unsigned char>(img->body[0]), 0xFF);
    EXPECT_EQ(static_cast<unsigned char>(img->body[1]), 0xD8);
    EXPECT_NE(b.get("/boxes")->body.find("<img src=\"/boxes/screenshot?box=may-05&amp;v="), std::string::npos);

    // Not without a login; not asked by a viewer, a forged post or for an unknown box.
    Browser anonymous(fleet->port());
    EXPECT_EQ(anonymous.get("/boxes/screenshot?box=may-05")->status, 302);
    Browser viewer(fleet->port());
    ASSERT_EQ(viewer.login("xem", ConsoleFleet::kPassword), 303);
    EXPECT_EQ(viewer.get("/boxes/screenshot?box=may-05")->status, 200) << "a viewer sees it";
    EXPECT_EQ(viewer.get("/boxes")->body.find("class=\"ask-shot\""), std::string::npos);
    EXPECT_EQ(viewer.post("/boxes/screenshot", {{"csrf", viewer.csrf}, {"box", "may-06"}})->status, 403);
    EXPECT_EQ(b.post("/boxes/screenshot", {{"box", "may-06"}})->status, 403);
    EXPECT_EQ(b.post("/boxes/screenshot", {{"csrf", b.csrf}, {"box", "may-99"}})->status, 404);
    EXPECT_EQ(b.get("/boxes/screenshot?box=../office.key")->status, 404);
    std::this_thread::sleep_for(std::chrono::milliseconds(2500));
    EXPECT_FALSE(fleet->office.office->latestScreenshot("may-06").has_value()) << "nothing was asked of may-06";
}

TEST_F(ConsoleTest, WrongPasswordsAreRateLimitedPerUserAndAddress) {
    // Its own console on the same office: the address limit must not lock the other tests out.
    office::web::ConsoleOptions o;
    o.enabled = true;
    o.maxLoginFailures = 3; // per user; per address 4× as many
    office::web::Console console(*fleet->office.office, o);
    ASSERT_TRUE(console.start());
    fleet->addUser("thu", "viewer", "mat-khau-dung-123");
    Browser b(console.port());
    for (int i = 0; i < 3; ++i) EXPECT_EQ(b.login("thu", "sai-" + std::to_string(i)), 303);
    EXPECT_EQ(b.login("thu", "mat-khau-dung-123"), 429) << "locked even with the right password";
    EXPECT_TRUE(b.sid.empty());
    auto r = b.http.Post("/login", httplib::Params{{"user", "thu"}, {"password", "mat-khau-dung-123"}});
    ASSERT_TRUE(r);
    EXPECT_FALSE(r->get_header_value("Retry-After").empty());
    // Another user from the same address still gets in, until the address has failed 12 times.
    EXPECT_EQ(b.login("can-bo", ConsoleFleet::kPassword), 303);
    for (int i = 0; i < 12; ++i) b.login("khach-" + std::to_string(i), "sai");
    b.sid.clear();
    EXPECT_EQ(b.login("xem", ConsoleFleet::kPassword), 429) << "the address is locked";
}

TEST_F(ConsoleTest, ExpiredSessionIsSentBackToLoginAndItsPostChangesNothing) {
    Browser b(fleet->port());
    ASSERT_EQ(b.login("can-bo", ConsoleFleet::kPassword), 303);
    std::this_thread::sleep_for(std::chrono::milliseconds(1700)); // idle limit 1.5 s in this suite
    auto r = b.get("/boxes");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 302);
    EXPECT_NE(r->get_header_value("Location").find("/login?expired=1"), std::string::npos);
    auto before = fleet->office.office->stats().statusMessages;
    (void)before;
    auto post =
        b.post("/alerts",
               {{"csrf", b.csrf}, {"level", "normal"}, {"message", "hết hạn"}, {"minutes", "5"}, {"action", "send"}});
    ASSERT_TRUE(post);
    EXPECT_EQ(post->status, 401);
    Browser again(fleet->port());
    ASSERT_EQ(again.login("can-bo", ConsoleFleet::kPassword), 303);
    EXPECT_EQ(again.get("/alerts")->body.find("hết hạn"), std::string::npos) << "no alert was sent";
}

TEST_F(ConsoleTest, ForgedFormPostsAreRefused) {
    Browser b(fleet->port());
    ASSERT_EQ(b.login("can-bo", ConsoleFleet::kPassword), 303);
    auto none =
        b.post("/alerts", {{"level", "emergency"}, {"message", "giả mạo 1"}, {"minutes", "5"}, {"action", "send"}});
    ASSERT_TRUE(none);
    EXPECT_EQ(none->status, 403);
    auto wrong = b.post("/alerts", {{"csrf", std::string(64, 'a')},
                                    {"level", "emergency"},
                                    {"message", "giả mạo 2"},
                                    {"minutes", "5"},
                                    {"action", "send"}});
    ASSERT_TRUE(wrong);
    EXPECT_EQ(wrong->status, 403);
    auto other =
        b.upload("/content", {{"zip", makeZip({{"manifest.toml", "id = \"x\"\n"}}), "x.zip", "application/zip"}});
    ASSERT_TRUE(other);
    EXPECT_EQ(other->status, 403);
    Browser viewer(fleet->port());
    ASSERT_EQ(viewer.login("xem", ConsoleFleet::kPassword), 303);
    auto v = viewer.post("/alerts", {{"csrf", viewer.csrf},
                                     {"level", "emergency"},
                                     {"message", "giả mạo 3"},
                                     {"minutes", "5"},
                                     {"action", "send"}});
    ASSERT_TRUE(v);
    EXPECT_EQ(v->status, 403) << "a viewer may not send";
    auto list = b.get("/alerts");
    EXPECT_EQ(list->body.find("giả mạo"), std::string::npos) << "nothing was sent";
}

TEST_F(ConsoleTest, OversizedUploadIsRefusedAndNothingIsWritten) {
    Browser b(fleet->port());
    ASSERT_EQ(b.login("can-bo", ConsoleFleet::kPassword), 303);
    std::string big(3u << 20, 'x'); // limit 2 MB in this suite
    auto r = b.upload("/content", {{"csrf", b.csrf, "", ""}, {"zip", big, "lon.zip", "application/zip"}});
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 413);
    EXPECT_NE(r->body.find("quá lớn"), std::string::npos);
    EXPECT_EQ(filesUnder(uploads()), 0u);
}

TEST_F(ConsoleTest, ZipsWithTraversalAbsoluteOrLinkEntriesAreRefusedWhole) {
    Browser b(fleet->port());
    ASSERT_EQ(b.login("can-bo", ConsoleFleet::kPassword), 303);
    const auto outside = fleet->office.tmp.path() / "x";
    struct Case {
        const char* what;
        std::vector<ZipEntry> entries;
    };
    std::vector<Case> cases = {
        {"traversal", {{"manifest.toml", "id = \"a\"\n"}, {"../x", "owned"}}},
        {"deep traversal", {{"manifest.toml", "id = \"a\"\n"}, {"media/../../../x", "owned"}}},
        {"absolute", {{"manifest.toml", "id = \"a\"\n"}, {outside.string(), "owned"}}},
        {"symlink", {{"manifest.toml", "id = \"a\"\n"}, {"media", "/etc", true}, {"media/passwd", "owned"}}},
    };
    for (const auto& c : cases) {
        auto r =
            b.upload("/content", {{"csrf", b.csrf, "", ""}, {"zip", makeZip(c.entries), "xau.zip", "application/zip"}});
        ASSERT_TRUE(r) << c.what;
        EXPECT_EQ(r->status, 422) << c.what;
        EXPECT_NE(r->body.find("id=\"zip-refused\""), std::string::npos) << c.what << r->body;
        EXPECT_FALSE(std::filesystem::exists(outside)) << c.what;
        EXPECT_EQ(filesUnder(uploads()), 0u) << c.what << ": nothing left unpacked";
    }
}

TEST_F(ConsoleTest, ContentZipProblemsAsFileLineColAndCleanContentSignedForUsb) {
    Browser b(fleet->port());
    ASSERT_EQ(b.login("can-bo", ConsoleFleet::kPassword), 303);
    auto zip = zipDirectory(std::filesystem::path(SIGNAGE_TEST_DATA_DIR) / "broken" / "bad-duration", "noi-dung/");
    auto r = b.upload("/content", {{"csrf", b.csrf, "", ""}, {"zip", zip, "noi-dung.zip", "application/zip"}});
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 422);
    EXPECT_NE(r->body.find("<code>playlists/main.toml:22:12: duration"), std::string::npos) << r->body;
    auto clean = zipDirectory(std::filesystem::path(SIGNAGE_TEST_DATA_DIR) / "broken" / "clean");
    auto ok = b.upload("/content", {{"csrf", b.csrf, "", ""}, {"zip", clean, "sach.zip", "application/zip"}});
    ASSERT_TRUE(ok);
    EXPECT_EQ(ok->status, 200) << ok->body;
    EXPECT_NE(ok->body.find("Nội dung hợp lệ"), std::string::npos);
    EXPECT_EQ(filesUnder(uploads()), 0u);
    // Sign it with the office key and get the USB stick copy.
    std::smatch m;
    ASSERT_TRUE(std::regex_search(ok->body, m, std::regex("name=\"token\" value=\"([0-9a-f]{16})\"")));
    auto forged = b.post("/content/sign", {{"csrf", b.csrf}, {"token", "../../office.key"}});
    EXPECT_EQ(forged->status, 404);
    auto signedPage = b.post("/content/sign", {{"csrf", b.csrf}, {"token", m[1]}});
    ASSERT_TRUE(signedPage);
    EXPECT_EQ(signedPage->status, 200) << signedPage->body;
    ASSERT_TRUE(std::regex_search(signedPage->body, m, std::regex("name=([a-z0-9_.-]+-usb\\.zip)")));
    auto stick = b.get("/content/file?name=" + std::string(m[1]));
    ASSERT_TRUE(stick);
    EXPECT_EQ(stick->status, 200);
    TempDir unpacked;
    auto z = office::web::unpackZip(stick->body, unpacked.path() / "usb", false);
    ASSERT_TRUE(z.ok) << z.error;
    EXPECT_EQ(z.files, 3u);
    const auto signageDir = unpacked.path() / "usb" / "signage";
    ASSERT_TRUE(std::filesystem::exists(signageDir / "office-bundle.pub"));
    // A box that trusts the office's public key accepts the stick's bundle.
    auto keys = bundle::TrustedKeys::load(signageDir / "office-bundle.pub");
    auto files = bundle::findBundleFiles(signageDir.parent_path());
    ASSERT_EQ(files.size(), 1u);
    EXPECT_NO_THROW(bundle::verifyBundle(files[0], keys));
    EXPECT_FALSE(std::filesystem::exists(fleet->office.dir.root() / "console-validated" / std::string(m[1])));
    EXPECT_EQ(b.get("/content/file?name=../office.key")->status, 404);
    EXPECT_EQ(b.get("/content/file?name=.signing.bundle")->status, 404);
}

TEST_F(ConsoleTest, UsbLogsAreMergedAndRefusedFilesSayWhy) {
    Browser b(fleet->port());
    ASSERT_EQ(b.login("can-bo", ConsoleFleet::kPassword), 303);
    auto file = fleet->exportOf("may-03", fleet->office.tmp.path() / "SIGNAGE-LOGS");
    std::ifstream in(file, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), {});
    auto r = b.upload("/logs", {{"csrf", b.csrf, "", ""},
                                {"files", bytes, file.filename().string(), "application/octet-stream"},
                                {"files", "khong phai so phat", "hong.signage-log", "application/octet-stream"}});
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
    EXPECT_NE(r->body.find("✓ đã gộp"), std::string::npos) << r->body;
    EXPECT_NE(r->body.find("<td>hong.signage-log</td><td>—</td><td class=\"bad\">✗ bị từ chối</td><td>"),
              std::string::npos)
        << r->body;
    EXPECT_EQ(r->body.find("console-uploads"), std::string::npos) << "the refusal names the officer's file, not ours";
    EXPECT_EQ(filesUnder(uploads()), 0u);
}

TEST_F(ConsoleTest, ReportsDailyCsvPrintPageAndExports) {
    Browser b(fleet->port());
    ASSERT_EQ(b.login("can-bo", ConsoleFleet::kPassword), 303);
    auto day = playlog::formatDay(fleet->yesterday());
    auto w = b.post("/reports/daily", {{"csrf", b.csrf}, {"day", day}});
    ASSERT_TRUE(w);
    EXPECT_EQ(w->status, 303);
    auto csv = b.get("/reports/file?name=" + day + ".csv");
    ASSERT_TRUE(csv);
    EXPECT_EQ(csv->status, 200);
    EXPECT_NE(csv->body.find("may-07,Không chuyển khoản — buổi sáng,0,1,không đạt/not met,sang-som"), std::string::npos)
        << csv->body.substr(0, 600);
    auto html = b.get("/reports/file?name=" + day + ".html");
    ASSERT_TRUE(html);
    EXPECT_EQ(html->status, 200);
    EXPECT_NE(html->body.find("Phải tố giác — buổi tối"), std::string::npos) << "the HTML daily report, targets by name";
    EXPECT_NE(b.get("/reports")->body.find("name=" + day + ".html"), std::string::npos);
    EXPECT_EQ(b.get("/reports/file?name=../office.key")->status, 404);
    auto print = b.get("/reports/print?from=" + day + "&to=" + day);
    ASSERT_TRUE(print);
    EXPECT_NE(print->body.find("BÁO CÁO PHÁT NỘI DUNG TUYÊN TRUYỀN"), std::string::npos);
    EXPECT_NE(b.get("/style.css")->body.find("@page{size:A4"), std::string::npos)
        << "the print page is laid out for A4";
    for (const char* f : {"html", "csv", "xlsx"}) {
        auto r = b.get(std::string("/reports/export?scope=ward&format=") + f + "&from=" + day + "&to=" + day);
        ASSERT_TRUE(r) << f;
        EXPECT_EQ(r->status, 200) << f << r->body.substr(0, 300);
        EXPECT_GT(r->body.size(), 200u) << f;
    }
    // Per box and per site: only their boxes, named in the file the browser saves.
    auto box = b.get("/reports/export?scope=box&value=may-07&format=csv&from=" + day + "&to=" + day);
    ASSERT_TRUE(box);
    EXPECT_EQ(box->status, 200);
    EXPECT_NE(box->body.find("may-07,"), std::string::npos) << box->body;
    EXPECT_EQ(box->body.find("may-01,"), std::string::npos) << box->body;
    EXPECT_NE(box->get_header_value("Content-Disposition").find("bao-cao_may-07_"), std::string::npos);
    auto site = b.get("/reports/export?scope=site&value=truong-thpt-a&format=csv&from=" + day + "&to=" + day);
    ASSERT_TRUE(site);
    EXPECT_EQ(site->status, 200);
    for (const char* in : {"may-03,", "may-07,", "may-19,"}) EXPECT_NE(site->body.find(in), std::string::npos) << in;
    EXPECT_EQ(site->body.find("may-01,"), std::string::npos) << site->body;
    // One UTF-8 BOM for Excel, at the start only (each table used to bring its own).
    EXPECT_EQ(site->body.rfind("\xEF\xBB\xBFM", 0), 0u) << site->body.substr(0, 12);
    EXPECT_EQ(site->body.find("\xEF\xBB\xBF", 3), std::string::npos) << site->body;
    auto siteHtml = b.get("/reports/export?scope=site&value=truong-thpt-a&format=html&from=" + day + "&to=" + day);
    ASSERT_TRUE(siteHtml);
    EXPECT_NE(siteHtml->body.find("may-07"), std::string::npos);
    const auto other = siteHtml->body.find("may-02");
    EXPECT_EQ(other, std::string::npos) << siteHtml->body.substr(
        other == std::string::npos ? 0 : (other > 300 ? other - 300 : 0), 400);
    // A hostile value cannot reach the response header.
    auto odd = b.get("/reports/export?scope=site&value=a%22%0D%0AX-Bad:%201&format=csv&from=" + day + "&to=" + day);
    ASSERT_TRUE(odd);
    EXPECT_TRUE(odd->get_header_value("X-Bad").empty());
    EXPECT_EQ(odd->get_header_value("Content-Disposition").find('"', 22),
              odd->get_header_value("Content-Disposition").size() - 1)
        << odd->get_header_value("Content-Disposition");
}

} // namespace
} // namespace signage::test
