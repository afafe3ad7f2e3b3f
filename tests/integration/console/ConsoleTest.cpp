// SPDX-License-Identifier: GPL-3.0-or-later
// The web console over real HTTP (httplib::Client) against a simulated ward of 20 boxes
// (real Mosquitto, real agents): what an officer sees, and bad input refused with
// nothing changed.
#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <httplib.h>
#include <netinet/in.h>
#include <regex>
#include <sys/socket.h>
#include <unistd.h>

#include "integration/console/ConsoleFleet.h"
#include "integration/fleet/TestBroker.h"
#include "office/web/ConsoleImpl.h"
#include "office/web/SafeZip.h"
#include "bundle/Importer.h"
#include "db/Database.h"
#include "bundle/Keys.h"
#include "bundle/Verifier.h"
#include "playlog/BoxKey.h"
#include "playlog/Cosigned.h"
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

// One response header as it is on the wire (httplib's client percent-decodes header
// values, which would hide what RFC 5987's filename* carries).
std::string rawHeader(int port, const std::string& sid, const std::string& path, const std::string& name) {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) return "socket?";
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(static_cast<std::uint16_t>(port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    std::string in;
    if (::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0) {
        const std::string req =
            "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: sid=" + sid + "\r\nConnection: close\r\n\r\n";
        if (::send(fd, req.data(), req.size(), 0) == static_cast<ssize_t>(req.size())) {
            char buf[4096];
            for (ssize_t n; (n = ::recv(fd, buf, sizeof buf, 0)) > 0 && in.find("\r\n\r\n") == std::string::npos;)
                in.append(buf, static_cast<size_t>(n));
        }
    }
    ::close(fd);
    const auto head = in.substr(0, in.find("\r\n\r\n"));
    const auto at = head.find("\r\n" + name + ": ");
    if (at == std::string::npos) return {};
    const auto from = at + 4 + name.size();
    return head.substr(from, head.find("\r\n", from) - from);
}

// An ISO-8601 time as the command line prints it: no page a person reads shows one.
const std::regex kIsoTime(R"(20\d\d-\d\d-\d\dT\d\d:\d\d)");

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
    EXPECT_TRUE(std::regex_search(r->body, std::regex(R"(<td>\d\d/\d\d/20\d\d \d\d:\d\d</td>)")))
        << "times dd/mm/yyyy HH:MM";
    EXPECT_FALSE(std::regex_search(r->body, kIsoTime)) << "no ISO time a person has to read";
    EXPECT_NE(r->body.find("id=\"tz\">Giờ theo giờ phường (UTC+07:00)"), std::string::npos) << "the zone, once";
    // What plays, as the officer knows it: the campaign slide's title, the ids under it.
    EXPECT_GE(count(r->body, "<td class=\"playing\"><span class=\"title\">Không chuyển khoản cho người lạ</span><br>"
                             "<span class=\"small ids\">chinh/khong_chuyen_khoan</span></td>"),
              19u)
        << r->body;
    // The clock column judges a box against the office (its heartbeats), not only its NTP
    // state: the simulated boxes run on the office's clock, so none is flagged.
    EXPECT_GE(count(r->body, ">đúng giờ</span>"), 19u) << r->body;
    EXPECT_EQ(r->body.find("lệch "), std::string::npos);
    auto en = b.get("/boxes?lang=en");
    ASSERT_TRUE(en);
    EXPECT_NE(en->body.find("Boxes"), std::string::npos);
    EXPECT_NE(en->get_header_value("Set-Cookie").find("lang=en"), std::string::npos);
    EXPECT_TRUE(std::regex_search(en->body, std::regex(R"(<td>\d\d/\d\d/20\d\d \d\d:\d\d</td>)")))
        << "English: the same dd/mm/yyyy HH:MM";
    EXPECT_FALSE(std::regex_search(en->body, kIsoTime));
    EXPECT_NE(en->body.find(">Không chuyển khoản cho người lạ</span>"), std::string::npos) << "the content's own title";
    EXPECT_NE(en->body.find("Times are the ward's local time (UTC+07:00)"), std::string::npos);
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
    EXPECT_NE(m[0].str().find(office::web::formatTime(now - 3 * 3'600'000,
                                                      office::web::wardZone(ward.office.settings.utcOffsetMin))),
              std::string::npos)
        << "online since 3 h ago: " << m[0];
    ASSERT_TRUE(std::regex_search(r->body, m, std::regex("data-box=\"may-08\">(?:(?!</tr>).)*")));
    EXPECT_NE(m[0].str().find("lệch +7 phút"), std::string::npos) << m[0];
    EXPECT_EQ(r->body.find("lệch", r->body.find("data-box=\"may-09\"")), std::string::npos);
}

// "Now playing" by title: the content's title (escaped: it comes from a content zip
// anyone could have written), the ids as small text, the ids alone for an item the office
// has no title for; a box's last error with an ISO time reads dd/mm/yyyy HH:MM.
TEST(ConsoleBoxes, NowPlayingShowsTheTitleEscapedAndTheIdsAsFallback) {
    ConsoleFleetOptions o;
    o.boxes = 2;
    o.offlineBox = "";
    o.waitForLogs = false;
    ConsoleFleet ward(o);
    const auto campaign = ward.office.dir.root() / "campaign";
    std::ofstream(campaign / "slides" / "phai_to_giac.toml", std::ios::trunc)
        << "title = \"<script>alert('x')</script> Phải tố giác & báo\"\nparagraph = \"Gọi 113\"\n";
    const std::int64_t now =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    {
        db::Database db(ward.office.dir.officeDb());
        auto st = db.prepare(
            "INSERT INTO box_status(box, state, payload, status_ms, heartbeat_ms, clock_offset_ms, since_ms) "
            "VALUES(?1,'online',?2,?3,?3,0,?3)");
        st.bind(1, std::string("may-09"))
            .bind(2, std::string("now_playing = \"chinh/phai_to_giac\"\n"
                                 "last_error = \"chinh/video: không mở được lúc 2026-12-06T01:31:00Z\"\n"))
            .bind(3, now);
        st.step();
        st.reset();
        st.bind(1, std::string("may-10")).bind(2, std::string("now_playing = \"khac/khong-ro\"\n")).bind(3, now);
        st.step();
    }
    Browser b(ward.port());
    ASSERT_EQ(b.login("xem", ConsoleFleet::kPassword), 303);
    auto r = b.get("/boxes");
    ASSERT_TRUE(r);
    std::smatch m;
    ASSERT_TRUE(std::regex_search(r->body, m, std::regex("data-box=\"may-09\">(?:(?!</tr>).)*")));
    const std::string hostile = m[0];
    EXPECT_NE(hostile.find("<span class=\"title\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Phải tố giác &amp; "
                           "báo</span><br><span class=\"small ids\">chinh/phai_to_giac</span>"),
              std::string::npos)
        << hostile;
    EXPECT_EQ(r->body.find("<script"), std::string::npos) << "a title never becomes markup";
    EXPECT_NE(hostile.find("không mở được lúc 06/12/2026 08:31"), std::string::npos) << hostile;
    ASSERT_TRUE(std::regex_search(r->body, m, std::regex("data-box=\"may-10\">(?:(?!</tr>).)*")));
    EXPECT_NE(m[0].str().find("<td class=\"playing\"><span class=\"small ids\">khac/khong-ro</span></td>"),
              std::string::npos)
        << m[0];
    EXPECT_FALSE(std::regex_search(r->body, kIsoTime)) << r->body;
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

// Issue 17, the witness on the console: the office cosigns a box's checkpoint when its
// USB log is merged; then the operator deletes the box's log and starts a new one with
// the same box.key (what whoever holds the box can do). The office merges the new log
// (its signature is valid) but its witness sees a new log id for a known box, and every
// page whose figures include that box says so: the Boxes row stands out with the reason
// (Vietnamese, English available), the compliance grid, the plays behind a cell, and the
// html/csv/print reports of that box; a box with nothing found has no warning.
TEST(ConsoleWitness, ANewLogForAKnownBoxStandsOutOnBoxesComplianceAndReports) {
    ConsoleFleetOptions o;
    o.boxes = 3;
    o.offlineBox = "";
    ConsoleFleet fleet(o);
    Browser b(fleet.port());
    ASSERT_EQ(b.login("can-bo", ConsoleFleet::kPassword), 303);
    auto upload = [&](const std::filesystem::path& file) {
        std::ifstream in(file, std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(in)), {});
        return b.upload("/logs", {{"csrf", b.csrf, "", ""},
                                  {"files", bytes, file.filename().string(), "application/octet-stream"}});
    };
    auto first = upload(fleet.exportOf("may-01", fleet.office.tmp.path() / "usb-1"));
    ASSERT_TRUE(first);
    EXPECT_NE(first->body.find("✓ đã gộp"), std::string::npos) << first->body;
    {
        db::Database store(fleet.office.dir.fleetLog(), db::Database::Mode::ReadOnly);
        auto st = store.prepare("SELECT count(*) FROM checkpoints WHERE box_id='may-01' AND cosigned_ms IS NOT NULL");
        ASSERT_TRUE(st.step());
        EXPECT_EQ(st.columnInt(0), 1) << "the office cosigned the checkpoint of the USB visit";
    }
    // The way back: the cosigned note is offered for the stick, and the box accepts it.
    std::smatch link;
    ASSERT_TRUE(std::regex_search(first->body, link,
                                  std::regex(R"(/logs/cosigned\?name=(may-01_checkpoint-[0-9]+\.cosigned\.note))")))
        << first->body;
    const std::string noteName = link[1].str();
    EXPECT_NE(b.get("/logs")->body.find("name=" + noteName), std::string::npos) << "listed on the Logs page too";
    auto note = b.get("/logs/cosigned?name=" + noteName);
    ASSERT_TRUE(note);
    ASSERT_EQ(note->status, 200);
    const auto back = fleet.office.tmp.path() / "usb-back";
    std::filesystem::create_directories(back);
    std::ofstream(back / noteName, std::ios::binary) << note->body;
    const auto officeKey = playlog::BoxKey::load(fleet.office.dir.key());
    auto imported = playlog::importCosignatures(fleet.office.tmp.path() / "may-01" / "playlog.sqlite", back,
                                                {officeKey.publicKey()});
    ASSERT_EQ(imported.size(), 1u);
    EXPECT_EQ(imported[0].status, playlog::CosignImport::Status::Imported) << imported[0].why;
    for (const char* hostile : {"../office.key", "..%2Foffice.key", "office.key", "x_checkpoint-1.cosigned.note%00",
                                "_checkpoint-1.cosigned.note"})
        EXPECT_EQ(b.get(std::string("/logs/cosigned?name=") + hostile)->status, 404) << hostile;
    auto clean = b.get("/boxes");
    ASSERT_TRUE(clean);
    EXPECT_EQ(clean->body.find("data-finding-box="), std::string::npos) << "nothing found yet";

    // The forgery: a fresh log for may-01, signed with its own key, with plays yesterday.
    const auto forgedFile = fleet.forgedNewLogOf("may-01", fleet.office.tmp.path() / "usb-2");
    auto second = upload(forgedFile);
    ASSERT_TRUE(second);
    EXPECT_NE(second->body.find("✓ đã gộp"), std::string::npos) << "a valid signature: merged, with a warning";
    EXPECT_NE(second->body.find("⚠ có cảnh báo"), std::string::npos) << second->body;

    auto boxes = b.get("/boxes");
    ASSERT_TRUE(boxes);
    EXPECT_NE(boxes->body.find("<tr class=\"witness\" data-box=\"may-01\">"), std::string::npos) << boxes->body;
    EXPECT_EQ(count(boxes->body, "data-finding-box="), 1u) << boxes->body;
    const auto row = boxes->body.find("data-finding-box=\"may-01\"");
    ASSERT_NE(row, std::string::npos);
    const std::string reason = boxes->body.substr(row, boxes->body.find("</tr>", row) - row);
    EXPECT_NE(reason.find("Sổ phát mới cho một máy đã biết: sổ cũ đã bị xoá hoặc làm lại"), std::string::npos)
        << reason;
    EXPECT_NE(reason.find("mã sổ mới"), std::string::npos) << reason;
    EXPECT_NE(reason.find(forgedFile.filename().string()), std::string::npos) << "the file it came from";
    // The finding's times (the checkpoint's, when it was found) as every time on the page.
    EXPECT_FALSE(std::regex_search(reason, kIsoTime)) << reason;
    EXPECT_TRUE(std::regex_search(reason, std::regex(R"(\(seq \d+, \d\d/\d\d/20\d\d \d\d:\d\d\))"))) << reason;
    EXPECT_TRUE(std::regex_search(reason, std::regex(R"(\(\d\d/\d\d/20\d\d \d\d:\d\d, )"))) << reason;
    EXPECT_NE(boxes->body.find("1 máy có cảnh báo sổ phát"), std::string::npos);
    auto en = b.get("/boxes?lang=en");
    ASSERT_TRUE(en);
    EXPECT_NE(en->body.find("A new play log for a known box"), std::string::npos);
    EXPECT_NE(en->body.find("new log id"), std::string::npos);
    EXPECT_FALSE(std::regex_search(en->body, kIsoTime)) << "English too";
    ASSERT_TRUE(b.get("/boxes?lang=vi"));

    const std::string day = playlog::formatDay(fleet.yesterday());
    auto grid = b.get("/compliance?from=" + day + "&to=" + day);
    ASSERT_TRUE(grid);
    EXPECT_NE(grid->body.find("<tr data-box=\"may-01\" class=\"witness\">"), std::string::npos) << grid->body;
    EXPECT_NE(grid->body.find("<tr data-box=\"may-02\"><th>"), std::string::npos) << "may-02: nothing found";
    EXPECT_NE(grid->body.find("id=\"witness\""), std::string::npos);
    EXPECT_NE(grid->body.find("data-finding=\"new_log\""), std::string::npos);
    EXPECT_FALSE(std::regex_search(grid->body, kIsoTime)) << grid->body;
    auto plays = b.get("/compliance/plays?box=may-01&day=" + day + "&target=0");
    ASSERT_TRUE(plays);
    EXPECT_NE(plays->body.find("Sổ phát mới cho một máy đã biết"), std::string::npos);
    auto otherPlays = b.get("/compliance/plays?box=may-02&day=" + day + "&target=0");
    ASSERT_TRUE(otherPlays);
    EXPECT_EQ(otherPlays->body.find("id=\"witness\""), std::string::npos);

    auto html = b.get("/reports/export?scope=box&value=may-01&format=html&from=" + day + "&to=" + day);
    ASSERT_TRUE(html);
    EXPECT_NE(html->body.find("id=\"witness\""), std::string::npos);
    EXPECT_NE(html->body.find("Sổ phát mới cho một máy đã biết"), std::string::npos);
    auto otherHtml = b.get("/reports/export?scope=box&value=may-02&format=html&from=" + day + "&to=" + day);
    ASSERT_TRUE(otherHtml);
    EXPECT_EQ(otherHtml->body.find("id=\"witness\""), std::string::npos) << "only that box's reports";
    auto csv = b.get("/reports/export?scope=site&value=cho-hong-an&format=csv&from=" + day + "&to=" + day);
    ASSERT_TRUE(csv);
    EXPECT_EQ(csv->body.rfind("\xEF\xBB\xBFPhát hiện", 0), 0u) << "the warnings come first" << csv->body.substr(0, 400);
    EXPECT_NE(csv->body.find("[may-01] Sổ phát mới"), std::string::npos);
    EXPECT_TRUE(std::regex_search(csv->body, std::regex(R"(20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00)")))
        << "exports keep ISO-8601";
    auto print = b.get("/reports/print?scope=box&value=may-01&from=" + day + "&to=" + day);
    ASSERT_TRUE(print);
    EXPECT_NE(print->body.find("id=\"witness\""), std::string::npos);
    EXPECT_NE(print->body.find("[may-01] Sổ phát mới"), std::string::npos);
    EXPECT_FALSE(std::regex_search(print->body, kIsoTime)) << "the page to sign";
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
    EXPECT_NE(html->body.find("Phải tố giác — buổi tối"), std::string::npos)
        << "the HTML daily report, targets by name";
    EXPECT_NE(b.get("/reports")->body.find("name=" + day + ".html"), std::string::npos);
    EXPECT_EQ(b.get("/reports/file?name=../office.key")->status, 404);
    auto print = b.get("/reports/print?from=" + day + "&to=" + day);
    ASSERT_TRUE(print);
    EXPECT_NE(print->body.find("BÁO CÁO PHÁT NỘI DUNG TUYÊN TRUYỀN"), std::string::npos);
    {
        // The A4 page of one site: only its boxes, targets by name (not "sang-som"), dates
        // dd/mm/yyyy, the period with +07:00, and a place for the signatures.
        auto sitePrint = b.get("/reports/print?scope=site&value=truong-thpt-a&from=" + day + "&to=" + day);
        ASSERT_TRUE(sitePrint);
        const std::string& p = sitePrint->body;
        EXPECT_NE(p.find("Địa điểm truong-thpt-a"), std::string::npos);
        for (const char* in : {"data-box=\"may-03\"", "data-box=\"may-07\"", "data-box=\"may-11\"",
                               "data-box=\"may-15\"", "data-box=\"may-19\""})
            EXPECT_NE(p.find(in), std::string::npos) << in;
        EXPECT_EQ(p.find("data-box=\"may-01\""), std::string::npos) << "another site's box";
        EXPECT_EQ(p.find("data-box=\"may-02\""), std::string::npos) << "another site's box";
        EXPECT_NE(p.find("Số máy: 5"), std::string::npos);
        EXPECT_NE(p.find("Không chuyển khoản — buổi sáng"), std::string::npos);
        EXPECT_EQ(p.find(">sang-som<"), std::string::npos) << "targets by name";
        EXPECT_EQ(p.find("sang-som"), std::string::npos) << "targets by name";
        EXPECT_NE(p.find("✗ không đạt"), std::string::npos) << "may-07 missed the morning target";
        EXPECT_NE(p.find(office::web::formatDate(fleet->yesterday()) + " (+07:00)"), std::string::npos);
        EXPECT_TRUE(std::regex_search(p, std::regex(R"(Lập lúc \d\d/\d\d/20\d\d \d\d:\d\d · )")));
        EXPECT_EQ(p.find(day), std::string::npos) << "no ISO dates on the page to sign";
        EXPECT_NE(p.find("Người lập báo cáo"), std::string::npos);
        EXPECT_NE(p.find("class=\"a4\""), std::string::npos);
        auto boxPrint = b.get("/reports/print?scope=box&value=may-07&from=" + day + "&to=" + day);
        ASSERT_TRUE(boxPrint);
        EXPECT_NE(boxPrint->body.find("Máy may-07"), std::string::npos);
        EXPECT_EQ(count(boxPrint->body, "<tr data-box=\"may-07\">"), 2u) << "its two targets";
        EXPECT_EQ(count(boxPrint->body, "<tr data-box="), 2u) << "and no other box";
    }
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
    auto odd = b.get("/reports/export?scope=site&value=a%22%0D%0AX-Bad:%201/../../etc/passwd&format=csv&from=" + day +
                     "&to=" + day);
    ASSERT_TRUE(odd);
    EXPECT_TRUE(odd->get_header_value("X-Bad").empty());
    {
        // RFC 6266: a quoted ASCII-safe fallback, then filename* (RFC 5987) with the UTF-8
        // name; neither carries a quote, CR/LF, a path separator or "..".
        const std::string cd = rawHeader(fleet->port(), b.sid,
                                         "/reports/export?scope=site&value=a%22%0D%0AX-Bad:%201/../../etc/passwd"
                                         "&format=csv&from=" +
                                             day + "&to=" + day,
                                         "Content-Disposition");
        EXPECT_EQ(count(cd, "\""), 2u) << cd;
        EXPECT_EQ(cd.find_first_of("\r\n/"), std::string::npos) << cd;
        EXPECT_EQ(cd.find(".."), std::string::npos) << cd;
        EXPECT_EQ(cd.rfind("attachment; filename=\"bao-cao_a___x-bad__1_", 0), 0u) << cd;
        const auto star = cd.find("; filename*=UTF-8''");
        ASSERT_NE(star, std::string::npos) << cd;
        EXPECT_EQ(cd.substr(star).find_first_of("\"'", 20), std::string::npos) << cd;
        for (const char* bad : {"%22", "%0D", "%0A", "%2F", "%5C", "%3A"})
            EXPECT_EQ(cd.find(bad), std::string::npos) << bad << cd;
        EXPECT_NE(cd.find("etc_passwd_" + day + "_" + day + ".csv"), std::string::npos) << cd;
    }
    // A Vietnamese site name, typed decomposed (NFD) as some keyboards send it: the
    // fallback folds the diacritics, filename* carries the NFC name percent-encoded.
    for (const char* typed :
         {"Ch%E1%BB%A3%20B%E1%BA%BFn%20Th%C3%A0nh", "Cho%CC%9B%CC%A3%20Be%CC%82%CC%81n%20Tha%CC%80nh"}) {
        const std::string path =
            std::string("/reports/export?scope=site&format=xlsx&value=") + typed + "&from=" + day + "&to=" + day;
        auto vn = b.get(path);
        ASSERT_TRUE(vn);
        EXPECT_EQ(vn->status, 200);
        EXPECT_EQ(rawHeader(fleet->port(), b.sid, path, "Content-Disposition"),
                  "attachment; filename=\"bao-cao_cho_ben_thanh_" + day + "_" + day +
                      ".xlsx\"; filename*=UTF-8''bao-cao_Ch%E1%BB%A3%20B%E1%BA%BFn%20Th%C3%A0nh_" + day + "_" + day +
                      ".xlsx")
            << typed;
    }
}

} // namespace
} // namespace signage::test
