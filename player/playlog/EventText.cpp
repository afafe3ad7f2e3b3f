// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlog/EventText.h"

#include <map>
#include <optional>

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
// Notes the player writes as "<source>: <what>" (PlayLogObserver): the staff menu, the
// touch check, the checker data. Their words are English-ish codes in both languages.
std::string noteText(const std::string& detail) {
    auto after = [&](std::string_view p) -> std::optional<std::string> {
        if (detail.compare(0, p.size(), p) != 0) return std::nullopt;
        return detail.substr(p.size());
    };
    const std::string menu = tr("menu nhân viên: ", "staff menu: ");
    if (auto r = after("staff_menu: ")) {
        if (*r == "pin_pad") return menu + tr("mở bàn phím mã PIN", "PIN pad opened");
        if (*r == "open") return menu + tr("đã mở (đúng mã PIN)", "opened (right PIN)");
        if (auto n = std::string_view(*r); n.rfind("pin_wrong ", 0) == 0)
            return menu + tr("sai mã PIN (lần ", "wrong PIN (") + std::string(n.substr(10)) + tr(")", ")");
        if (r->rfind("close ", 0) == 0) return menu + tr("đóng (", "closed (") + r->substr(6) + ")";
        if (r->rfind("export ", 0) == 0) return menu + tr("xuất nhật ký: ", "log export: ") + r->substr(7);
        return menu + *r;
    }
    const std::string touch = tr("kiểm tra cảm ứng: ", "touch check: ");
    if (auto r = after("touch_session: ")) {
        if (*r == "start") return touch + tr("khách bắt đầu dùng", "a visitor started");
        if (*r == "end (schedule)") return touch + tr("kết thúc (theo lịch)", "ended (schedule)");
        if (r->rfind("end ", 0) == 0 && r->size() > 6 && r->compare(r->size() - 2, 2, " s") == 0)
            return touch + tr("kết thúc sau ", "ended after ") + r->substr(4, r->size() - 6) + tr(" giây", " s");
        return touch + *r;
    }
    if (auto r = after("checker_data: ")) return tr("dữ liệu kiểm tra lừa đảo: ", "scam-check data: ") + *r;
    return {};
}
} // namespace

std::string eventDetailText(std::string_view kind, const std::string& detail) {
    if (kind == "note")
        if (std::string t = noteText(detail); !t.empty()) return t;
    if (core::lang() != core::Lang::Vi) return detail;
    auto starts = [&](std::string_view p) { return detail.compare(0, p.size(), p) == 0; };
    auto replaceAll = [](std::string s, std::string_view from, std::string_view to) {
        for (size_t p = 0; (p = s.find(from, p)) != std::string::npos; p += to.size()) s.replace(p, from.size(), to);
        return s;
    };
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
        std::string s = detail;
        for (auto [en, vi] : {std::pair<std::string_view, std::string_view>{"bad-key", "khoá máy hỏng"},
                              {"other-key", "sổ của khoá khác"},
                              {"corrupt", "tệp hỏng"}})
            if (starts(en)) return std::string(vi) + s.substr(en.size());
        return s;
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
    std::string text = eventDetailText(kind, detail);
    if (kind == "note" && !text.empty()) return text;
    return eventKindLabel(kind) + (text.empty() ? "" : "  " + text);
}

} // namespace signage::playlog
