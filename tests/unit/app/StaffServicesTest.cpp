// SPDX-License-Identifier: GPL-3.0-or-later
// The staff menu's facts (app/StaffServices): the recent events and the last import are
// read back from the play log and shown in the menu's language (issue 17). They were
// listed as the log holds them: "note  staff_menu: pin_wrong 1", "startup  signage … pid …".
#include <gtest/gtest.h>

#include <algorithm>

#include "app/PlayLogObserver.h"
#include "app/StaffServices.h"
#include "core/Lang.h"
#include "support/TempDir.h"

using namespace signage;

namespace {

struct Reader {
    explicit Reader(core::Lang l) : _was(core::lang()) { core::setLang(l); }
    ~Reader() { core::setLang(_was); }
    core::Lang _was;
};

class StaffServicesEvents : public ::testing::Test {
protected:
    void SetUp() override {
        auto time = std::make_shared<playlog::ManualTimeSource>(1754089200000, "boot-1"); // 06:00 +07:00
        playlog::PlayLogOptions o;
        o.dataDir = dir.path();
        o.time = time;
        o.durability = playlog::Durability::Normal;
        playlog::PlayLog log(o);
        app::PlayLogObserver observer(log, {"cho-hong-an", "demo@1.0.0"});
        // What a Vietnamese-run box writes when a bundle is imported and a wrong PIN is typed.
        observer.event("content_import", "Đã cập nhật: Chiến dịch tháng 8, 1.2");
        time->advance(60000);
        observer.event("staff_menu", "pin_wrong 1");
        observer.event("staff_menu", "close idle");
    }
    playback::StaffInfo collect() {
        app::BoxConfig config;
        config.boxId = "box-017";
        core::ManualClock clock(1754089260000);
        return app::makeStaffServices(config, dir.path(), clock, nullptr, nullptr).collect();
    }
    static bool has(const std::vector<std::string>& lines, const std::string& part) {
        return std::any_of(lines.begin(), lines.end(),
                           [&](const std::string& l) { return l.find(part) != std::string::npos; });
    }
    test::TempDir dir;
};

TEST_F(StaffServicesEvents, RecentEventsReadInVietnamese) {
    Reader vi(core::Lang::Vi);
    auto info = collect();
    const std::string all = ::testing::PrintToString(info.events);
    EXPECT_TRUE(has(info.events, "02/08 06:01  menu nhân viên: sai mã PIN (lần 1)")) << all;
    EXPECT_TRUE(has(info.events, "menu nhân viên: tự đóng (hết thời gian chờ)")) << all;
    EXPECT_TRUE(has(info.events, "khởi động  signage ")) << all;
    EXPECT_TRUE(has(info.events, "nhập nội dung  Đã cập nhật: Chiến dịch tháng 8, 1.2")) << all;
    EXPECT_FALSE(has(info.events, "staff_menu")) << all;
    EXPECT_FALSE(has(info.events, "startup")) << all;
    EXPECT_EQ(info.lastImport, "02/08 06:00  Đã cập nhật: Chiến dịch tháng 8, 1.2");
}

TEST_F(StaffServicesEvents, RecentEventsReadInEnglishForAnEnglishMenu) {
    Reader en(core::Lang::En);
    auto info = collect();
    const std::string all = ::testing::PrintToString(info.events);
    EXPECT_TRUE(has(info.events, "staff menu: wrong PIN (1)")) << all;
    EXPECT_TRUE(has(info.events, "staff menu: closed (idle)")) << all;
    EXPECT_TRUE(has(info.events, "startup  signage ")) << all;
    EXPECT_FALSE(has(info.events, "khởi động")) << all;
    EXPECT_EQ(info.lastImport, "02/08 06:00  Updated: Chiến dịch tháng 8, 1.2");
}

} // namespace
