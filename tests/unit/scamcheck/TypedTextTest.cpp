// SPDX-License-Identifier: GPL-3.0-or-later
// Telex- and VNI-typed text is decoded before matching (issue 16 class 4); words that are
// not typing (English, numbers with units, letter tricks) pass through untouched.
#include <gtest/gtest.h>

#include "core/Utf8.h"
#include "scamcheck/TypedText.h"

using namespace signage::scamcheck;

TEST(TypedText, DecodesTelexWords) {
    EXPECT_EQ(signage::core::foldDiacritics(decodeTypedText("chuyeenr khoanr ngay, ddieenj thoaij")), "chuyen khoan ngay, dien thoai");
    EXPECT_EQ(signage::core::foldDiacritics(decodeTypedText("khoong")), "khong");
}

TEST(TypedText, DecodesVniWords) {
    EXPECT_EQ(signage::core::foldDiacritics(decodeTypedText("chuye6n3 khoa3n d9e63 xac1 minh")), "chuyen khoan de xac minh");
}

TEST(TypedText, LeavesOtherWordsAlone) {
    for (const char* t : {"facebook online 500k 24h 0TP v1p", "chuyen khoan ngay", "Shopee zalo app", "covid19 mp3"})
        EXPECT_EQ(decodeTypedText(t), t);
}

TEST(TypedText, SyllableShapes) {
    EXPECT_TRUE(isVietnameseSyllable("nguoi"));
    EXPECT_TRUE(isVietnameseSyllable("chuyen"));
    EXPECT_FALSE(isVietnameseSyllable("chuyeenr"));
    EXPECT_FALSE(isVietnameseSyllable("khoong"));
}
