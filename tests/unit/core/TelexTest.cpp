// SPDX-License-Identifier: GPL-3.0-or-later
// Telex as the touch keyboard composes it: words of scam messages people type.
#include <gtest/gtest.h>

#include "core/Telex.h"

using signage::core::telexType;
using signage::core::telexTypeAll;

TEST(Telex, LettersWithMarks) {
    EXPECT_EQ(telexTypeAll("aa ee oo aw ow uw dd w"), "â ê ô ă ơ ư đ ư");
    EXPECT_EQ(telexTypeAll("coong an"), "công an");
    EXPECT_EQ(telexTypeAll("ddieenj thoaij"), "điện thoại");
    EXPECT_EQ(telexTypeAll("nguowif"), "người");
    EXPECT_EQ(telexTypeAll("dduwowcj"), "được");
    EXPECT_EQ(telexTypeAll("tw"), "tư");
}

TEST(Telex, TonesLandOnTheRightVowel) {
    EXPECT_EQ(telexTypeAll("chuyeenr khoanr"), "chuyển khoản");
    EXPECT_EQ(telexTypeAll("tieenf"), "tiền");
    EXPECT_EQ(telexTypeAll("maatj khaaur"), "mật khẩu");
    EXPECT_EQ(telexTypeAll("hoaf khoer thuys"), "hoà khoẻ thuý") << "modern placement in open oa, oe, uy";
    EXPECT_EQ(telexTypeAll("hoanf toanf"), "hoàn toàn");
    EXPECT_EQ(telexTypeAll("muaf cuar"), "mùa của");
    EXPECT_EQ(telexTypeAll("quas gias gif"), "quá giá gì") << "qu and gi are consonants";
    EXPECT_EQ(telexTypeAll("quoocs"), "quốc");
    EXPECT_EQ(telexTypeAll("khoong xacs minh"), "không xác minh");
    EXPECT_EQ(telexTypeAll("ngaan hangf"), "ngân hàng");
    EXPECT_EQ(telexTypeAll("truyeenf"), "truyền");
    EXPECT_EQ(telexTypeAll("muoons"), "muốn");
    EXPECT_EQ(telexTypeAll("hoafn"), "hoàn") << "a letter after the tone moves it where it belongs";
}

TEST(Telex, RepeatingAModifierUndoesIt) {
    EXPECT_EQ(telexTypeAll("ass"), "as");
    EXPECT_EQ(telexTypeAll("aaa"), "aa");
    EXPECT_EQ(telexTypeAll("aww"), "aw");
    EXPECT_EQ(telexTypeAll("ddd"), "dd");
    EXPECT_EQ(telexTypeAll("asf"), "à") << "another tone replaces";
    EXPECT_EQ(telexTypeAll("asz"), "a") << "z removes the tone";
    EXPECT_EQ(telexTypeAll("z"), "z");
}

TEST(Telex, PlainTypingAndCaseStayAsTyped) {
    EXPECT_EQ(telexTypeAll("chuyen khoan"), "chuyen khoan") << "without Telex: plain letters";
    EXPECT_EQ(telexTypeAll("OTP 123456"), "OTP 123456");
    EXPECT_EQ(telexTypeAll("Vieejt Nam"), "Việt Nam");
    EXPECT_EQ(telexTypeAll("DDAANF"), "ĐẦN");
    EXPECT_EQ(telexType("", 's'), "s") << "a tone key with no vowel is a letter";
    EXPECT_EQ(telexType("x", 'j'), "xj");
    EXPECT_EQ(telexType("a", '1'), "a1");
    EXPECT_EQ(telexType("Việt", 'z'), "Viêt");
}
