// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <archive.h>
#include <archive_entry.h>
#include <fstream>
#include <sys/stat.h>

#include "bundle/BundleWriter.h"
#include "bundle/Minisign.h"
#include "core/Lang.h"
#include "office/web/Console.h"
#include "office/web/ConsoleImpl.h"
#include "office/web/SafeZip.h"
#include "office/web/Sessions.h"
#include "office/web/Users.h"
#include "support/TempDir.h"

namespace signage::office::web {
namespace {

TEST(ConsoleFileNames, UploadedAndDownloadedNamesCannotLeaveTheirFolderOrHide) {
    EXPECT_EQ(asciiFileName("may-05_20261207-2052.signage-log", "x"), "may-05_20261207-2052.signage-log");
    EXPECT_EQ(asciiFileName("../../office.key", "x"), "____office.key"); // no separator, no ".."
    EXPECT_EQ(asciiFileName(".hidden", "x"), "hidden");
    EXPECT_EQ(asciiFileName("sổ phát.signage-log", "x"),
              "s____ph__t.signage-log");                        // a letter outside ASCII: one _ per byte
    EXPECT_EQ(asciiFileName("...", "upload.signage-log"), "_"); // ".." goes first, then the trailing dot
    EXPECT_EQ(asciiFileName("", "upload.signage-log"), "upload.signage-log");
    EXPECT_EQ(asciiFileName(std::string(400, 'a'), "x").size(), 150u);
    const auto header = contentDisposition("Chợ \"Bến\" Thành\r\nX: 1", ".csv");
    EXPECT_EQ(header.find('\r'), std::string::npos) << header;
    EXPECT_EQ(header.rfind("attachment; filename=\"", 0), 0u) << header;
    EXPECT_NE(header.find("filename*=UTF-8''Ch%E1%BB%A3"), std::string::npos) << header;
}

TEST(ConsoleSessions, ExpireWhenIdleAndAfterTheAbsoluteLimit) {
    SessionStore s({1000, 5000});
    auto token = s.create("lan", Role::Officer, 0);
    EXPECT_EQ(token.size(), 64u);
    ASSERT_TRUE(s.find(token, 900));
    ASSERT_TRUE(s.find(token, 1800)) << "each request moves the idle limit";
    EXPECT_FALSE(s.find(token, 2900)) << "idle for more than 1 s";
    auto busy = s.create("lan", Role::Officer, 10'000);
    for (std::int64_t t = 10'500; t < 15'000; t += 500) ASSERT_TRUE(s.find(busy, t));
    EXPECT_FALSE(s.find(busy, 15'001)) << "absolute limit even when busy";
    EXPECT_FALSE(s.find("", 0));
    EXPECT_FALSE(s.find(std::string(64, '0'), 0));
}

TEST(ConsoleSessions, EachSessionHasItsOwnCsrfToken) {
    SessionStore s;
    auto a = s.find(s.create("a", Role::Viewer, 0), 1);
    auto b = s.find(s.create("b", Role::Viewer, 0), 1);
    ASSERT_TRUE(a && b);
    EXPECT_NE(a->csrf, b->csrf);
    EXPECT_TRUE(equalConstantTime(a->csrf, a->csrf));
    EXPECT_FALSE(equalConstantTime(a->csrf, b->csrf));
    EXPECT_FALSE(equalConstantTime("", "")) << "an empty token never matches";
}

TEST(ConsoleLoginLimiter, LocksAfterTheFailuresInTheWindowAndFreesAfterIt) {
    LoginLimiter l(3, 60'000);
    for (int i = 0; i < 2; ++i) l.fail("user:lan", i * 1000);
    EXPECT_EQ(l.lockedFor("user:lan", 2500), 0);
    l.fail("user:lan", 3000);
    EXPECT_EQ(l.lockedFor("user:lan", 3000), 57'000) << "until the oldest failure leaves the window";
    EXPECT_EQ(l.lockedFor("user:other", 3000), 0);
    EXPECT_EQ(l.lockedFor("user:lan", 60'001), 0) << "one failure left the window";
    l.succeed("user:lan");
    EXPECT_EQ(l.lockedFor("user:lan", 3001), 0);
}

TEST(ConsoleUsers, HashesWithArgon2idVerifiesAndKeepsTheFilePrivate) {
    test::TempDir tmp;
    UserStore users(tmp.path() / "console-users");
    users.add("lan", Role::Officer, "mat-khau-dai");
    users.add("hoa", Role::Viewer, "mat-khau-khac");
    std::ifstream in(users.file());
    std::string text((std::istreambuf_iterator<char>(in)), {});
    EXPECT_EQ(text.find("mat-khau"), std::string::npos) << "no password in clear";
    EXPECT_NE(text.find("lan officer $argon2id$"), std::string::npos);
    struct stat st {};
    ASSERT_EQ(::stat(users.file().c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    EXPECT_EQ(users.verify("lan", "mat-khau-dai"), Role::Officer);
    EXPECT_EQ(users.verify("hoa", "mat-khau-khac"), Role::Viewer);
    EXPECT_FALSE(users.verify("lan", "mat-khau-khac"));
    EXPECT_FALSE(users.verify("khong-co", "mat-khau-dai"));
    users.add("lan", Role::Viewer, "mat-khau-moi-1");
    EXPECT_EQ(users.verify("lan", "mat-khau-moi-1"), Role::Viewer) << "re-adding resets password and role";
    EXPECT_FALSE(users.verify("lan", "mat-khau-dai"));
    EXPECT_THROW(users.add("Lan Anh", Role::Viewer, "mat-khau-dai"), std::runtime_error);
    EXPECT_THROW(users.add("ngan", Role::Viewer, "ngan"), std::runtime_error) << "8 characters at least";
}

TEST(ConsoleSettings, ListenAndConsoleSectionWithFileLineColErrors) {
    std::string host;
    int port = 0;
    EXPECT_TRUE(parseListen("0.0.0.0:8080", host, port));
    EXPECT_EQ(host, "0.0.0.0");
    EXPECT_EQ(port, 8080);
    EXPECT_TRUE(parseListen("[::1]:80", host, port));
    EXPECT_EQ(host, "::1");
    EXPECT_FALSE(parseListen("8080", host, port));
    EXPECT_FALSE(parseListen("x:99999", host, port));
    EXPECT_FALSE(parseListen("x:", host, port));
    test::TempDir tmp;
    auto file = tmp.write(
        "office.toml",
        "[office]\nward = \"p\"\n[console]\nlisten = \"127.0.0.1:9090\"\nsilent_minutes = 3\nidle_minutes = 0\n");
    std::vector<std::string> errors;
    auto o = loadConsoleOptions(file, errors);
    EXPECT_TRUE(o.enabled);
    EXPECT_EQ(o.port, 9090);
    EXPECT_EQ(o.silentMs, 180'000);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].rfind(file.string() + ":6:", 0), 0u) << errors[0];
    auto off = loadConsoleOptions(tmp.write("b.toml", "[office]\nward = \"p\"\n"), errors);
    EXPECT_FALSE(off.enabled) << "no [console]: the console stays off";
    // core::TomlTable's words: an unknown key with "did you mean", a wrong type, at line:col.
    core::setLang(core::Lang::En);
    errors.clear();
    auto bad = tmp.write("c.toml", "[console]\nlisten = \"127.0.0.1:9090\"\nidle_minute = 5\ntls = \"yes\"\n");
    loadConsoleOptions(bad, errors);
    ASSERT_EQ(errors.size(), 2u);
    EXPECT_EQ(errors[0],
              bad.string() + ":3:1: unknown key \"idle_minute\" in [console] (did you mean \"idle_minutes\"?)");
    EXPECT_EQ(errors[1].rfind(bad.string() + ":4:7: console.tls: expected", 0), 0u) << errors[1];
    core::setLang(core::Lang::Vi);
}

// A box's status (or an enrollment file) that does not parse is shown and logged with its
// position, never silently treated as empty.
TEST(ConsoleText, ABrokenStatusMessageIsNamedAtItsPosition) {
    std::string error;
    EXPECT_TRUE(parseShown("site = \"cho\"\n", "box-1/status", &error));
    EXPECT_TRUE(error.empty()) << error;
    testing::internal::CaptureStderr();
    EXPECT_FALSE(parseShown("site = \"cho\"\nbundle = \n", "box-1/status", &error));
    std::string log = testing::internal::GetCapturedStderr();
    EXPECT_EQ(error.rfind("box-1/status:2:", 0), 0u) << error;
    EXPECT_NE(log.find(error), std::string::npos) << log;
    testing::internal::CaptureStderr();
    EXPECT_FALSE(parseShown("site = \"cho\"\nbundle = \n", "box-1/status", &error));
    EXPECT_EQ(testing::internal::GetCapturedStderr().find("box-1/status"), std::string::npos) << "logged once";
}

TEST(ConsoleText, DatesAreDayMonthYearInTheOfficeOffset) {
    // 2026-12-06 23:30 UTC is 07/12/2026 06:30 in Vietnam.
    EXPECT_EQ(formatTime(1796599800000, wardZone(420)), "07/12/2026 06:30");
    EXPECT_EQ(formatTime(1796599800000, wardZone(-300)), "06/12/2026 18:30") << "the zone of office.toml, not +7";
    EXPECT_EQ(formatTime(0, wardZone(420)), "—");
    EXPECT_EQ(wardZone(420).offsetAt(1796599800000), 7 * 3600);
    std::int64_t a = 0, b = 0;
    ASSERT_TRUE(parseDayInput("06/12/2026", a, 420));
    ASSERT_TRUE(parseDayInput("2026-12-06", b, 420));
    EXPECT_EQ(a, b);
    EXPECT_EQ(formatDate(a), "06/12/2026");
    EXPECT_FALSE(parseDayInput("6/12/2026", a, 420));
    EXPECT_FALSE(parseDayInput("hôm qua", a, 420));
    EXPECT_EQ(esc("<a href=\"x\">'&'</a>"), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
}

// Messages made for the command line (the witness's findings, merge warnings) carry
// ISO-8601 times; a page shows them as every other time on it.
TEST(ConsoleText, IsoTimesInMessagesReadAsDayMonthYearInTheWardsZone) {
    const auto vn = wardZone(420);
    EXPECT_EQ(localTimes("điểm kiểm 1 (seq 11, 2026-12-06T08:31:00+07:00); sổ cũ đã bị xoá", vn),
              "điểm kiểm 1 (seq 11, 06/12/2026 08:31); sổ cũ đã bị xoá");
    EXPECT_EQ(localTimes("2026-12-06T01:31:59Z", vn), "06/12/2026 08:31") << "UTC, at the start";
    EXPECT_EQ(localTimes("at 2026-12-06T02:31:00.250+01:00.", vn), "at 06/12/2026 08:31.") << "another offset";
    EXPECT_EQ(localTimes("a 2026-12-06T23:30:00+07:00 b 2026-12-07T00:10:00+07:00", wardZone(0)),
              "a 06/12/2026 16:30 b 06/12/2026 17:10");
    for (const char* kept : {"2026-12-06T08:31:00", "2026-12-06", "x2026-12-06T08:31:00+07:00",
                             "2026-12-06T08:31:00+07:00x", "2026-13-06T08:31:00+07:00", "seq 2026-12", ""})
        EXPECT_EQ(localTimes(kept, vn), kept) << "no offset, a date, inside a word or not a time: " << kept;
    EXPECT_EQ(localTimes("Sổ phát 2026-12-06T08:31+07:00 — đã gộp", vn), "Sổ phát 06/12/2026 08:31 — đã gộp");
}

// The Boxes page's "now playing": the title the officer knows, the ids in small text.
TEST(ConsoleNowPlaying, TitleFromTheBundleThenTheCampaignEscapedAndNfcIdsAsFallback) {
    content::Titles campaign, bundle;
    campaign.items["khong_chuyen_khoan"] = "Không chuyển khoản cho người lạ";
    campaign.items["hostile"] = "<script>alert('x')</script> & \"quà\"";
    campaign.items["nfd"] = "Ca\xCC\x89nh gia\xCC\x81"
                            "c"; // "Cảnh giác" decomposed (NFD)
    campaign.playlists["chinh"] = "Chiến dịch tháng 12";
    bundle.items["khong_chuyen_khoan"] = "Không chuyển khoản";
    EXPECT_EQ(nowPlayingCell("chinh/khong_chuyen_khoan", nullptr, &campaign),
              "<span class=\"title\">Không chuyển khoản cho người lạ</span><br>"
              "<span class=\"small ids\">chinh/khong_chuyen_khoan</span>");
    EXPECT_EQ(nowPlayingCell("chinh/khong_chuyen_khoan", &bundle, &campaign)
                  .find("<span class=\"title\">Không chuyển khoản</span>"),
              0u)
        << "the bundle the box runs first";
    const auto hostile = nowPlayingCell("chinh/hostile", &bundle, &campaign);
    EXPECT_EQ(hostile.find("<script"), std::string::npos) << hostile;
    EXPECT_NE(hostile.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quà&quot;"), std::string::npos)
        << hostile;
    EXPECT_NE(nowPlayingCell("chinh/nfd", nullptr, &campaign).find(">Cảnh giác<"), std::string::npos) << "NFC";
    EXPECT_EQ(
        nowPlayingCell("chinh/khong-ro", nullptr, &campaign).find("<span class=\"title\">Chiến dịch tháng 12</span>"),
        0u)
        << "no item title: the playlist's name";
    EXPECT_EQ(nowPlayingCell("khac/khong-ro", &bundle, &campaign), "<span class=\"small ids\">khac/khong-ro</span>")
        << "no title at all: the ids";
    EXPECT_EQ(nowPlayingCell("<b>/x", nullptr, nullptr), "<span class=\"small ids\">&lt;b&gt;/x</span>");
    EXPECT_EQ(nowPlayingCell("", &bundle, &campaign), "—");
}

std::size_t filesIn(const std::filesystem::path& dir) {
    std::size_t n = 0;
    std::error_code ec;
    for (std::filesystem::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) ++n;
    return n;
}

// Titles of a signed bundle the office keeps, read from the bundle itself and kept.
TEST(ConsoleNowPlaying, TitlesOfASignedBundleAreReadFromItOnce) {
    test::TempDir tmp;
    const auto key = bundle::generateSecretKey();
    auto made = bundle::createBundle(std::filesystem::path(SIGNAGE_TEST_DATA_DIR) / "broken" / "clean", key,
                                     tmp.path() / "fixture-clean-1.0.0.bundle");
    BundleTitles titles(tmp.path() / "scratch");
    auto t = titles.of(made.bundle);
    ASSERT_TRUE(t);
    EXPECT_EQ(t->items.at("item-3"), "Không chuyển khoản") << "the slide's title, by the item's id";
    EXPECT_FALSE(t->playlists.empty());
    EXPECT_EQ(titles.of(made.bundle).get(), t.get()) << "kept while the file is the same";
    EXPECT_EQ(filesIn(tmp.path() / "scratch"), 0u) << "nothing left unpacked";
    std::ofstream(tmp.path() / "not.bundle") << "not a bundle";
    testing::internal::CaptureStderr();
    EXPECT_FALSE(titles.of(tmp.path() / "not.bundle"));
    testing::internal::GetCapturedStderr();
    EXPECT_FALSE(titles.of(tmp.path() / "missing.bundle"));
}

std::string zipOf(const std::vector<std::pair<std::string, std::string>>& files) {
    std::string out;
    archive* a = archive_write_new();
    archive_write_set_format_zip(a);
    archive_write_open(
        a, &out, nullptr,
        [](archive*, void* o, const void* buf, size_t n) -> la_ssize_t {
            static_cast<std::string*>(o)->append(static_cast<const char*>(buf), n);
            return static_cast<la_ssize_t>(n);
        },
        nullptr);
    for (const auto& [name, data] : files) {
        archive_entry* e = archive_entry_new();
        archive_entry_set_pathname(e, name.c_str());
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        archive_entry_set_size(e, static_cast<la_int64_t>(data.size()));
        archive_write_header(a, e);
        archive_write_data(a, data.data(), data.size());
        archive_entry_free(e);
    }
    archive_write_close(a);
    archive_write_free(a);
    return out;
}

TEST(ConsoleZip, UnpacksAFolderAndEntersItsLoneTopFolder) {
    test::TempDir tmp;
    auto r =
        unpackZip(zipOf({{"noi-dung/manifest.toml", "id = \"x\"\n"}, {"noi-dung/slides/a.toml", "title = \"Ă\"\n"}}),
                  tmp.path() / "z", false);
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.files, 2u);
    EXPECT_EQ(r.root, tmp.path() / "z" / "noi-dung");
    EXPECT_TRUE(std::filesystem::exists(r.root / "slides" / "a.toml"));
}

TEST(ConsoleZip, RefusesTooLargeTooManyDuplicatesAndGarbageLeavingNothing) {
    test::TempDir tmp;
    ZipLimits small;
    small.maxBytes = 1000;
    small.maxEntries = 3;
    struct Case {
        std::string what, zip;
    };
    std::vector<Case> cases = {
        {"too large", zipOf({{"a", std::string(2000, 'x')}})},
        {"too many", zipOf({{"a", "1"}, {"b", "2"}, {"c", "3"}, {"d", "4"}})},
        {"duplicate", zipOf({{"a", "1"}, {"a", "2"}})},
        {"backslash", zipOf({{"..\\\\x", "1"}})},
        {"not a zip", "PK\x03\x04 garbage"},
        {"empty", zipOf({})},
    };
    int n = 0;
    for (const auto& c : cases) {
        auto dest = tmp.path() / ("z" + std::to_string(n++));
        auto r = unpackZip(c.zip, dest, false, small);
        EXPECT_FALSE(r.ok) << c.what;
        EXPECT_FALSE(r.error.empty()) << c.what;
        EXPECT_FALSE(std::filesystem::exists(dest)) << c.what << ": nothing left";
    }
    auto r = unpackZip(zipOf({{"a", "1"}}), tmp.path(), false);
    EXPECT_FALSE(r.ok) << "an existing destination is never reused";
}

} // namespace
} // namespace signage::office::web
