// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "core/Clock.h"
#include "scripting/VnTime.h"

using namespace signage::scripting;

namespace {

signage::core::WallMs at(const char* iso) {
    signage::core::WallMs t = 0;
    EXPECT_TRUE(signage::core::parseIsoTime(iso, t)) << iso;
    return t;
}

TEST(VnTime, VietnameseDateAndClock) {
    EXPECT_EQ(vnDate(at("2026-11-23T07:30:00+07:00"), kVietnamOffsetMinutes), "Thứ Hai, 23/11/2026");
    EXPECT_EQ(vnDate(at("2026-11-22T07:30:00+07:00"), kVietnamOffsetMinutes), "Chủ Nhật, 22/11/2026");
    EXPECT_EQ(vnClock(at("2026-11-23T07:30:05+07:00"), kVietnamOffsetMinutes), "07:30");
    EXPECT_EQ(vnClock(at("2026-11-23T07:30:05+07:00"), kVietnamOffsetMinutes, true), "07:30:05");
    // 23:30 UTC is already the next day in Vietnam.
    EXPECT_EQ(vnDate(at("2026-11-22T23:30:00Z"), kVietnamOffsetMinutes), "Thứ Hai, 23/11/2026");
}

TEST(VnTime, EveryWeekdayName) {
    const char* names[] = {"Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"};
    const char* shorts[] = {"T2", "T3", "T4", "T5", "T6", "T7", "CN"};
    auto monday = at("2026-11-23T12:00:00+07:00");
    for (int i = 0; i < 7; ++i) {
        auto lt = toLocal(monday + i * 86400000LL, kVietnamOffsetMinutes);
        EXPECT_EQ(weekdayName(lt.weekday), names[i]);
        EXPECT_EQ(weekdayName(lt.weekday, true), shorts[i]);
    }
}

TEST(VnTime, FormatPatterns) {
    auto t = at("2026-02-03T04:05:06+07:00");
    EXPECT_EQ(*formatLocal("%d/%m/%Y %H:%M:%S %y %j %w %a %A %B %%", t, kVietnamOffsetMinutes),
              "03/02/2026 04:05:06 26 034 2 T3 Thứ Ba tháng 2 %");
    char bad = 0;
    EXPECT_FALSE(formatLocal("%Q", t, kVietnamOffsetMinutes, &bad));
    EXPECT_EQ(bad, 'Q');
    EXPECT_FALSE(formatLocal("50%", t, kVietnamOffsetMinutes));
}

TEST(VnTime, LocalRoundTripAndBeforeEpoch) {
    for (const char* iso : {"2026-11-23T07:30:00+07:00", "1969-12-31T23:59:59+07:00", "2000-02-29T00:00:00+07:00"}) {
        auto t = at(iso);
        EXPECT_EQ(fromLocal(toLocal(t, kVietnamOffsetMinutes), kVietnamOffsetMinutes), t) << iso;
    }
    LocalTime lt = toLocal(at("2024-12-31T10:00:00+07:00"), kVietnamOffsetMinutes);
    EXPECT_EQ(lt.yearDay, 366);
    lt.month = 13; // overflow rolls into the next year
    EXPECT_EQ(toLocal(fromLocal(lt, kVietnamOffsetMinutes), kVietnamOffsetMinutes).year, 2025);
}

} // namespace
