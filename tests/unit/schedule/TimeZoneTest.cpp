// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <gtest/gtest.h>

#include "TestContent.h"
#include "schedule/TimeZone.h"
#include "support/TempDir.h"

namespace signage::schedule {
namespace {

using test::at;

TimeZone load(const char* name) {
    std::string why;
    auto z = TimeZone::load(name, &why);
    EXPECT_TRUE(z.has_value()) << why;
    return z ? *z : TimeZone::utc();
}

TEST(TimeZone, HoChiMinhIsUtcPlus7) {
    TimeZone z = load("Asia/Ho_Chi_Minh");
    WallMs t = at("2025-08-02T06:00:00Z");
    EXPECT_EQ(z.offsetAt(t), 7 * 3600);
    EXPECT_EQ(z.formatIso(t), "2025-08-02T13:00:00+07:00");
    EXPECT_EQ(z.localDay(at("2025-08-01T17:00:00Z")), daysFromCivil(2025, 8, 2));
    EXPECT_EQ(z.startOfDay(daysFromCivil(2025, 8, 2)), at("2025-08-02T00:00:00+07:00"));
}

TEST(TimeZone, BerlinSummerAndWinter) {
    TimeZone z = load("Europe/Berlin");
    EXPECT_EQ(z.offsetAt(at("2025-01-15T12:00:00Z")), 3600);
    EXPECT_EQ(z.offsetAt(at("2025-07-15T12:00:00Z")), 7200);
    // Spring forward at 01:00 UTC on 2025-03-30, fall back at 01:00 UTC on 2025-10-26.
    EXPECT_EQ(z.offsetAt(at("2025-03-30T00:59:59Z")), 3600);
    EXPECT_EQ(z.offsetAt(at("2025-03-30T01:00:00Z")), 7200);
    EXPECT_EQ(z.offsetAt(at("2025-10-26T00:59:59Z")), 7200);
    EXPECT_EQ(z.offsetAt(at("2025-10-26T01:00:00Z")), 3600);
}

TEST(TimeZone, BerlinGapMovesForwardAndOverlapTakesTheEarlierInstant) {
    TimeZone z = load("Europe/Berlin");
    Day spring = daysFromCivil(2025, 3, 30);
    // 02:30 does not exist: it becomes 03:30 summer time (01:30 UTC).
    EXPECT_EQ(z.toUtc(spring * kMsPerDay + 150 * kMsPerMinute), at("2025-03-30T01:30:00Z"));
    Day autumn = daysFromCivil(2025, 10, 26);
    // 02:30 happens twice: the first one, still summer time (00:30 UTC).
    EXPECT_EQ(z.toUtc(autumn * kMsPerDay + 150 * kMsPerMinute), at("2025-10-26T00:30:00Z"));
    // The autumn day has 25 hours, the spring day 23.
    EXPECT_EQ(z.startOfDay(autumn + 1) - z.startOfDay(autumn), 25 * kMsPerHour);
    EXPECT_EQ(z.startOfDay(spring + 1) - z.startOfDay(spring), 23 * kMsPerHour);
}

TEST(TimeZone, FooterRuleCoversYearsAfterTheTable) {
    TimeZone z = load("Europe/Berlin");
    EXPECT_EQ(z.offsetAt(at("2060-07-01T12:00:00Z")), 7200);
    EXPECT_EQ(z.offsetAt(at("2060-01-01T12:00:00Z")), 3600);
    TimeZone s = load("Australia/Sydney"); // summer over the new year
    EXPECT_EQ(s.offsetAt(at("2060-01-10T00:00:00Z")), 11 * 3600);
    EXPECT_EQ(s.offsetAt(at("2060-07-10T00:00:00Z")), 10 * 3600);
}

// Cross-check against the C library reading the same files, hour by hour.
TEST(TimeZone, AgreesWithTheCLibrary) {
    const char* saved = std::getenv("TZ");
    std::string savedTz = saved ? saved : "";
    for (const char* name : {"Europe/Berlin", "America/New_York", "Asia/Ho_Chi_Minh", "Australia/Sydney"}) {
        TimeZone z = load(name);
        setenv("TZ", name, 1);
        tzset();
        int mismatches = 0;
        for (std::time_t t = at("1990-01-01T00:00:00Z") / 1000; t < at("2045-01-01T00:00:00Z") / 1000; t += 3 * 3600) {
            std::tm tm{};
            localtime_r(&t, &tm);
            if (z.offsetAt(static_cast<WallMs>(t) * 1000) != tm.tm_gmtoff && ++mismatches < 5)
                ADD_FAILURE() << name << " at " << t << ": " << z.offsetAt(static_cast<WallMs>(t) * 1000) << " vs " << tm.tm_gmtoff;
        }
        EXPECT_EQ(mismatches, 0) << name;
    }
    if (saved) setenv("TZ", savedTz.c_str(), 1);
    else unsetenv("TZ");
    tzset();
}

TEST(TimeZone, PosixRules) {
    PosixTzRule r;
    ASSERT_TRUE(PosixTzRule::parse("<+07>-7", r));
    EXPECT_FALSE(r.hasDst);
    EXPECT_EQ(r.stdOffset, 7 * 3600);
    ASSERT_TRUE(PosixTzRule::parse("CET-1CEST,M3.5.0,M10.5.0/3", r));
    EXPECT_TRUE(r.hasDst);
    EXPECT_EQ(r.dstOffset, 7200);
    EXPECT_EQ(r.offsetAt(at("2025-03-30T01:00:00Z") / 1000), 7200);
    EXPECT_EQ(r.offsetAt(at("2025-03-30T00:59:00Z") / 1000), 3600);
    ASSERT_TRUE(PosixTzRule::parse("EST5EDT,M3.2.0,M11.1.0", r));
    EXPECT_EQ(r.stdOffset, -5 * 3600);
    for (const char* bad : {"", "C-1", "CET", "CET-1CEST,M13.5.0,M10.5.0", "CET-1CEST,M3.5.0", "<+07-7"})
        EXPECT_FALSE(PosixTzRule::parse(bad, r)) << bad;
}

TEST(TimeZone, UnknownBadAndCorruptZonesAreErrorsNotCrashes) {
    std::string why;
    EXPECT_FALSE(TimeZone::load("Asia/Atlantis", &why));
    EXPECT_NE(why.find("Asia/Atlantis"), std::string::npos);
    EXPECT_FALSE(TimeZone::load("../../etc/passwd", &why));
    EXPECT_FALSE(TimeZone::load("/etc/passwd", &why));

    signage::test::TempDir dir;
    dir.write("Bad/Zone", "TZif2 this is not a zone");
    std::ifstream real("/usr/share/zoneinfo/Europe/Berlin", std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(real)), {});
    dir.write("Bad/Truncated", bytes.substr(0, bytes.size() / 2));
    setenv("TZDIR", dir.path().c_str(), 1);
    EXPECT_FALSE(TimeZone::load("Bad/Zone", &why));
    EXPECT_FALSE(TimeZone::load("Bad/Truncated", &why));
    EXPECT_NE(why.find("truncated"), std::string::npos) << why;
    // The player never stops for a missing zone: Ho Chi Minh falls back to UTC+7.
    std::string warning;
    TimeZone fallback = TimeZone::loadOrFallback("Asia/Ho_Chi_Minh", &warning);
    EXPECT_EQ(fallback.offsetAt(0), 7 * 3600);
    EXPECT_FALSE(warning.empty());
    unsetenv("TZDIR");
}

} // namespace
} // namespace signage::schedule
