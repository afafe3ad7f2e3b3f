// SPDX-License-Identifier: GPL-3.0-or-later
#include "scamcheck/Verdict.h"

#include "core/Lang.h"
#include "scamcheck/Wipe.h"

namespace signage::scamcheck {

std::string_view levelName(Level level) {
    switch (level) {
    case Level::NoKnownSigns: return "no_known_signs";
    case Level::Reenter: return "reenter";
    case Level::Suspicious: return "suspicious";
    case Level::LikelyScam: return "likely_scam";
    }
    return "no_known_signs";
}

std::string Text::text() const { return core::tr(vi, en); }

Text ruleTitle(std::string_view id) {
    // Section III.2 of seed 004 (Hồng An plan, 2025).
    if (id == "khong_thuc_hien") return {"Không thực hiện yêu cầu của người lạ", "Do not act on a stranger's request"};
    if (id == "khong_tham_lam") return {"Không tham lam", "Do not be greedy"};
    if (id == "khong_ket_ban") return {"Không kết bạn, không bấm link của người lạ", "Do not befriend strangers or open their links"};
    if (id == "khong_chuyen_khoan") return {"Không chuyển khoản", "Do not transfer money"};
    if (id == "khong_dau_tu") return {"Không đầu tư khi chưa rõ", "Do not invest blindly"};
    if (id == "phai_canh_giac") return {"Phải thường xuyên cảnh giác, bảo mật thông tin", "Always stay alert and keep your details private"};
    if (id == "phai_to_giac") return {"Phải tố giác ngay với cơ quan Công an", "Report it to the police at once"};
    return {};
}

LogSummary Verdict::summary() const { return {std::string(levelName(level)), tactics, dataVersion}; }

void Verdict::wipe() { wipeString(normalized); }

} // namespace signage::scamcheck
