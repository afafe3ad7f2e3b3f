// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "core/Duration.h"

using signage::core::formatDuration;
using signage::core::Millis;
using signage::core::parseDuration;

TEST(Duration, ParsesEveryUnitAndCombination) {
    EXPECT_EQ(parseDuration("15s"), Millis(15000));
    EXPECT_EQ(parseDuration("2m"), Millis(120000));
    EXPECT_EQ(parseDuration("1h30m"), Millis(5400000));
    EXPECT_EQ(parseDuration("250ms"), Millis(250));
    EXPECT_EQ(parseDuration("1.5s"), Millis(1500));
    EXPECT_EQ(parseDuration("1m30s"), Millis(90000));
}

TEST(Duration, RejectsWithAReason) {
    std::string why;
    EXPECT_FALSE(parseDuration("", &why));
    EXPECT_NE(why.find("empty"), std::string::npos);
    EXPECT_FALSE(parseDuration("15", &why));
    EXPECT_NE(why.find("missing unit"), std::string::npos);
    EXPECT_FALSE(parseDuration("15x", &why));
    EXPECT_NE(why.find("unknown unit \"x\""), std::string::npos);
    EXPECT_FALSE(parseDuration("-5s", &why));
    EXPECT_FALSE(parseDuration("30s1m", &why));
    EXPECT_NE(why.find("out of order"), std::string::npos);
    EXPECT_FALSE(parseDuration("s", &why));
}

TEST(Duration, FormatsTheWayItParses) {
    for (const char* text : {"15s", "2m", "1h30m", "250ms", "1h2m3s"}) {
        auto d = parseDuration(text);
        ASSERT_TRUE(d) << text;
        EXPECT_EQ(formatDuration(*d), text);
    }
}
