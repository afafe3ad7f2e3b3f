// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlog/EventText.h"

#include <map>
#include <optional>
#include <utility>

#include "core/Lang.h"

namespace signage::playlog {

using core::tr;

std::string eventKindLabel(std::string_view kind) {
    static const std::map<std::string_view, std::pair<const char*, const char*>> kLabels = {
        {"startup", {"khởi động", "startup"}},
        {"shutdown", {"tắt", "shutdown"}},
        {"content_import", {"nhập nội dung", "content import"}},
        {"error", {"lỗi", "error"}},
        {"display_on", {"bật màn hình", "display on"}},
        {"display_off", {"tắt màn hình", "display off"}},
        {"clock_jump", {"đồng hồ nhảy", "clock jump"}},
        {"clock_synced", {"đồng hồ đã đồng bộ", "clock synchronised"}},
        {"clock_unsynced", {"đồng hồ mất đồng bộ", "clock not synchronised"}},
        {"queue_overflow", {"tràn hàng đợi", "queue overflow"}},
        {"storage_error", {"lỗi lưu trữ", "storage error"}},
        {"log_reset", {"sổ phát mới", "log reset"}},
        {"note", {"ghi chú", "note"}},
    };
    auto it = kLabels.find(kind);
    return it == kLabels.end() ? std::string(kind) : tr(it->second.first, it->second.second);
}

namespace {

bool startsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

std::string replaceAll(std::string s, std::string_view from, std::string_view to) {
    for (size_t p = 0; (p = s.find(from, p)) != std::string::npos; p += to.size()) s.replace(p, from.size(), to);
    return s;
}

// Texts the box wrote in the language it ran in (a bundle import's banner, the staff
// menu's export result): the same message in either language starts with one of these,
// so it is shown in the reader's. Pairs are {Vietnamese, English}.
struct Phrase {
    std::string_view vi, en;
};
constexpr Phrase kRunLanguagePrefixes[] = {
    {"Đã cập nhật: ", "Updated: "}, // bundle::ImportResult::message()
    {"Đã có sẵn: ", "Already installed: "},
    {"Không nạp ", "Refused "},
    {"Đã xuất nhật ký ra USB: ", "Logs exported to USB: "}, // StaffServices' export
    {"USB chỉ đọc, đã để sẵn để chép: ", "Read-only USB, staged for copying: "},
    {"Không thấy USB. Hãy cắm USB rồi bấm lại.", "No USB stick found. Plug one in and press again."},
};

std::string inReadersLanguage(const std::string& text) {
    const bool vi = core::lang() == core::Lang::Vi;
    std::string out = text;
    for (const auto& p : kRunLanguagePrefixes) {
        const std::string_view from = vi ? p.en : p.vi, to = vi ? p.vi : p.en;
        if (startsWith(out, from)) out = std::string(to) + out.substr(from.size());
        // An export result can join two messages with ". ".
        else if (auto at = out.find(". " + std::string(from)); at != std::string::npos)
            out.replace(at + 2, from.size(), to);
    }
    return out;
}

// Why the staff menu closed: codes since issue 17 ("staff", "idle", "schedule"), and the
// words older players wrote in their run language.
std::string closeText(const std::string& why) {
    if (why == "staff" || why == "nhân viên" || why == "by staff") return tr("nhân viên đóng", "closed by staff");
    if (why == "idle" || why == "hết thời gian chờ") return tr("tự đóng (hết thời gian chờ)", "closed (idle)");
    if (why == "schedule" || why == "lịch phát cần màn hình" || why == "the schedule needs the screen")
        return tr("đóng vì lịch phát cần màn hình", "closed (the schedule needs the screen)");
    return tr("đóng (", "closed (") + why + ")";
}

// "alert <id> got|shown|ended" and "alert <id> refused: <refusalName>[ (USB: path)]" (fleet/Agent).
std::optional<std::string> alertText(const std::string& detail) {
    if (!startsWith(detail, "alert ")) return std::nullopt;
    const size_t idEnd = detail.find(' ', 6);
    if (idEnd == std::string::npos) return std::nullopt;
    const std::string id = detail.substr(6, idEnd - 6), rest = detail.substr(idEnd + 1);
    const std::string head = tr("cảnh báo ", "alert ") + id + ": ";
    if (rest == "got") return head + tr("đã nhận", "received");
    if (rest == "shown") return head + tr("đã hiện trên màn hình", "shown");
    if (rest == "ended") return head + tr("đã kết thúc", "ended");
    if (!startsWith(rest, "refused: ")) return std::nullopt;
    std::string why = rest.substr(9), via;
    if (auto usb = why.find(" (USB: "); usb != std::string::npos) {
        via = tr(" (qua USB: ", " (by USB: ") + why.substr(usb + 7);
        why.resize(usb);
    }
    static const std::map<std::string_view, std::pair<const char*, const char*>> kWhy = {
        {"malformed", {"sai dạng", "malformed"}},
        {"bad signature", {"chữ ký sai (giả mạo?)", "bad signature (forged?)"}},
        {"for another ward", {"của phường khác", "for another ward"}},
        {"not for this box", {"không dành cho máy này", "not for this box"}},
        {"expired", {"đã hết hạn", "expired"}},
        {"replayed", {"đã nhận rồi (phát lại)", "already taken (replayed)"}},
    };
    if (auto it = kWhy.find(why); it != kWhy.end()) why = tr(it->second.first, it->second.second);
    return head + tr("từ chối, ", "refused, ") + why + via;
}

// The fleet agent's other notes (fleet/Agent): bundles from the office, refused uploads.
std::optional<std::string> fleetText(const std::string& detail) {
    if (auto a = alertText(detail)) return a;
    if (startsWith(detail, "bundle downloaded ")) {
        std::string rest = detail.substr(18);
        if (auto h = rest.find(" sha256 "); h != std::string::npos)
            return tr("đã tải gói nội dung ", "bundle downloaded ") + rest.substr(0, h) + " (sha256 " +
                   rest.substr(h + 8) + ")";
    }
    if (startsWith(detail, "bundle download refused "))
        return tr("từ chối gói tải về ", "downloaded bundle refused ") + detail.substr(24);
    if (startsWith(detail, "bundle announcement refused: "))
        return tr("từ chối thông báo gói nội dung: ", "bundle announcement refused: ") + detail.substr(29);
    if (startsWith(detail, "fleet upload refused:"))
        return tr("văn phòng từ chối lô sổ phát:", "the office refused a log batch:") + detail.substr(21);
    return std::nullopt;
}

// Notes the player writes as "<source>: <what>" (PlayLogObserver): the staff menu, the
// touch check, the checker data; their words are codes, whatever language the box ran in.
std::optional<std::string> noteText(const std::string& detail) {
    auto after = [&](std::string_view p) -> std::optional<std::string> {
        if (!startsWith(detail, p)) return std::nullopt;
        return detail.substr(p.size());
    };
    if (auto r = after("staff_menu: ")) {
        const std::string menu = tr("menu nhân viên: ", "staff menu: ");
        if (*r == "pin_pad") return menu + tr("mở bàn phím mã PIN", "PIN pad opened");
        if (*r == "open") return menu + tr("đã mở (đúng mã PIN)", "opened (right PIN)");
        if (startsWith(*r, "pin_wrong ")) return menu + tr("sai mã PIN (lần ", "wrong PIN (") + r->substr(10) + ")";
        if (startsWith(*r, "close ")) return menu + closeText(r->substr(6));
        if (startsWith(*r, "export "))
            return menu + tr("xuất nhật ký: ", "log export: ") + inReadersLanguage(r->substr(7));
        return menu + *r;
    }
    if (auto r = after("touch_session: ")) {
        const std::string touch = tr("kiểm tra cảm ứng: ", "touch check: ");
        if (*r == "start") return touch + tr("khách bắt đầu dùng", "a visitor started");
        if (*r == "end (schedule)") return touch + tr("kết thúc (theo lịch)", "ended (schedule)");
        if (startsWith(*r, "end ") && r->size() > 6 && r->compare(r->size() - 2, 2, " s") == 0)
            return touch + tr("kết thúc sau ", "ended after ") + r->substr(4, r->size() - 6) + tr(" giây", " s");
        return touch + *r;
    }
    if (auto r = after("checker_data: ")) return tr("dữ liệu kiểm tra lừa đảo: ", "scam-check data: ") + *r;
    return fleetText(detail);
}

} // namespace

std::string eventDetailText(std::string_view kind, const std::string& detail) {
    if (kind == "note")
        if (auto t = noteText(detail)) return *t;
    if (kind == "content_import") return inReadersLanguage(detail);
    if (core::lang() != core::Lang::Vi) return detail;
    auto starts = [&](std::string_view p) { return startsWith(detail, p); };
    if (kind == "clock_jump" && starts("from ")) {
        auto to = detail.find(" to ");
        if (to != std::string::npos) return "từ " + detail.substr(5, to - 5) + " đến " + detail.substr(to + 4);
    }
    if (kind == "queue_overflow" && detail == "records lost while the queue was full")
        return "mất bản ghi khi hàng đợi đầy";
    if (kind == "storage_error" && starts("sqlite error "))
        return replaceAll(replaceAll(detail, "sqlite error", "lỗi sqlite"), "retries", "lần thử lại");
    if (kind == "startup" && starts("signage ")) return replaceAll(detail, " pid ", ", tiến trình ");
    if (kind == "log_reset") {
        for (auto [en, vi] : {std::pair<std::string_view, std::string_view>{"bad-key", "khoá máy hỏng"},
                              {"other-key", "sổ của khoá khác"},
                              {"corrupt", "tệp hỏng"}})
            if (starts(en)) return std::string(vi) + detail.substr(en.size());
        return detail;
    }
    if (starts("configured box id ")) {
        auto d = detail.find(" differs from the log's ");
        if (d != std::string::npos)
            return "mã máy trong cấu hình " + detail.substr(18, d - 18) + " khác mã trong sổ " + detail.substr(d + 24);
    }
    if (starts("row seq ")) // the writer's re-verification found a damaged row
        return replaceAll(
            replaceAll(replaceAll(detail, "row seq ", "dòng seq "), "does not verify", "không qua kiểm tra"),
            "hash does not match its contents", "mã băm không khớp nội dung");
    return detail;
}

std::string eventLine(std::string_view kind, const std::string& detail) {
    if (kind == "note")
        if (auto t = noteText(detail)) return *t; // says what it is: "menu nhân viên: …"
    std::string text = eventDetailText(kind, detail);
    return eventKindLabel(kind) + (text.empty() ? "" : "  " + text);
}

} // namespace signage::playlog
