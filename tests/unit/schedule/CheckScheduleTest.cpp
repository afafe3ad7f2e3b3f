// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "TestContent.h"
#include "core/Lang.h"
#include "schedule/CheckSchedule.h"
#include "support/TempDir.h"

namespace signage::schedule {
namespace {

class CheckSchedule : public ::testing::Test {
protected:
    void SetUp() override { core::setLang(core::Lang::En); }
    void TearDown() override { core::setLang(core::Lang::Vi); }

    std::string check(const std::string& toml) {
        signage::test::TempDir dir;
        auto file = dir.write("schedule.toml", toml);
        core::Diagnostics d;
        checkSchedule(test::hongAnCatalog(), file, d);
        _errors = d.errorCount();
        _count = d.all().size();
        std::string s;
        for (const auto& x : d.all()) s += x.format().substr(x.format().find("schedule.toml")) + "\n";
        return s;
    }
    size_t _errors = 0, _count = 0;
};

TEST_F(CheckSchedule, TheExampleIsClean) {
    core::Diagnostics d;
    checkSchedule(test::hongAnCatalog(), std::filesystem::path(SIGNAGE_SOURCE_DIR) / "playlists/examples/hong-an-campaign/schedule.toml", d);
    for (const auto& x : d.all()) ADD_FAILURE() << x.format();
}

TEST_F(CheckSchedule, MissingFileIsFine) {
    core::Diagnostics d;
    checkSchedule(test::hongAnCatalog(), "/nonexistent/schedule.toml", d);
    EXPECT_TRUE(d.all().empty());
}

TEST_F(CheckSchedule, UnknownPlaylistsAndItems) {
    std::string t = check(R"(default_playlist = "thuong-xuyenn"

[[rules]]
playlist = "cao-dim"

[[targets]]
playlist = "5k2p"
item = "khong_chuyen_khoann"
window = "05:30-07:30"
)");
    EXPECT_EQ(_errors, 3u) << t;
    EXPECT_NE(t.find("schedule.toml:1:20: unknown playlist \"thuong-xuyenn\" (did you mean \"thuong-xuyen\"?)"), std::string::npos) << t;
    EXPECT_NE(t.find("schedule.toml:4:12: unknown playlist \"cao-dim\" (did you mean \"cao-diem\"?)"), std::string::npos) << t;
    EXPECT_NE(t.find("schedule.toml:8:8: no item \"khong_chuyen_khoann\" in playlist \"5k2p\" (did you mean \"khong_chuyen_khoan\"?)"), std::string::npos) << t;
}

TEST_F(CheckSchedule, OverlappingEqualPrioritiesWithoutWeights) {
    std::string t = check(R"(
[[rules]]
id = "a"
playlist = "cao-diem"
windows = ["06:00-08:00"]

[[rules]]
id = "b"
playlist = "5k2p"
windows = ["07:00-09:00"]

[[rules]]
id = "c"
playlist = "ky-cam-ket"
windows = ["07:00-09:00"]
priority = 1

[[rules]]
id = "d"
playlist = "thuong-xuyen"
windows = ["08:00-10:00"]
weekdays = ["sat"]
from = 2025-08-04
to = 2025-08-08
)");
    EXPECT_EQ(_errors, 1u) << t; // d: Mon 4 to Fri 8 August has no Saturday
    EXPECT_NE(t.find("rule \"b\" overlaps \"a\" at the same priority 0 with no \"weight\""), std::string::npos) << t;
    EXPECT_EQ(t.find("rule \"c\" overlaps"), std::string::npos) << t; // different priority
    EXPECT_NE(t.find("rule \"d\" never applies"), std::string::npos) << t;
}

TEST_F(CheckSchedule, OverlapAcrossMidnightAndWeightsSilenceIt) {
    std::string t = check(R"(
[[rules]]
id = "dem"
playlist = "cao-diem"
weekdays = ["fri"]
windows = ["23:00-01:00"]

[[rules]]
id = "sang-thu-bay"
playlist = "5k2p"
weekdays = ["sat"]
windows = ["00:30-02:00"]
)");
    EXPECT_NE(t.find("rule \"sang-thu-bay\" overlaps \"dem\""), std::string::npos) << t;
    t = check(R"(
[[rules]]
id = "dem"
playlist = "cao-diem"
weekdays = ["fri"]
windows = ["23:00-01:00"]
weight = 3

[[rules]]
id = "sang-thu-bay"
playlist = "5k2p"
weekdays = ["sat"]
windows = ["00:30-02:00"]
)");
    EXPECT_EQ(_count, 0u) << t;
    t = check(R"(
[[rules]]
id = "dem"
playlist = "cao-diem"
weekdays = ["fri"]
windows = ["23:00-01:00"]

[[rules]]
id = "sang-chu-nhat"
playlist = "5k2p"
weekdays = ["sun"]
windows = ["00:30-02:00"]
)");
    EXPECT_EQ(_count, 0u) << t;
}

TEST_F(CheckSchedule, TargetsThatCannotFit) {
    std::string t = check(R"(
[[display]]
windows = ["05:00-22:30"]

[[targets]]
id = "qua-nhieu"
playlist = "5k2p"
times = 10
window = "05:30-05:45"

[[targets]]
id = "man-hinh-tat"
playlist = "5k2p"
window = "23:00-23:30"

[[targets]]
id = "mot-phan-tat"
playlist = "5k2p"
item = "khong_tham_lam"
times = 150
window = "22:00-23:00"

[[targets]]
id = "vua"
playlist = "5k2p"
item = "khong_tham_lam"
times = 100
window = "20:00-21:00"
)");
    EXPECT_EQ(_errors, 3u) << t;
    EXPECT_NE(t.find("schedule.toml:8:9: target \"qua-nhieu\" cannot fit its window: 10 × 1m45s = 17m30s but 05:30-05:45 has only 15m with the screen on"), std::string::npos) << t;
    EXPECT_NE(t.find("target \"man-hinh-tat\": the screen is off for the whole window 23:00-23:30"), std::string::npos) << t;
    EXPECT_NE(t.find("\"mot-phan-tat\" cannot fit its window: 150 × 15s = 37m30s but 22:00-23:00 has only 30m"), std::string::npos) << t;
}

TEST_F(CheckSchedule, LoaderErrorsAndBadTimeZone) {
    std::string t = check("timezone = \"Asia/Hanoi-Typo\"\n[[rules]]\nplaylst = \"x\"\n");
    EXPECT_NE(t.find("unknown key \"playlst\" in [[rules]] (did you mean \"playlist\"?)"), std::string::npos) << t;
    EXPECT_NE(t.find("has no \"playlist\" (a window with nothing to play)"), std::string::npos) << t;
    EXPECT_NE(t.find("schedule.toml:1:12: unknown time zone \"Asia/Hanoi-Typo\""), std::string::npos) << t;
}

} // namespace
} // namespace signage::schedule
