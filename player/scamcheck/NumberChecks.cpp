// SPDX-License-Identifier: GPL-3.0-or-later
// Phone and account checks: the lists, and what a number's shape says.
#include "scamcheck/Analyzers.h"
#include "scamcheck/ListStore.h"
#include "scamcheck/Rules.h"

namespace signage::scamcheck {

Text listDetail(const ListHit& hit) {
    Text t;
    if (hit.source.empty() && hit.reportedOn.empty()) return t;
    t.vi = " (nguồn: " + (hit.source.empty() ? std::string("không ghi") : hit.source);
    t.en = " (source: " + (hit.source.empty() ? std::string("not given") : hit.source);
    if (!hit.reportedOn.empty()) {
        t.vi += ", ngày " + hit.reportedOn;
        t.en += ", " + hit.reportedOn;
    }
    t.vi += ")";
    t.en += ")";
    return t;
}

namespace {
// Adds block/allow signals for every hit; true when some list knows the key.
bool applyHits(const std::vector<ListHit>& hits, std::string_view what, const Text& blockText, const Text& allowText,
               std::vector<std::string> blockRules, const Context& ctx, Findings& out) {
    bool any = false;
    for (const auto& hit : hits) {
        any = true;
        Text detail = listDetail(hit);
        if (!hit.allow) {
            out.blocklisted = true;
            out.add({"blocklist." + std::string(what), "", ctx.rules.signal("blocklist"),
                     {blockText.vi + detail.vi + ".", blockText.en + detail.en + "."}, blockRules});
        } else {
            out.allowlisted = true;
            out.add({"allowlist." + std::string(what), "", 0, {allowText.vi + detail.vi + ".", allowText.en + detail.en + "."}, {}});
        }
    }
    return any;
}
} // namespace

void checkPhone(const PhoneNumber& phone, const Context& ctx, Findings& out, bool inMessage) {
    auto hits = ctx.lists.lookup(EntryKind::Phone, phone.key);
    bool listed = applyHits(hits, "phone",
                            {inMessage ? "Số điện thoại trong tin nhắn có trong danh sách cảnh báo lừa đảo" : "Số điện thoại này có trong danh sách cảnh báo lừa đảo",
                             inMessage ? "A phone number in the message is on the scam warning list" : "This phone number is on the scam warning list"},
                            {"Số này có trong danh sách số chính thức, nhưng kẻ gian có thể giả số hiển thị: nếu người gọi đòi tiền hay mã OTP, hãy cúp máy và tự gọi lại số chính thức",
                             "This number is on the official list, but scammers can fake the number shown: if the caller asks for money or an OTP, hang up and call the official number yourself"},
                            {"khong_thuc_hien", "phai_to_giac"}, ctx, out);

    using Type = PhoneNumber::Type;
    if (phone.type == Type::Foreign) {
        out.add({"phone.foreign",
                 "",
                 ctx.rules.signal("phone_foreign"),
                 {std::string("Số nước ngoài: công an, tòa án, ngân hàng hay nhà mạng Việt Nam không gọi cho bạn từ số "
                              "nước ngoài") +
                      (phone.doubleZero
                           ? " (00 là mã gọi quốc tế; nếu đây là số tài khoản, hãy kiểm tra nó như số tài khoản)"
                           : ""),
                  std::string(
                      "A foreign number: Vietnamese police, courts, banks and telecoms do not call you from abroad") +
                      (phone.doubleZero
                           ? " (00 is the international prefix; if this is an account number, check it as an account)"
                           : "")},
                 {"khong_thuc_hien", "phai_canh_giac"}});
    } else if (phone.type == Type::Unknown || phone.type == Type::OldMobile) {
        out.add({"phone.unusual", "", ctx.rules.signal("phone_unusual"),
                 {"Số không đúng dạng thuê bao Việt Nam hiện nay; kẻ gian hay dùng số ảo hoặc giả số hiển thị",
                  "Not the shape of a current Vietnamese number; scammers often use virtual or spoofed numbers"},
                 {"phai_canh_giac"}});
    }
    if (!listed && !inMessage) {
        out.add({"phone.not_listed", "", 0,
                 {"Số này không có trong danh sách cảnh báo của máy. Danh sách không thể đầy đủ: kẻ gian đổi số liên tục",
                  "This number is not on this kiosk's warning list. No list is complete: scammers change numbers all the time"},
                 {}});
    }
}

void checkAccount(const std::string& digits, const Context& ctx, Findings& out, bool inMessage) {
    auto hits = ctx.lists.lookup(EntryKind::Account, digits);
    bool listed = applyHits(hits, "account",
                            {inMessage ? "Số tài khoản trong tin nhắn có trong danh sách cảnh báo lừa đảo" : "Số tài khoản này có trong danh sách cảnh báo lừa đảo",
                             inMessage ? "An account number in the message is on the scam warning list" : "This account number is on the scam warning list"},
                            {"Số tài khoản này có trong danh sách tài khoản chính thức", "This account number is on the official list"},
                            {"khong_chuyen_khoan", "phai_to_giac"}, ctx, out);
    if (!listed && !inMessage) {
        out.add({"account.not_listed", "", 0,
                 {"Số tài khoản này không có trong danh sách cảnh báo của máy. Kẻ gian thường dùng tài khoản thuê, mượn của người khác",
                  "This account is not on this kiosk's warning list. Scammers often use accounts rented or borrowed from others"},
                 {}});
    }
}

} // namespace signage::scamcheck
