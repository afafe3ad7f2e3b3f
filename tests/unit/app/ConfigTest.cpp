// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <iterator>

#include "app/Config.h"
#include "app/RunPlayer.h"
#include "app/StaffServices.h"
#include "support/TempDir.h"
#include "core/Lang.h"

using signage::app::BoxConfig;
using signage::app::parseBoxConfig;

TEST(BoxConfig, ReadsEveryKey) {
    auto c = parseBoxConfig("[box]\nid = \"box-007\"\nsite = \"ben-xe-my-tho\"\n[audio]\nvolume = 0.8\n"
                            "quiet_hours = \"21:30-06:00\"\nquiet_volume = 0.25\n[checker]\npolice_phone = \"0273 111 222\"\n",
                            "signage.toml");
    EXPECT_EQ(c.boxId, "box-007");
    EXPECT_EQ(c.site, "ben-xe-my-tho");
    EXPECT_FLOAT_EQ(c.volume, 0.8f);
    EXPECT_FLOAT_EQ(c.quietVolume, 0.25f);
    EXPECT_EQ(c.policePhone, "0273 111 222");
    // Quiet hours cross midnight.
    EXPECT_TRUE(c.quietAt(22 * 60));
    EXPECT_TRUE(c.quietAt(5 * 60 + 59));
    EXPECT_FALSE(c.quietAt(6 * 60));
    EXPECT_FALSE(c.quietAt(12 * 60));
}

TEST(BoxConfig, BadValuesKeepDefaultsAndSayWhere) {
    signage::core::setLang(signage::core::Lang::En);
    testing::internal::CaptureStderr();
    auto c = parseBoxConfig("[audio]\nvolume = 7\nquiet_hours = \"late\"\nvolum = 1\n", "signage.toml");
    std::string err = testing::internal::GetCapturedStderr();
    EXPECT_FLOAT_EQ(c.volume, 1.0f);
    EXPECT_FALSE(c.quietAt(23 * 60));
    EXPECT_NE(err.find("signage.toml:2:10: audio.volume: 7 is out of range"), std::string::npos) << err;
    EXPECT_NE(err.find("signage.toml:3:15: audio.quiet_hours: \"late\" is not"), std::string::npos) << err;
    // Unknown keys are warnings in signage.toml (docs/config.md), wrong values errors for that value.
    EXPECT_NE(err.find("signage.toml:4:1: warning: unknown key \"volum\" in [audio] (did you mean \"volume\"?)"),
              std::string::npos)
        << err;
    testing::internal::CaptureStderr();
    auto broken = parseBoxConfig("[box\nid=1", "x.toml");
    err = testing::internal::GetCapturedStderr();
    EXPECT_TRUE(broken.boxId.empty());
    EXPECT_NE(err.find("x.toml:1:"), std::string::npos) << err;
    EXPECT_NE(err.find("(using defaults)"), std::string::npos) << err;
}

TEST(BoxConfig, TouchCheckerKeys) {
    BoxConfig c = parseBoxConfig("[checker]\ntouch = true\nidle_seconds = 90\nreport_url = \"https://canhbao.khonggianmang.vn\"\n"
                                 "report_label = \"Báo cáo lừa đảo\"\n",
                                 "signage.toml");
    EXPECT_EQ(c.touchChecker, BoxConfig::Touch::On);
    EXPECT_EQ(c.idleSeconds, 90);
    EXPECT_EQ(c.reportUrl, "https://canhbao.khonggianmang.vn");
    EXPECT_EQ(c.reportLabel, "Báo cáo lừa đảo");
    EXPECT_EQ(parseBoxConfig("[checker]\ntouch = false\n", "a.toml").touchChecker, BoxConfig::Touch::Off);
    EXPECT_EQ(parseBoxConfig("[checker]\ntouch = \"auto\"\n", "a.toml").touchChecker, BoxConfig::Touch::Auto);
    EXPECT_EQ(parseBoxConfig("", "a.toml").touchChecker, BoxConfig::Touch::Auto);
    BoxConfig bad = parseBoxConfig("[checker]\ntouch = \"yes\"\nidle_seconds = 3\n", "b.toml");
    EXPECT_EQ(bad.touchChecker, BoxConfig::Touch::Auto) << "a bad value keeps the default";
    EXPECT_EQ(bad.idleSeconds, 60);
}

namespace {
/// Parses `text` as signage.toml in English and returns what was logged.
std::string problemsOf(const std::string& text, BoxConfig* out = nullptr) {
    signage::core::setLang(signage::core::Lang::En);
    testing::internal::CaptureStderr();
    BoxConfig c = parseBoxConfig(text, "signage.toml");
    std::string err = testing::internal::GetCapturedStderr();
    if (out) *out = c;
    return err;
}
} // namespace

// Issue 18: wrong types were silently ignored (volume = "loud", touch = 3) and a bad lang stored.
TEST(BoxConfig, WrongTypesAreReportedWithFileLineCol) {
    BoxConfig c;
    std::string err = problemsOf("[audio]\nvolume = \"loud\"\n[checker]\ntouch = 3\n[box]\nlang = \"fr\"\n", &c);
    EXPECT_NE(err.find("signage.toml:2:10: audio.volume: expected a number, found a string"), std::string::npos) << err;
    EXPECT_NE(err.find("signage.toml:4:9: checker.touch: must be true, false or \"auto\""), std::string::npos) << err;
    EXPECT_NE(err.find("signage.toml:6:8: box.lang: \"fr\" is not valid (expected one of: vi, en)"), std::string::npos) << err;
    EXPECT_FLOAT_EQ(c.volume, 1.0f);
    EXPECT_EQ(c.touchChecker, BoxConfig::Touch::Auto);
    EXPECT_EQ(c.lang, "");
    err = problemsOf("[checker]\nidle_seconds = \"90\"\npolice_phone = 113\n[audio]\nquiet_volume = 2\n", &c);
    EXPECT_NE(err.find("signage.toml:2:16: checker.idle_seconds: expected an integer, found a string"), std::string::npos) << err;
    EXPECT_NE(err.find("signage.toml:3:16: checker.police_phone: expected a string, found an integer"), std::string::npos) << err;
    EXPECT_NE(err.find("signage.toml:5:16: audio.quiet_volume: 2 is out of range"), std::string::npos) << err;
    EXPECT_FLOAT_EQ(c.quietVolume, 0.3f);
}

// Issue 18: a box id like "../../etc" or with a NUL was stored (it names files and rows).
TEST(BoxConfig, UnsafeBoxIdsAreRefused) {
    BoxConfig c;
    std::string err = problemsOf("[box]\nid = \"../../etc\"\nsite = \"ben-xe\\u0000x\"\n", &c);
    EXPECT_EQ(c.boxId, "");
    EXPECT_EQ(c.site, "");
    EXPECT_NE(err.find("signage.toml:2:6: box.id: \"../../etc\" is not a safe id"), std::string::npos) << err;
    EXPECT_NE(err.find("signage.toml:3:8: box.site: \"ben-xe\\x00x\" is not a safe id"), std::string::npos) << err;
    EXPECT_EQ(err.find('\0'), std::string::npos);
    problemsOf("[box]\nid = \"box-007.B_2\"\nsite = \"ben-xe-my-tho\"\n", &c);
    EXPECT_EQ(c.boxId, "box-007.B_2");
    EXPECT_EQ(c.site, "ben-xe-my-tho");
    for (const char* bad : {"\"\"", "\".hidden\"", "\"a/b\"", "\"a b\"", "\"Bến-xe\""}) {
        problemsOf(std::string("[box]\nid = ") + bad + "\n", &c);
        EXPECT_EQ(c.boxId, "") << bad;
    }
}

TEST(BoxConfig, ProblemsInVietnamese) {
    signage::core::setLang(signage::core::Lang::Vi);
    testing::internal::CaptureStderr();
    parseBoxConfig("[box]\nid = \"../x\"\n[audio]\nvolume = \"to\"\n", "signage.toml");
    std::string err = testing::internal::GetCapturedStderr();
    EXPECT_NE(err.find("signage.toml:2:6: box.id: \"../x\" không phải mã an toàn"), std::string::npos) << err;
    EXPECT_NE(err.find("signage.toml:4:10: audio.volume: cần một số, nhưng gặp một chuỗi"), std::string::npos) << err;
    signage::core::setLang(signage::core::Lang::En);
}

// Quiet hours used a hard-coded UTC+7 in the player loop; they now follow the box's zone.
TEST(BoxConfig, MinuteOfDayFollowsTheZone) {
    BoxConfig c;
    const signage::core::WallMs utc = 1754089200000; // 2025-08-01T23:00:00Z = 06:00 in Hồ Chí Minh City
    EXPECT_EQ(c.minuteOfDay(utc), 6 * 60);
    EXPECT_EQ(c.minuteOfDay(utc + 18 * 3600000LL - 60000), 23 * 60 + 59);
    c.zone = signage::schedule::TimeZone::utc();
    EXPECT_EQ(c.minuteOfDay(utc), 23 * 60);
    EXPECT_EQ(signage::app::loadBoxConfig(std::nullopt).minuteOfDay(utc), 6 * 60); // tzdata or the built-in +7
}

// loadBoxConfig reads the zone from tzdata as the schedule does (TZDIR honoured), on
// every path: a config file, no file, an unreadable one. A TZDIR whose Asia/Ho_Chi_Minh
// is Tokyo's zone tells tzdata's offset from the built-in +7.
TEST(BoxConfig, LoadBoxConfigTakesTheZoneFromTzdataLikeTheSchedule) {
    signage::test::TempDir dir;
    std::ifstream tokyo("/usr/share/zoneinfo/Asia/Tokyo", std::ios::binary);
    if (!tokyo) GTEST_SKIP() << "needs tzdata";
    dir.write("zoneinfo/Asia/Ho_Chi_Minh", std::string((std::istreambuf_iterator<char>(tokyo)), {}));
    auto file = dir.write("signage.toml", "[box]\nsite = \"cho-lon\"\n");
    const signage::core::WallMs utc = 1754089200000; // 2025-08-01T23:00:00Z: 06:00 at +7, 08:00 at +9
    setenv("TZDIR", (dir.path() / "zoneinfo").c_str(), 1);
    const BoxConfig fromFile = signage::app::loadBoxConfig(file);
    const BoxConfig unreadable = signage::app::loadBoxConfig(dir.path() / "missing.toml");
    testing::internal::CaptureStderr();
    setenv("TZDIR", (dir.path() / "empty").c_str(), 1);
    const BoxConfig noTzdata = signage::app::loadBoxConfig(file);
    const std::string err = testing::internal::GetCapturedStderr();
    unsetenv("TZDIR");
    EXPECT_EQ(fromFile.site, "cho-lon");
    EXPECT_EQ(fromFile.minuteOfDay(utc), 8 * 60) << "the zone came from tzdata, not the built-in +7";
    EXPECT_EQ(unreadable.minuteOfDay(utc), 8 * 60);
    EXPECT_EQ(noTzdata.minuteOfDay(utc), 6 * 60) << "without tzdata: the built-in UTC+7";
    EXPECT_NE(err.find("Asia/Ho_Chi_Minh"), std::string::npos) << "and a warning saying so: " << err;
}

// Issue 18: stack traces on screen only when a plugin folder is played.
TEST(PluginDevMode, OnlyForAPluginFolder) {
    signage::test::TempDir dir;
    dir.write("content/manifest.toml", "id = \"t\"\n");
    dir.write("content/plugins/p/plugin.toml", "name = \"p\"\n");
    signage::app::PlayerOptions o;
    EXPECT_FALSE(signage::app::pluginDevMode(o)) << "managed content";
    o.content = dir.path() / "content";
    EXPECT_FALSE(signage::app::pluginDevMode(o)) << "a content directory named on the command line";
    o.content = dir.path() / "content" / "plugins" / "p";
    EXPECT_TRUE(signage::app::pluginDevMode(o));
    o.content = dir.path() / "content" / "manifest.toml";
    EXPECT_FALSE(signage::app::pluginDevMode(o)) << "a file";
}

// [staff] (issue 18): a hash from `signage staff-pin`, or a plain pin with a warning.
TEST(BoxConfig, StaffPinHashedOrPlainWithAWarning) {
    signage::core::setLang(signage::core::Lang::En);
    const std::string hash = signage::app::hashStaffPin("2468");
    testing::internal::CaptureStderr();
    auto hashed = parseBoxConfig("[staff]\npin_hash = \"" + hash + "\"\nidle_seconds = 30\nusb_dirs = [\"/srv/usb\"]\n",
                                 "s.toml");
    std::string err = testing::internal::GetCapturedStderr();
    EXPECT_EQ(err, "");
    EXPECT_TRUE(hashed.staffMenu());
    EXPECT_EQ(hashed.staffIdleSeconds, 30);
    ASSERT_EQ(hashed.usbDirs.size(), 1u);
    EXPECT_TRUE(signage::app::checkStaffPin(hashed, "2468"));
    EXPECT_FALSE(signage::app::checkStaffPin(hashed, "2469"));
    EXPECT_FALSE(signage::app::checkStaffPin(hashed, ""));

    testing::internal::CaptureStderr();
    auto plain = parseBoxConfig("[staff]\npin = \"1357\"\n", "s.toml");
    err = testing::internal::GetCapturedStderr();
    EXPECT_NE(err.find("s.toml:2:7: staff.pin: the PIN is in plain text"), std::string::npos) << err;
    EXPECT_TRUE(signage::app::checkStaffPin(plain, "1357"));
    EXPECT_FALSE(signage::app::checkStaffPin(plain, "135"));
    EXPECT_FALSE(signage::app::checkStaffPin(plain, "13570"));

    testing::internal::CaptureStderr();
    auto bad = parseBoxConfig("[staff]\npin = \"12ab\"\npin_hash = \"md5:xyz\"\nidle_seconds = 1\n", "s.toml");
    err = testing::internal::GetCapturedStderr();
    EXPECT_FALSE(bad.staffMenu()) << "no usable PIN: no menu";
    EXPECT_NE(err.find("s.toml:2:7: staff.pin: must be 4 to 12 digits"), std::string::npos) << err;
    EXPECT_NE(err.find("s.toml:3:12: staff.pin_hash: not a hash"), std::string::npos) << err;
    EXPECT_NE(err.find("s.toml:4:16: staff.idle_seconds"), std::string::npos) << err;
    auto none = parseBoxConfig("[box]\nid = \"b\"\n", "s.toml");
    EXPECT_FALSE(none.staffMenu());
    EXPECT_FALSE(signage::app::checkStaffPin(none, ""));
}
