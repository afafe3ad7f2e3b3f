// SPDX-License-Identifier: GPL-3.0-or-later
#include "scamcheck/VerdictBuilder.h"

#include <algorithm>
#include <cmath>

#include "scamcheck/Frames.h"

#include "scamcheck/Rules.h"

namespace signage::scamcheck {

namespace {
Text policeLine(const PoliceContact& p, bool urgent) {
    std::string localVi, localEn;
    if (!p.localPhone.empty()) {
        std::string name = p.localName.empty() ? std::string("Công an phường, xã") : p.localName;
        localVi = " hoặc " + name + " (" + p.localPhone + ")";
        localEn = " or " + (p.localName.empty() ? std::string("the local police") : p.localName) + " (" + p.localPhone + ")";
    }
    if (urgent)
        return {"Gọi ngay " + p.emergency + localVi + " để trình báo.", "Call " + p.emergency + localEn + " now to report it."};
    return {"Khi còn nghi ngờ, hỏi người thân hoặc gọi " + p.emergency + localVi + ".",
            "If in doubt, ask someone you trust or call " + p.emergency + localEn + "."};
}

// A message with a fitted model (Model.h): the model's probabilities set the level, the
// frame cues become reasons, and a "no known signs" verdict never lists tactic reasons
// (issue 16 class 8): a warning that quotes scam phrases says it is read as a warning.
void applyModel(const ModelJudgement& m, bool blocklisted, bool hasLink, const RuleSet& rules, Verdict& v,
                std::vector<Signal>& signals) {
    const int likely = rules.likelyScamAt, suspicious = rules.suspiciousAt;
    if (blocklisted || m.scam >= 0.5) {
        v.level = Level::LikelyScam;
        v.score = std::max(blocklisted ? v.score : 0, likely + static_cast<int>(std::lround((100 - likely) * (m.scam - 0.5) / 0.5)));
    } else if (m.flag >= 0.5) {
        v.level = Level::Suspicious;
        v.score = suspicious + static_cast<int>(std::lround((likely - 1 - suspicious) * std::max(m.scam / 0.5, (m.flag - 0.5) / 0.5)));
    } else {
        v.level = Level::NoKnownSigns;
        v.score = static_cast<int>(std::lround((suspicious - 1) * m.flag / 0.5));
    }
    v.score = std::clamp(v.score, 0, 100);
    if (v.level == Level::NoKnownSigns) {
        bool quoted = false;
        std::vector<Signal> kept;
        for (auto& s : signals) {
            if (s.id.rfind("tactic.", 0) == 0 || s.id.rfind("combo.", 0) == 0 || s.id == "text.obfuscation") {
                quoted = true;
                continue;
            }
            s.weight = 0; // shown as a note: the model weighed it and found no scam
            kept.push_back(std::move(s));
        }
        if (quoted || m.warningContext)
            kept.push_back({"text.warning_context", "", 0,
                            {"Tin này giống một lời cảnh báo hoặc thông báo: nó nhắc đến thủ đoạn lừa đảo để dặn đừng làm theo",
                             "This reads like a warning or notice: it names scam tricks to tell you not to fall for them"},
                            {}});
        signals = std::move(kept);
        return;
    }
    // Frame reasons, strongest first, at most four; a cue the model weighs against a scam
    // is no reason.
    auto cues = m.cues;
    std::stable_sort(cues.begin(), cues.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    size_t added = 0;
    for (const auto& [cue, push] : cues) {
        if (push <= 0.2 || added >= 4) continue;
        std::vector<std::string> ruleIds;
        Text text = FrameReader::reasonFor(cue, ruleIds, hasLink);
        if (text.vi.empty()) continue;
        signals.push_back({"frame." + cue, "", std::clamp(static_cast<int>(std::lround(push * 10)), 1, 99), std::move(text), std::move(ruleIds)});
        ++added;
    }
    // A flagged band must name why (issue 16 class 8): "matches nothing known" under
    // "Đáng ngờ" contradicts itself. When no cue pushed hard enough on its own, the
    // strongest one that pushed at all is the reason; failing that, the wording itself.
    if (added > 0 || !signals.empty()) return;
    for (const auto& [cue, push] : cues) {
        if (push <= 0) break; // sorted strongest first
        std::vector<std::string> ruleIds;
        Text text = FrameReader::reasonFor(cue, ruleIds, hasLink);
        if (text.vi.empty()) continue;
        signals.push_back({"frame." + cue, "", 1, std::move(text), std::move(ruleIds)});
        return;
    }
    signals.push_back({"model.wording",
                       "",
                       1,
                       {"Cách viết giống các tin nhắn lừa đảo máy đã học, dù không có thủ đoạn nào rõ ràng",
                        "Worded like the scam messages this kiosk has learnt from, though no one trick stands out"},
                       {}});
}

bool fired(const Findings& f, std::string_view tactic) {
    return std::find(f.tactics.begin(), f.tactics.end(), tactic) != f.tactics.end();
}
} // namespace

Verdict buildVerdict(const Findings& f, const RuleSet& rules, const PoliceContact& police, Kind kind) {
    Verdict v;
    v.kind = kind;
    int score = 0;
    for (const auto& s : f.signals) score += std::max(0, s.weight);
    v.score = std::clamp(score, 0, 100);
    if (f.blocklisted || v.score >= rules.likelyScamAt) v.level = Level::LikelyScam;
    else if (v.score >= rules.suspiciousAt) v.level = Level::Suspicious;
    else v.level = Level::NoKnownSigns;

    std::vector<Signal> ordered = f.signals;
    if (f.model) {
        applyModel(*f.model, f.blocklisted, f.hasLink, rules, v, ordered);
    } else if (v.level == Level::NoKnownSigns) {
        // A reason that names a tactic under a "no known signs" band contradicts itself
        // (issue 16 class 8): a named tactic is a sign.
        for (const auto& s : ordered)
            if (s.weight > 0 && (!s.tactic.empty() || s.id.rfind("combo.", 0) == 0)) v.level = Level::Suspicious;
    }
    std::stable_sort(ordered.begin(), ordered.end(), [](const Signal& a, const Signal& b) { return a.weight > b.weight; });
    std::vector<std::string> ruleIds;
    for (const auto& s : ordered) {
        v.reasons.push_back({s.id, s.tactic, s.weight, s.text});
        if (s.weight > 0) ruleIds.insert(ruleIds.end(), s.rules.begin(), s.rules.end());
    }
    if (v.reasons.empty()) {
        v.reasons.push_back({"no_known_signs", "", 0,
                             {"Không khớp danh sách cảnh báo hay thủ đoạn lừa đảo nào máy đã biết",
                              "Matches no warning list entry and no scam tactic this kiosk knows"}});
    }
    v.tactics = f.tactics;
    ruleIds.push_back("phai_canh_giac");
    if (v.level != Level::NoKnownSigns) ruleIds.push_back("phai_to_giac");
    for (auto id : kRuleIds)
        if (std::find(ruleIds.begin(), ruleIds.end(), id) != ruleIds.end()) v.rules.emplace_back(id);

    const bool linkish = f.hasLink || kind == Kind::Link || fired(f, "fake_app_install");
    switch (v.level) {
    case Level::LikelyScam:
        v.headline = {"Có dấu hiệu LỪA ĐẢO", "Signs of a SCAM"};
        v.advice.push_back({"Dừng lại: không chuyển tiền, không nạp tiền, không đọc mã OTP cho bất kỳ ai.",
                            "Stop: do not transfer or top up money, and never read out an OTP code to anyone."});
        if (linkish)
            v.advice.push_back({"Không bấm vào đường link, không cài ứng dụng theo hướng dẫn của người lạ.",
                                "Do not open the link and do not install apps a stranger tells you to."});
        v.advice.push_back(policeLine(police, true));
        v.advice.push_back({"Nếu đã chuyển tiền hoặc đã đọc mã OTP: gọi ngay tổng đài ngân hàng (số in trên thẻ) để khóa tài khoản.",
                            "If you already paid or gave an OTP: call your bank's hotline (printed on your card) at once to block the account."});
        break;
    case Level::Suspicious:
        v.headline = {"Đáng ngờ: hãy thật cẩn thận", "Suspicious: be very careful"};
        v.advice.push_back({"Chưa làm theo yêu cầu: không chuyển tiền, không cung cấp mã OTP hay thông tin cá nhân.",
                            "Do not act on it yet: no transfers, no OTP codes, no personal details."});
        v.advice.push_back({"Tự gọi lại cơ quan, ngân hàng hoặc người thân bằng số bạn đã biết từ trước, không dùng số trong tin nhắn.",
                            "Call the agency, bank or relative back on a number you already know, not one from the message."});
        v.advice.push_back(policeLine(police, false));
        break;
    case Level::Reenter: // reenterVerdict() builds these
    case Level::NoKnownSigns:
        v.headline = {"Chưa thấy dấu hiệu lừa đảo đã biết", "No known signs of a scam"};
        v.advice.push_back({"Máy chưa thấy dấu hiệu lừa đảo đã biết, nhưng không thể khẳng định là an toàn: kẻ gian đổi số, đổi link liên tục.",
                            "No known signs found, but this cannot prove it is safe: scammers change numbers and links all the time."});
        v.advice.push_back({"Không chuyển tiền hay đọc mã OTP cho người bạn chưa xác minh được.",
                            "Never send money or an OTP code to someone you have not verified."});
        v.advice.push_back(policeLine(police, false));
        break;
    }
    // Tactic advice, strongest tactics first, at most two extra lines.
    size_t extra = 0;
    for (const auto& s : ordered) {
        if (s.tactic.empty() || extra >= 2) continue;
        const Tactic* t = rules.findTactic(s.tactic);
        if (t && !t->advice.vi.empty()) {
            v.advice.insert(v.advice.begin() + static_cast<std::ptrdiff_t>(1 + extra), t->advice);
            ++extra;
        }
    }
    return v;
}

Verdict reenterVerdict(Kind kind, Text why, const PoliceContact& police) {
    Verdict v;
    v.kind = kind;
    v.level = Level::Reenter;
    v.headline = {"Chưa đọc được: vui lòng nhập lại", "Could not read that: please re-enter"};
    v.reasons.push_back({"input.reenter", "", 0, std::move(why)});
    switch (kind) {
    case Kind::Phone:
        v.advice.push_back(
            {"Kiểm tra lại từng chữ số rồi nhập lại: số di động có 10 chữ số (03, 05, 07, 08, 09…), số bàn có 11 chữ "
             "số (02…).",
             "Check each digit and type it again: mobiles have 10 digits (03, 05, 07, 08, 09…), landlines 11 (02…)."});
        break;
    case Kind::Account:
        v.advice.push_back({"Nhập lại số tài khoản: chỉ các chữ số (6 đến 19 số), có thể cách nhau bằng dấu cách.",
                            "Type the account number again: digits only (6 to 19), spaces allowed."});
        break;
    default:
        v.advice.push_back(
            {"Nhập lại địa chỉ trang web đúng như trong tin nhắn, ví dụ: vidu.com.vn/dang-nhap.",
             "Type the web address again exactly as in the message, for example: example.com.vn/login."});
        break;
    }
    v.advice.push_back({"Không chuyển tiền hay đọc mã OTP cho người bạn chưa xác minh được.",
                        "Never send money or an OTP code to someone you have not verified."});
    v.advice.push_back(policeLine(police, false));
    v.rules.emplace_back("phai_canh_giac");
    return v;
}

} // namespace signage::scamcheck
