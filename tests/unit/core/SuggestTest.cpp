// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "core/Lang.h"
#include "core/Suggest.h"

namespace signage::core {
namespace {

TEST(Suggest, EditDistance) {
    EXPECT_EQ(editDistance("", ""), 0u);
    EXPECT_EQ(editDistance("title", "title"), 0u);
    EXPECT_EQ(editDistance("titel", "title"), 2u);
    EXPECT_EQ(editDistance("foooter", "footer"), 1u);
    EXPECT_EQ(editDistance("abc", ""), 3u);
    EXPECT_EQ(editDistance("kitten", "sitting"), 3u);
}

TEST(Suggest, ClosestMatchPicksTheNearest) {
    std::vector<std::string> keys{"duration", "transition", "transition_duration", "fit"};
    EXPECT_EQ(closestMatch("durration", keys), "duration");
    EXPECT_EQ(closestMatch("Duration", keys), "duration"); // case does not count
    EXPECT_EQ(closestMatch("transtion", keys), "transition");
    EXPECT_EQ(closestMatch("fits", keys), "fit");
}

TEST(Suggest, NoSuggestionWhenNothingIsClose) {
    std::vector<std::string> keys{"duration", "fit"};
    EXPECT_EQ(closestMatch("speaker", keys), "");
    EXPECT_EQ(closestMatch("fat", {"fit"}), "fit");
    EXPECT_EQ(closestMatch("xy", {"fit"}), ""); // short words need to be within 1
    EXPECT_EQ(closestMatch("x", {}), "");
}

TEST(Suggest, LongWordsMayBeFurtherOff) {
    EXPECT_EQ(closestMatch("khong_chuyn_khon", {"khong_chuyen_khoan"}), "khong_chuyen_khoan"); // 2 of 16
    EXPECT_EQ(closestMatch("kong_chuyn_khon", {"khong_chuyen_khoan"}), "khong_chuyen_khoan");  // 3 of 15
    EXPECT_EQ(closestMatch("abcd", {"wxyz"}), "");
}

TEST(Suggest, DidYouMeanInBothLanguages) {
    setLang(Lang::En);
    EXPECT_EQ(didYouMean("foooter", {"title", "footer"}), " (did you mean \"footer\"?)");
    EXPECT_EQ(didYouMean("speaker", {"footer"}), "");
    setLang(Lang::Vi);
    EXPECT_EQ(didYouMean("foooter", {"footer"}), " (ý bạn là \"footer\"?)");
    EXPECT_EQ(didYouMeanText(""), "");
}

TEST(Suggest, JoinList) {
    EXPECT_EQ(joinList({}), "");
    EXPECT_EQ(joinList({"cut"}), "cut");
    EXPECT_EQ(joinList({"cut", "fade"}), "cut, fade");
}

} // namespace
} // namespace signage::core
