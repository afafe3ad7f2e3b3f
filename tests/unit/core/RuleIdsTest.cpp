// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "core/RuleIds.h"

namespace signage::core {
namespace {

TEST(RuleIds, SevenInTheOfficialOrder) {
    ASSERT_EQ(std::size(kRuleIds), 7u);
    EXPECT_EQ(kRuleIds[0], "khong_thuc_hien");
    EXPECT_EQ(kRuleIds[kKhongRuleCount - 1], "khong_dau_tu");
    EXPECT_EQ(kRuleIds[kKhongRuleCount], "phai_canh_giac");
    EXPECT_EQ(kRuleIds[6], "phai_to_giac");
    EXPECT_TRUE(isRuleId("khong_chuyen_khoan"));
    EXPECT_FALSE(isRuleId("khong_chuyen_khoan "));
    EXPECT_FALSE(isRuleId(""));
    EXPECT_EQ(ruleIndex("phai_to_giac"), 6);
    EXPECT_EQ(ruleIndex("nope"), -1);
    EXPECT_EQ(ruleIdList(), "khong_thuc_hien, khong_tham_lam, khong_ket_ban, khong_chuyen_khoan, khong_dau_tu, "
                            "phai_canh_giac, phai_to_giac");
}

} // namespace
} // namespace signage::core
