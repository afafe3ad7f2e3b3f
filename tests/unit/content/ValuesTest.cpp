// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "content/Values.h"

namespace signage::content {
namespace {

TEST(Values, ParseColor) {
    EXPECT_EQ(parseColor("#0b2e59", false), (Color{0x0b, 0x2e, 0x59, 255}));
    EXPECT_EQ(parseColor("#FFC82E", false), (Color{0xff, 0xc8, 0x2e, 255}));
    EXPECT_EQ(parseColor("#10203040", true), (Color{0x10, 0x20, 0x30, 0x40}));
    EXPECT_FALSE(parseColor("#10203040", false));
    EXPECT_FALSE(parseColor("0b2e59", false));
    EXPECT_FALSE(parseColor("#0b2e5", true));
    EXPECT_FALSE(parseColor("#0b2e5g", true));
    EXPECT_FALSE(parseColor("#fff", true));
    EXPECT_FALSE(parseColor("", true));
    EXPECT_FALSE(parseColor("black", true));
}

TEST(Values, Identifier) {
    EXPECT_TRUE(isIdentifier("ben-xe_my-tho2"));
    EXPECT_FALSE(isIdentifier(""));
    EXPECT_FALSE(isIdentifier("Demo"));
    EXPECT_FALSE(isIdentifier("a b"));
    EXPECT_FALSE(isIdentifier("../x"));
    EXPECT_FALSE(isIdentifier("bến"));
}

TEST(Values, Version) {
    EXPECT_TRUE(isVersion("1"));
    EXPECT_TRUE(isVersion("1.0.0"));
    EXPECT_TRUE(isVersion("10.20.30.40"));
    EXPECT_FALSE(isVersion(""));
    EXPECT_FALSE(isVersion("1."));
    EXPECT_FALSE(isVersion(".1"));
    EXPECT_FALSE(isVersion("1..2"));
    EXPECT_FALSE(isVersion("v1"));
    EXPECT_FALSE(isVersion("1.0-beta"));
}

TEST(Values, CompareVersions) {
    EXPECT_EQ(compareVersions("1.0.0", "1"), 0);
    EXPECT_LT(compareVersions("0.1.0", "0.2"), 0);
    EXPECT_GT(compareVersions("1.10", "1.9"), 0); // numbers, not text
    EXPECT_GT(compareVersions("2", "1.99.99"), 0);
}

TEST(Values, Sha256) {
    EXPECT_TRUE(isSha256(std::string(64, 'a')));
    EXPECT_TRUE(isSha256(std::string(32, 'F') + std::string(32, '0')));
    EXPECT_FALSE(isSha256(std::string(63, 'a')));
    EXPECT_FALSE(isSha256(std::string(64, 'g')));
}

} // namespace
} // namespace signage::content
