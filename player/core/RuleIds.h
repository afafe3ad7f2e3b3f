// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The seven "5 không, 2 phải" rule ids (../shared/DESIGN.md), in their official order:
// the one list slides, the scam checker, reports and plugins share.
#include <cstddef>
#include <string>
#include <string_view>

namespace signage::core {

inline constexpr std::string_view kRuleIds[] = {
    "khong_thuc_hien", "khong_tham_lam", "khong_ket_ban", "khong_chuyen_khoan",
    "khong_dau_tu",    "phai_canh_giac", "phai_to_giac",
};
/// The first kKhongRuleCount ids are the "5 không", the rest the "2 phải".
inline constexpr std::size_t kKhongRuleCount = 5;

/// True for one of kRuleIds (exact spelling).
inline bool isRuleId(std::string_view id) {
    for (auto r : kRuleIds)
        if (r == id) return true;
    return false;
}

/// 0-based position in kRuleIds, or -1.
inline int ruleIndex(std::string_view id) {
    for (std::size_t i = 0; i < std::size(kRuleIds); ++i)
        if (kRuleIds[i] == id) return static_cast<int>(i);
    return -1;
}

/// "khong_thuc_hien, khong_tham_lam, …, phai_to_giac" for messages.
inline std::string ruleIdList() {
    std::string out;
    for (auto r : kRuleIds) {
        if (!out.empty()) out += ", ";
        out += r;
    }
    return out;
}

} // namespace signage::core
