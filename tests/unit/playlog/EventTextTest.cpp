// SPDX-License-Identifier: GPL-3.0-or-later
// How play-log events read for people (issue 17: "event details in English inside the
// Vietnamese report"; the staff menu listed raw codes such as "note  staff_menu: pin_wrong 1").
// The log keeps what the box wrote (hashed); playlog/EventText words it in the reader's
// language, Vietnamese first, English with --lang en.
#include <gtest/gtest.h>

#include "core/Lang.h"
#include "playlog/EventText.h"

using namespace signage;
using namespace signage::playlog;

namespace {

struct Reader {
    explicit Reader(core::Lang l) : _was(core::lang()) { core::setLang(l); }
    ~Reader() { core::setLang(_was); }
    core::Lang _was;
};

TEST(EventText, StaffMenuAndTouchNotesReadInVietnamese) {
    Reader vi(core::Lang::Vi);
    EXPECT_EQ(eventLine("note", "staff_menu: pin_wrong 2"), "menu nhân viên: sai mã PIN (lần 2)");
    EXPECT_EQ(eventLine("note", "staff_menu: open"), "menu nhân viên: đã mở (đúng mã PIN)");
    EXPECT_EQ(eventLine("note", "staff_menu: pin_pad"), "menu nhân viên: mở bàn phím mã PIN");
    EXPECT_EQ(eventLine("note", "staff_menu: close idle"), "menu nhân viên: tự đóng (hết thời gian chờ)");
    EXPECT_EQ(eventLine("note", "staff_menu: close staff"), "menu nhân viên: nhân viên đóng");
    EXPECT_EQ(eventLine("note", "staff_menu: close schedule"), "menu nhân viên: đóng vì lịch phát cần màn hình");
    // An older player wrote the reason in its run language: still read right.
    EXPECT_EQ(eventLine("note", "staff_menu: close by staff"), "menu nhân viên: nhân viên đóng");
    EXPECT_EQ(eventLine("note", "staff_menu: export Logs exported to USB: stick"),
              "menu nhân viên: xuất nhật ký: Đã xuất nhật ký ra USB: stick");
    EXPECT_EQ(eventLine("note", "touch_session: end 42 s"), "kiểm tra cảm ứng: kết thúc sau 42 giây");
    EXPECT_EQ(eventLine("note", "touch_session: start"), "kiểm tra cảm ứng: khách bắt đầu dùng");
    EXPECT_EQ(eventLine("note", "checker_data: 2025-08-01"), "dữ liệu kiểm tra lừa đảo: 2025-08-01");
    EXPECT_EQ(eventLine("startup", "signage 0.1.0 pid 77"), "khởi động  signage 0.1.0, tiến trình 77");
    EXPECT_EQ(eventLine("display_off", ""), "tắt màn hình");
}

TEST(EventText, TheSameEventsReadInEnglishForAnEnglishReader) {
    Reader en(core::Lang::En);
    EXPECT_EQ(eventLine("note", "staff_menu: pin_wrong 2"), "staff menu: wrong PIN (2)");
    EXPECT_EQ(eventLine("note", "staff_menu: close idle"), "staff menu: closed (idle)");
    // A Vietnamese-run box wrote these words; the English reader gets English.
    EXPECT_EQ(eventLine("note", "staff_menu: close hết thời gian chờ"), "staff menu: closed (idle)");
    EXPECT_EQ(eventLine("note", "staff_menu: export Đã xuất nhật ký ra USB: stick. USB chỉ đọc, đã để sẵn để chép: ro"),
              "staff menu: log export: Logs exported to USB: stick. Read-only USB, staged for copying: ro");
    EXPECT_EQ(eventDetailText("content_import", "Đã cập nhật: Chiến dịch tháng 8, 1.2"),
              "Updated: Chiến dịch tháng 8, 1.2"); // the bundle's own name stays as written
    EXPECT_EQ(eventLine("startup", "signage 0.1.0 pid 77"), "startup  signage 0.1.0 pid 77");
    EXPECT_EQ(eventLine("clock_jump", "from A to B"), "clock jump  from A to B");
}

TEST(EventText, FleetNotesReadInTheReadersLanguage) {
    {
        Reader vi(core::Lang::Vi);
        EXPECT_EQ(eventLine("note", "alert a-17 refused: bad signature (USB: /media/stick)"),
                  "cảnh báo a-17: từ chối, chữ ký sai (giả mạo?) (qua USB: /media/stick)");
        EXPECT_EQ(eventLine("note", "alert a-17 shown"), "cảnh báo a-17: đã hiện trên màn hình");
        EXPECT_EQ(eventLine("note", "bundle downloaded thang-8 sha256 ab12"),
                  "đã tải gói nội dung thang-8 (sha256 ab12)");
        EXPECT_EQ(eventLine("note", "fleet upload refused: bad seq"), "văn phòng từ chối lô sổ phát: bad seq");
        EXPECT_EQ(eventLine("note", "configured box id b-2 differs from the log's b-1"),
                  "ghi chú  mã máy trong cấu hình b-2 khác mã trong sổ b-1");
    }
    Reader en(core::Lang::En);
    EXPECT_EQ(eventLine("note", "alert a-17 refused: expired"), "alert a-17: refused, expired");
    EXPECT_EQ(eventLine("note", "alert a-17 got"), "alert a-17: received");
}

TEST(EventText, UnknownTextIsKeptAsWrittenWithItsKind) {
    Reader vi(core::Lang::Vi);
    EXPECT_EQ(eventLine("note", "something new"), "ghi chú  something new");
    EXPECT_EQ(eventLine("future_kind", "x"), "future_kind  x");
    EXPECT_EQ(eventDetailText("error", "alert"), "alert"); // not an "alert <id> …" note
}

} // namespace
