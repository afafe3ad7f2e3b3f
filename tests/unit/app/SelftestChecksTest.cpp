// SPDX-License-Identifier: GPL-3.0-or-later
// The selftest's checks fed situations a box can be in: a clock in 1970, a data dir
// that cannot be made, keys that are missing or broken, SDL falling back to offscreen.
#include <gtest/gtest.h>

#include "app/Selftest.h"
#include "core/Lang.h"
#include "support/TempDir.h"

using namespace signage;
using app::CheckStatus;
using test::TempDir;

namespace {

// A real minisign public key file (made with `minisign -G`).
const char* kPubKey =
    "untrusted comment: minisign public key 1811AB73598F3EA3\n"
    "RWSjPo9Zc6sRGI3E4vY3ogCfe2IyCNLeMzvXdKClGGwRfls8AQnazAIH\n";

constexpr core::WallMs kJan2025 = 1735689600000; // 2025-01-01T00:00:00Z

class SelftestChecks : public ::testing::Test {
protected:
    void SetUp() override { core::setLang(core::Lang::En); }
    void TearDown() override { core::setLang(core::Lang::En); }
};

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

} // namespace

TEST_F(SelftestChecks, ClockInThePastIsAWarningNotAFailure) {
    auto r = app::checkClock(0, false);
    EXPECT_EQ(r.status, CheckStatus::Warn);
    EXPECT_TRUE(contains(r.detail, "1970-01-01")) << r.detail;
    EXPECT_TRUE(contains(r.detail, "not synchronised")) << r.detail;
}

TEST_F(SelftestChecks, ClockAfter2024IsFineAndSaysWhetherSynchronised) {
    auto r = app::checkClock(kJan2025, true);
    EXPECT_EQ(r.status, CheckStatus::Ok);
    EXPECT_TRUE(contains(r.detail, "2025-01-01 00:00 UTC, synchronised")) << r.detail;
    EXPECT_TRUE(contains(app::checkClock(kJan2025, false).detail, "not synchronised yet"));
    EXPECT_EQ(app::checkClock(kJan2025 - 400LL * 86400 * 1000, std::nullopt).status, CheckStatus::Warn); // November 2023
}

TEST_F(SelftestChecks, DataDirIsCreatedAndLeftWithoutTheProbeFile) {
    TempDir dir;
    auto data = dir.path() / "var" / "lib" / "signage";
    auto r = app::checkDataDir(data);
    EXPECT_EQ(r.status, CheckStatus::Ok) << r.detail;
    EXPECT_TRUE(contains(r.detail, "writable")) << r.detail;
    ASSERT_TRUE(std::filesystem::is_directory(data));
    EXPECT_TRUE(std::filesystem::is_empty(data));
}

TEST_F(SelftestChecks, DataDirBlockedByAFileFailsNamingThePath) {
    TempDir dir;
    dir.write("var", "not a directory");
    auto r = app::checkDataDir(dir.path() / "var" / "signage");
    EXPECT_EQ(r.status, CheckStatus::Fail);
    EXPECT_TRUE(contains(r.detail, (dir.path() / "var" / "signage").string())) << r.detail;
    EXPECT_EQ(app::checkDataDir(dir.path() / "var").status, CheckStatus::Fail);
}

TEST_F(SelftestChecks, DataDirOnAReadOnlyFilesystemFails) {
    // /proc is read-only for everyone, root included (a read-only data partition looks the same).
    auto r = app::checkDataDir("/proc/sys");
    EXPECT_EQ(r.status, CheckStatus::Fail) << r.detail;
}

TEST_F(SelftestChecks, MissingKeysDirFailsAndSaysBundlesWillBeRefused) {
    TempDir dir;
    auto r = app::checkTrustedKeys(dir.path() / "keys");
    EXPECT_EQ(r.status, CheckStatus::Fail);
    EXPECT_TRUE(contains(r.detail, "does not exist")) << r.detail;
    EXPECT_TRUE(contains(r.detail, "refuse every content bundle")) << r.detail;
}

TEST_F(SelftestChecks, EmptyKeysDirAndOtherFilesFail) {
    TempDir dir;
    dir.write("keys/README.txt", "put keys here\n");
    dir.write("keys/office.key", "a secret key is not a public key\n");
    auto r = app::checkTrustedKeys(dir.path() / "keys");
    EXPECT_EQ(r.status, CheckStatus::Fail);
    EXPECT_TRUE(contains(r.detail, "no .pub key file")) << r.detail;
}

TEST_F(SelftestChecks, BrokenPubFilesAloneFailAndAreNamed) {
    TempDir dir;
    dir.write("keys/broken.pub", "untrusted comment: minisign public key\nRWS-not-base64\n");
    auto r = app::checkTrustedKeys(dir.path() / "keys");
    EXPECT_EQ(r.status, CheckStatus::Fail);
    EXPECT_TRUE(contains(r.detail, "broken.pub")) << r.detail;
}

TEST_F(SelftestChecks, OneGoodKeyPassesAndABrokenOneBesideItWarns) {
    TempDir dir;
    dir.write("keys/ubnd-phuong-1.pub", kPubKey);
    auto ok = app::checkTrustedKeys(dir.path() / "keys");
    EXPECT_EQ(ok.status, CheckStatus::Ok) << ok.detail;
    EXPECT_TRUE(contains(ok.detail, "1 key")) << ok.detail;

    dir.write("keys/zz.pub", "garbage\n");
    auto warn = app::checkTrustedKeys(dir.path() / "keys");
    EXPECT_EQ(warn.status, CheckStatus::Warn);
    EXPECT_TRUE(contains(warn.detail, "zz.pub")) << warn.detail;
}

TEST_F(SelftestChecks, KeyWrittenWithWindowsLineEndingsOrAsOneFileIsAccepted) {
    TempDir dir;
    auto file = dir.write("office.pub", "untrusted comment: minisign public key 1811AB73598F3EA3\r\n"
                                        "RWSjPo9Zc6sRGI3E4vY3ogCfe2IyCNLeMzvXdKClGGwRfls8AQnazAIH\r\n");
    EXPECT_EQ(app::checkTrustedKeys(file).status, CheckStatus::Ok);
    EXPECT_EQ(app::checkTrustedKeys(dir.path()).status, CheckStatus::Ok);
}

TEST_F(SelftestChecks, OffscreenIsFineWhenAskedForAndAFailureWhenSdlFellBackToIt) {
    platform::VideoProbe p;
    p.ok = true;
    p.driver = "offscreen";
    p.displays = 1;
    p.requested = true;
    EXPECT_EQ(app::checkVideo(p).status, CheckStatus::Ok);
    p.requested = false;
    auto r = app::checkVideo(p);
    EXPECT_EQ(r.status, CheckStatus::Fail);
    EXPECT_TRUE(contains(r.detail, "no real video driver")) << r.detail;
    p.driver = "kmsdrm";
    EXPECT_EQ(app::checkVideo(p).status, CheckStatus::Ok);
}

TEST_F(SelftestChecks, VideoAndAudioFailuresCarrySdlsReason) {
    platform::VideoProbe v;
    v.error = "kmsdrm not available";
    auto rv = app::checkVideo(v);
    EXPECT_EQ(rv.status, CheckStatus::Fail);
    EXPECT_TRUE(contains(rv.detail, "kmsdrm not available")) << rv.detail;
    platform::AudioProbe a;
    a.driver = "alsa";
    a.error = "Couldn't open audio device";
    auto ra = app::checkAudio(a);
    EXPECT_EQ(ra.status, CheckStatus::Fail);
    EXPECT_TRUE(contains(ra.detail, "alsa: Couldn't open audio device")) << ra.detail;
    EXPECT_TRUE(contains(ra.detail, "SDL_AUDIODRIVER=dummy")) << ra.detail;
}

TEST_F(SelftestChecks, ALibraryThatCannotWorkFailsByName) {
    core::LibraryInfos libs{{"SDL2", "2.26.5"}, {"SDL2_image", "2.6.3", false, "image loaders missing: JPEG"}};
    auto r = app::checkLibraries(libs);
    EXPECT_EQ(r.status, CheckStatus::Fail);
    EXPECT_EQ(r.detail, "SDL2_image: image loaders missing: JPEG");
    libs[1].ok = true;
    EXPECT_EQ(app::checkLibraries(libs).detail, "SDL2 2.26.5, SDL2_image 2.6.3");
}

TEST_F(SelftestChecks, ReportListsWhatIsWrongInVietnameseFirst) {
    app::SelftestReport report;
    report.checks.push_back({"clock", "đồng hồ", CheckStatus::Warn, "1970"});
    report.checks.push_back({"trusted_keys", "khóa tin cậy", CheckStatus::Fail, "/etc/signage/keys: không có"});
    core::setLang(core::Lang::Vi);
    std::string text = app::formatReport(report);
    EXPECT_TRUE(contains(text, "[ LỖI ] khóa tin cậy: /etc/signage/keys")) << text;
    EXPECT_TRUE(contains(text, "Tự kiểm tra: KHÔNG ĐẠT, 1 lỗi:\n  - khóa tin cậy")) << text;
    core::setLang(core::Lang::En);
    EXPECT_TRUE(contains(app::formatReport(report), "Selftest: FAILED, 1 problem:")) << app::formatReport(report);
    report.checks.pop_back();
    EXPECT_TRUE(report.ok());
    EXPECT_TRUE(contains(app::formatReport(report), "Selftest: passed (1 warning)")) << app::formatReport(report);
}

TEST_F(SelftestChecks, JsonCarriesEveryCheckWithAStableIdAndStatus) {
    app::SelftestReport report;
    report.checks.push_back({"video", "video", CheckStatus::Ok, "kmsdrm, 1 display, \"HDMI\""});
    report.checks.push_back({"audio", "audio", CheckStatus::Fail, "alsa: no card"});
    std::string json = app::formatReportJson(report);
    EXPECT_TRUE(contains(json, "{\"ok\": false, \"failed\": 1, \"warnings\": 0,")) << json;
    EXPECT_TRUE(contains(json, "{\"id\": \"video\", \"title\": \"video\", \"status\": \"ok\", \"detail\": \"kmsdrm, 1 display, \\\"HDMI\\\"\"}")) << json;
    EXPECT_TRUE(contains(json, "\"status\": \"fail\"")) << json;
}
