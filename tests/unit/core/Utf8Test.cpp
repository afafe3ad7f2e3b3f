// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "core/Utf8.h"

using namespace signage::core;

TEST(Utf8, NfdBecomesNfc) {
    const std::string nfc = "Không chuyển khoản";
    const std::string nfd = "Kho\xcc\x82ng chuye\xcc\x82\xcc\x89n khoa\xcc\x89n"; // o+◌̂+◌́ etc.
    EXPECT_NE(nfc, nfd);
    EXPECT_EQ(toNfc(nfd), nfc);
    EXPECT_EQ(toNfc(nfc), nfc);
}

TEST(Utf8, FoldsDiacriticsAndD) {
    EXPECT_EQ(foldDiacritics("Không Chuyển Khoản"), "khong chuyen khoan");
    EXPECT_EQ(foldDiacritics("ĐỪNG ĐẦU TƯ"), "dung dau tu");
    EXPECT_EQ(foldDiacritics("khong chuyen khoan"), "khong chuyen khoan");
}

TEST(Utf8, InvalidBytesAreReplacedNotKept) {
    std::string bad = "ab\xff" "c";
    EXPECT_FALSE(isValidUtf8(bad));
    EXPECT_TRUE(isValidUtf8(toNfc(bad)));
    EXPECT_EQ(toNfc(bad), "ab\xEF\xBF\xBD" "c");
    EXPECT_EQ(utf8Length("Việt"), 4u);
}
