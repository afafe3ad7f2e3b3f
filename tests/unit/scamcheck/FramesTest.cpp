// SPDX-License-Identifier: GPL-3.0-or-later
// Request frames (Frames.h) read from what people type, each class of failure of issue 16
// fixed on the corpus's train part checked with diacritics and typed without them:
// accents that fold together ("lại" is not "lãi"), negation and warning-context scope.
#include <gtest/gtest.h>

#include <algorithm>

#include "scamcheck/Checker.h"
#include "scamcheck/TextNormalizer.h"
#include "scamcheck/Unicode.h"
#include "support/TempDir.h"

using namespace signage;
using namespace signage::scamcheck;

namespace {
class FramesF : public ::testing::Test {
protected:
    test::TempDir cache;
    Checker checker{std::string(SIGNAGE_SOURCE_DIR) + "/assets/checker", Checker::Options{cache.path(), "", "", ""}};

    bool fires(std::string_view text, std::string_view feature) const {
        auto f = checker.messageFeatures(text);
        return std::any_of(f.begin(), f.end(), [&](const auto& p) { return p.first == feature && p.second != 0; });
    }
};
} // namespace

TEST(AccentKey, ToneAnywhereMeetsButOtherTonesDoNot) {
    EXPECT_EQ(accentKey("hòa"), accentKey("hoà"));
    EXPECT_EQ(accentKey("thủy"), accentKey("thuỷ"));
    EXPECT_NE(accentKey("lãi"), accentKey("lại"));
    EXPECT_NE(accentKey("cần"), accentKey("cán"));
    EXPECT_NE(accentKey("điền"), accentKey("điện"));
    EXPECT_NE(accentKey("đọc"), accentKey("dọc"));
    EXPECT_FALSE(keyHasMarks(accentKey("lai")));
    EXPECT_TRUE(keyHasMarks(accentKey("lại")));
    EXPECT_TRUE(keyHasMarks(accentKey("đi"))); // đ is a marked letter without any tone
}

TEST(TextNormalizer, WordsKeepHowTheyWereAccented) {
    TextNormalizer n;
    NormalizedText marked = n.normalize("Lưu LẠI nhé");
    ASSERT_EQ(marked.tokens.size(), 3u);
    EXPECT_EQ(marked.tokens[1].text, "lai");
    EXPECT_EQ(marked.tokens[1].accent, accentKey("lại"));
    EXPECT_TRUE(marked.accented);
    NormalizedText plain = n.normalize("luu lai nhe");
    EXPECT_FALSE(plain.accented);
    EXPECT_EQ(plain.tokens[1].accent, "lai|");
    // Telex typed on a physical keyboard is decoded first, so it counts as accented.
    EXPECT_TRUE(n.normalize("ddaauf tuw huwowngr laix").accented);
}

// The screenshot bug: "lưu lại" (save) read as "lãi" (interest), "Mời đầu tư hứa lãi cao".
TEST_F(FramesF, AgainIsNotInterestButUnaccentedInterestStillCounts) {
    EXPECT_FALSE(fires("Đây là số mới của em, lưu lại nhé", "lure.invest"));
    EXPECT_FALSE(fires("day la so moi cua em, luu lai nhe", "lure.invest"));
    EXPECT_FALSE(fires("Con gọi lại cho mẹ sau, mai lại đi học sớm", "lure.invest"));
    EXPECT_FALSE(fires("Chúc cả nhà một tương lai tươi sáng", "lure.invest"));
    // Interest, with diacritics and without: the cue still fires.
    EXPECT_TRUE(fires("Gửi 10 triệu hưởng lãi 30% mỗi tháng", "lure.invest"));
    EXPECT_TRUE(fires("gui 10 trieu huong lai 30% moi thang", "lure.invest"));
    EXPECT_TRUE(fires("Lãi 5% một ngày, rút bất cứ lúc nào", "lure.invest"));
    EXPECT_TRUE(fires("lai 5% mot ngay, rut bat cu luc nao", "lure.invest"));
}

TEST_F(FramesF, AccentedWordsMeetOnlyTheirOwnAccent) {
    // "cán bộ" / "mất điện" are not "cần" / "điền" (a request verb) in accented text ...
    EXPECT_FALSE(fires("Mất điện khu vực chợ từ 8 giờ đến 11 giờ", "req.verb"));
    EXPECT_TRUE(fires("Anh điền thông tin vào mẫu này", "req.verb"));
    // ... a meeting ("họp") is a notice, "hợp đồng" is not; "gặp" (meet) is no "gấp" (urgent).
    EXPECT_TRUE(fires("Mời bà con đi họp tổ dân phố tối nay", "notice"));
    EXPECT_FALSE(fires("Hẹn gặp con ở cổng trường", "urgent"));
    EXPECT_TRUE(fires("Chuyển tiền gấp cho chị", "urgent"));
    EXPECT_TRUE(fires("chuyen tien gap cho chi", "urgent"));
    // "cảm ơn" is no "cấm" (a negation): the request after it stays asked.
    EXPECT_TRUE(fires("Cấm chia sẻ mã OTP cho bất kỳ ai", "neg.req.code") ||
                fires("Cấm chia sẻ mã OTP cho bất kỳ ai", "negany.code"));
    EXPECT_TRUE(fires("Cảm ơn em, đọc giúp anh mã OTP vừa gửi", "req.code"));
}
