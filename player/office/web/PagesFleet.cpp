// SPDX-License-Identifier: GPL-3.0-or-later
// Boxes and Alerts pages.
#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <mutex>
#include <sstream>
#include <toml++/toml.h>

#include "core/Lang.h"
#include "core/Log.h"
#include "core/TomlTable.h"
#include "db/Database.h"
#include "fleet/Alert.h"
#include "fleet/Topics.h"
#include "office/web/BundleSigning.h"
#include "playlog/BoxKey.h"
#include "office/web/ConsoleImpl.h"

namespace signage::office::web {

std::optional<toml::table> parseShown(std::string_view text, const std::string& name, std::string* error) {
    const core::TomlSource src{{}, name};
    core::Diagnostics diags;
    auto t = core::parseToml(text, src, diags);
    if (!t && !diags.all().empty()) {
        const std::string message = diags.all().front().format();
        if (error) *error = message;
        static std::mutex mutex; // guards logged: pages render on the server's threads
        static std::set<std::string> logged;
        std::lock_guard lock(mutex);
        if (logged.size() < 1000 && logged.insert(message).second) core::Logger("console").warn(message);
    }
    return t;
}

std::vector<BoxRow> boxRows(Office& office) {
    std::vector<BoxRow> rows;
    for (auto& s : office.boxes()) {
        BoxRow r;
        r.s = s;
        std::string error;
        if (auto t = parseShown(s.payload, s.box + "/status", &error)) {
            r.site = (*t)["site"].value_or(std::string());
            r.bundle = (*t)["bundle"].value_or(std::string());
            r.version = (*t)["version"].value_or(std::string());
            r.nowPlaying = (*t)["now_playing"].value_or(std::string());
            r.clock = (*t)["clock"].value_or(std::string());
            r.lastError = (*t)["last_error"].value_or(std::string());
            r.freeMb = (*t)["free_disk_mb"].value_or(std::int64_t{-1});
        } else {
            r.lastError = error;
        }
        r.lastHeardMs = std::max(s.statusMs, s.heartbeatMs);
        rows.push_back(std::move(r));
    }
    // Enrolled boxes that never spoke are listed too (they need a visit).
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(office.dir().enrollments(), ec)) {
        if (e.path().extension() != ".toml") continue;
        std::string box = e.path().stem().string();
        if (std::any_of(rows.begin(), rows.end(), [&](const BoxRow& r) { return r.s.box == box; })) continue;
        BoxRow r;
        r.s.box = box;
        std::ifstream in(e.path(), std::ios::binary);
        const std::string text((std::istreambuf_iterator<char>(in)), {});
        std::string error;
        if (auto t = parseShown(text, e.path().string(), &error))
            r.site = (*t)["fleet"]["site"].value_or(std::string());
        else r.lastError = error;
        rows.push_back(std::move(r));
    }
    std::sort(rows.begin(), rows.end(), [](const BoxRow& a, const BoxRow& b) { return a.s.box < b.s.box; });
    return rows;
}

BoxFindings boxFindings(Office& office, bool en) {
    BoxFindings out;
    office.withStoreLocked([&] {
        try {
            db::Database d(office.dir().fleetLog(), db::Database::Mode::ReadOnly);
            for (auto& f : playlog::readFindings(d, en ? core::Lang::En : core::Lang::Vi))
                out[f.boxId].push_back(std::move(f));
        } catch (const std::exception&) {
            // No fleet store yet (or unreadable): nothing found; the other pages say why.
        }
    });
    return out;
}

namespace {
bool wanted(const std::set<std::string>* boxes, const std::string& box) { return !boxes || boxes->count(box); }
} // namespace

std::vector<std::string> witnessLines(const Ctx& c, const BoxFindings& findings, const std::set<std::string>* boxes,
                                      const schedule::TimeZone* zone) {
    std::vector<std::string> out;
    const auto lang = c.en ? core::Lang::En : core::Lang::Vi;
    for (const auto& [box, list] : findings)
        if (wanted(boxes, box))
            for (const auto& f : list)
                out.push_back("[" + box + "] " + playlog::findingHeadline(f.kind, lang) + ": " +
                              (zone ? localTimes(f.message, *zone) : f.message) + " (" + f.source + ")");
    return out;
}

std::string witnessWarnbox(const Ctx& c, const BoxFindings& findings, const std::set<std::string>* boxes,
                           const schedule::TimeZone& zone) {
    std::string items;
    const auto lang = c.en ? core::Lang::En : core::Lang::Vi;
    for (const auto& [box, list] : findings)
        if (wanted(boxes, box))
            for (const auto& f : list)
                items += "<li data-finding=\"" + esc(std::string(playlog::findingKindName(f.kind))) + "\"><strong>" +
                         esc(box) + "</strong> — " + esc(playlog::findingHeadline(f.kind, lang)) +
                         "<br><span class=\"small\">" + esc(localTimes(f.message, zone)) + " · " +
                         c.t("tệp ", "file ") + esc(f.source) + ", " + c.t("phát hiện lúc ", "found ") +
                         formatTime(f.foundMs, zone) + "</span></li>";
    if (items.empty()) return {};
    return "<div class=\"warnbox\" id=\"witness\"><strong>⚠ " +
           c.t("Cảnh báo của phường (điểm kiểm): số liệu của các máy dưới đây có thể không đầy đủ hoặc không đáng "
               "tin",
               "Office witness warnings (checkpoints): the figures of these boxes may be incomplete or untrustworthy") +
           "</strong><ul>" + items + "</ul></div>";
}

namespace {

// Every alert the office recorded (newest first: console and `signage office alert`, by
// network or USB file), parsed back from its signed form.
std::vector<SentAlert> knownAlerts(Office& office, std::int64_t now) {
    std::vector<SentAlert> out;
    auto key = playlog::BoxKey::load(office.dir().key());
    for (const auto& r : office.recentAlerts(50)) {
        SentAlert a;
        a.id = r.id;
        a.level = r.level;
        a.issuedMs = r.issuedMs;
        a.expiryMs = r.expiryMs;
        auto check = fleet::checkAlert(r.wire, key.publicKey(), office.settings().broker.ward, "", "", now);
        if (check.alert) {
            a.message = check.alert->message;
            a.item = check.alert->item;
            a.boxes = check.alert->boxes;
            a.sites = check.alert->sites;
        }
        a.by = r.by;
        out.push_back(std::move(a));
    }
    return out;
}

} // namespace

// The box's last screenshot (served by /boxes/screenshot behind the login), and for an
// officer the button that asks for a new one.
std::string Console::Impl::screenshotCell(const Ctx& c, const BoxRow& r) const {
    std::string cell;
    if (auto shot = office.latestScreenshot(r.s.box)) {
        const std::string src = "/boxes/screenshot?box=" + esc(r.s.box) + "&amp;v=" + std::to_string(shot->receivedMs);
        cell += "<a href=\"" + src + "\"><img src=\"" + src + "\" width=\"120\" alt=\"" +
                c.t("ảnh màn hình ", "screenshot of ") + esc(r.s.box) + "\"></a><span class=\"small nw\">" +
                formatTime(shot->receivedMs, zone) + "</span>";
    } else {
        cell += "<span class=\"none\">" + c.t("chưa có", "none yet") + "</span>";
    }
    if (c.officer() && r.s.state == "online")
        cell += "<form method=\"post\" action=\"/boxes/screenshot\" class=\"noprint\">" + csrfField(c) +
                "<input type=\"hidden\" name=\"box\" value=\"" + esc(r.s.box) +
                "\"><button type=\"submit\" class=\"ask-shot\">" + c.t("Chụp màn hình", "Request screenshot") +
                "</button></form>";
    return cell;
}

void Console::Impl::screenshotFile(Ctx& c) {
    const std::string box = field(c.req, "box");
    auto shot = fleet::validName(box) ? office.latestScreenshot(box) : std::nullopt;
    std::string bytes;
    if (shot) {
        std::ifstream in(shot->file, std::ios::binary);
        bytes.assign(std::istreambuf_iterator<char>(in), {});
    }
    if (bytes.empty()) {
        c.res.status = 404;
        c.res.set_content(
            layout(c, "404", "/boxes",
                   "<div class=\"error\">" + c.t("Chưa có ảnh màn hình.", "No screenshot yet.") + "</div>"),
            "text/html; charset=utf-8");
        return;
    }
    c.res.set_content(bytes, shot->file.extension() == ".png" ? "image/png" : "image/jpeg");
}

void Console::Impl::screenshotRequest(Ctx& c) {
    const std::string box = field(c.req, "box");
    auto rows = boxRows(office);
    const bool known = std::any_of(rows.begin(), rows.end(), [&](const BoxRow& r) { return r.s.box == box; });
    auto refuse = [&](int status, const std::string& why) {
        c.res.status = status;
        c.res.set_content(layout(c, std::to_string(status), "/boxes",
                                 "<div class=\"error\">" + why + c.t(" Chưa yêu cầu gì.", " Nothing was asked.") +
                                     "</div><p><a href=\"/boxes\">← " + c.t("Các máy", "Boxes") + "</a></p>"),
                          "text/html; charset=utf-8");
    };
    if (!known) return refuse(404, c.t("Không có máy ", "No box ") + esc(box) + ".");
    if (!office.requestScreenshot(box))
        return refuse(409, c.t("Văn phòng chưa kết nối broker.", "The office is not connected to the broker."));
    c.res.status = 303;
    c.res.set_header("Location", "/boxes?asked=" + box);
}

void Console::Impl::boxesPage(Ctx& c) {
    auto rows = boxRows(office);
    // Titles for "now playing": the signed bundle each box runs (when the office signed
    // it), then the campaign's content.
    const auto campaign = content::loadTitles(content::contentDirOf(office.settings().schedule));
    std::map<std::string, std::shared_ptr<const content::Titles>> byBundle;
    for (const auto& b : signedBundles(office))
        if (!byBundle.count(b.label())) byBundle[b.label()] = bundleTitles.of(bundlesDir(office.dir().root()) / b.file);
    const auto findings = boxFindings(office, c.en);
    const auto lang = c.en ? core::Lang::En : core::Lang::Vi;
    const auto t = now();
    size_t online = 0, silent = 0, witnessed = 0;
    std::string table = "<table id=\"boxes\"><tr><th>" + c.t("Máy", "Box") + "</th><th>" + c.t("Trạng thái", "State") +
                        "</th><th>" + c.t("Từ lúc", "Since") + "</th><th>" + c.t("Tin cuối", "Last heard") +
                        "</th><th>" + c.t("Địa điểm", "Site") + "</th><th>" + c.t("Gói nội dung", "Bundle") +
                        "</th><th>" + c.t("Đang phát", "Now playing") + "</th><th>" + c.t("Đĩa trống", "Free disk") +
                        "</th><th>" + c.t("Đồng hồ", "Clock") + "</th><th>" + c.t("Lỗi gần nhất", "Last error") +
                        "</th><th>" + c.t("Ảnh màn hình", "Screenshot") + "</th></tr>";
    for (const auto& r : rows) {
        const bool isSilent = r.s.state != "online" || t - r.lastHeardMs > options.silentMs;
        if (r.s.state == "online") ++online;
        if (isSilent) ++silent;
        std::string state = r.s.state == "online" ? "<span class=\"ok\">" + c.t("trực tuyến", "online") + "</span>"
                            : r.s.state == "offline"
                                ? "<span class=\"bad\">" + c.t("ngoại tuyến", "offline") + "</span>"
                                : "<span class=\"none\">" + c.t("chưa có tin", "never heard") + "</span>";
        if (r.s.state == "online" && isSilent)
            state += " <span class=\"bad\">(" + c.t("im lặng", "silent") + ")</span>";
        // Clock: against the office first (what plays are dated and alerts judged by); the
        // box's own NTP state only when the office has no heartbeat from it yet.
        const std::int64_t offMin = r.s.clockOffsetMs / 60'000;
        std::string clock;
        if (r.s.heartbeatMs > 0 && (r.s.clockOffsetMs > 60'000 || r.s.clockOffsetMs < -60'000))
            clock = "<span class=\"bad\">" + c.t("lệch ", "off by ") + (offMin > 0 ? "+" : "") +
                    std::to_string(offMin) + c.t(" phút", " min") + "</span>";
        else if (r.s.heartbeatMs > 0)
            clock =
                "<span title=\"" + c.t("khớp giờ văn phòng", "matches the office clock") + "\">" +
                c.t("đúng giờ", "correct") + "</span>" +
                (r.clock == "unsynced" ? "<br><span class=\"small none\">(" + c.t("không NTP", "no NTP") + ")</span>"
                                       : "");
        else
            clock = r.clock == "synced"     ? c.t("đã đồng bộ", "synced")
                    : r.clock == "unsynced" ? "<span class=\"bad\">" + c.t("chưa đồng bộ", "not synced") + "</span>"
                                            : "—";
        // What the witness found at this box's USB merges: the row stands out, and a line
        // under it says what and why (newest three; the Reports page has them all).
        auto found = findings.find(r.s.box);
        std::string findingRow;
        if (found != findings.end()) {
            ++witnessed;
            const auto& list = found->second;
            findingRow =
                "<tr class=\"witness-finding\" data-finding-box=\"" + esc(r.s.box) + "\"><td colspan=\"11\">⚠ ";
            const size_t first = list.size() > 3 ? list.size() - 3 : 0;
            for (size_t k = list.size(); k-- > first;)
                findingRow += std::string(k + 1 == list.size() ? "" : "<br>") + "<strong>" +
                              esc(playlog::findingHeadline(list[k].kind, lang)) + "</strong> <span class=\"small\">(" +
                              formatTime(list[k].foundMs, zone) + ", " + esc(list[k].source) + ")</span><br>" +
                              "<span class=\"detail\">" + esc(localTimes(list[k].message, zone)) + "</span>";
            if (first > 0)
                findingRow += "<br><span class=\"small\">" + c.t("và ", "and ") + std::to_string(first) +
                              c.t(" cảnh báo cũ hơn", " older warnings") + "</span>";
            findingRow += "</td></tr>";
        }
        std::string cls = std::string(isSilent ? "silent" : "") +
                          (found != findings.end() ? (isSilent ? " witness" : "witness") : "");
        table +=
            std::string("<tr") + (cls.empty() ? "" : " class=\"" + cls + "\"") + " data-box=\"" + esc(r.s.box) +
            "\"><td class=\"nw\">" + esc(r.s.box) + "</td><td class=\"state\">" + state + "</td><td>" +
            (r.s.sinceMs > 0 ? formatTime(r.s.sinceMs, zone) : std::string("—")) + "</td><td>" +
            formatTime(r.lastHeardMs, zone) + "</td><td class=\"nw\">" + esc(r.site) + "</td><td>" +
            esc(r.bundle.empty() ? "—" : r.bundle) + "</td><td class=\"playing\">" +
            nowPlayingCell(r.nowPlaying, byBundle.count(r.bundle) ? byBundle[r.bundle].get() : nullptr, &campaign) +
            "</td><td class=\"nw\">" + (r.freeMb < 0 ? std::string("—") : std::to_string(r.freeMb) + " MB") +
            "</td><td class=\"nw\">" + clock + "</td><td>" +
            esc(r.lastError.empty() ? "—" : localTimes(r.lastError, zone)) + "</td><td class=\"shot\">" +
            screenshotCell(c, r) + "</td></tr>" + findingRow;
    }
    table += "</table>";
    auto st = office.stats();
    std::string notice;
    if (c.req.has_param("asked"))
        notice = "<div class=\"good\" id=\"shot-asked\">" + c.t("Đã yêu cầu ảnh màn hình từ ", "Screenshot asked of ") +
                 esc(c.req.get_param_value("asked")) +
                 c.t("; ảnh đến sau vài giây (tải lại trang).", "; it arrives in a few seconds (reload the page).") +
                 "</div>";
    std::string body = "<h2>" + c.t("Các máy", "Boxes") + "</h2>" + notice + "<p>" + std::to_string(rows.size()) +
                       c.t(" máy · ", " boxes · ") + std::to_string(online) + c.t(" trực tuyến · ", " online · ") +
                       "<span class=\"bad\">" + std::to_string(silent) + c.t(" cần chú ý", " need attention") +
                       "</span> " + c.t("(ngoại tuyến hoặc im lặng quá ", "(offline or silent for more than ") +
                       std::to_string(options.silentMs / 60'000) + c.t(" phút)", " min)") +
                       (witnessed ? " · <span class=\"bad\" id=\"witness-count\">⚠ " + std::to_string(witnessed) +
                                        c.t(" máy có cảnh báo sổ phát", " boxes with play-log warnings") + "</span>"
                                  : std::string()) +
                       " · broker: " +
                       (st.brokerConnected ? "<span class=\"ok\">" + c.t("đã kết nối", "connected") + "</span>"
                                           : "<span class=\"bad\">" + c.t("mất kết nối", "disconnected") + "</span>") +
                       "</p>" + table + "<p class=\"small\">" + c.t("Cập nhật: ", "Updated: ") + formatTime(t, zone) +
                       "</p>";
    c.res.set_content(layout(c, c.t("Các máy", "Boxes"), "/boxes", body), "text/html; charset=utf-8");
}

namespace {

const char* levelVi(const std::string& l) {
    return l == "emergency" ? "khẩn cấp" : l == "priority" ? "ưu tiên" : "thông thường";
}

} // namespace

void Console::Impl::alertsPage(Ctx& c, const std::string& notice) {
    auto rows = boxRows(office);
    const std::string level = field(c.req, "level").empty() ? "emergency" : field(c.req, "level");
    const std::string message = field(c.req, "message"), item = field(c.req, "item");
    const std::string minutes = field(c.req, "minutes").empty() ? "30" : field(c.req, "minutes");
    auto chosen = fields(c.req, "box");
    std::set<std::string> chosenSet(chosen.begin(), chosen.end());
    std::string body = "<h2>" + c.t("Cảnh báo", "Alerts") + "</h2>" + notice;
    if (c.officer()) {
        body += "<form class=\"box\" method=\"post\" action=\"/alerts\">" + csrfField(c) + "<label for=\"level\">" +
                c.t("Mức", "Level") + "</label><select id=\"level\" name=\"level\">";
        for (const char* l : {"normal", "priority", "emergency"})
            body += std::string("<option value=\"") + l + "\"" + (level == l ? " selected" : "") + ">" +
                    (c.en ? l : levelVi(l)) + "</option>";
        body += "</select><label for=\"message\">" +
                c.t("Nội dung (dòng chữ trên màn hình)", "Message (banner on screen)") +
                "</label><textarea id=\"message\" name=\"message\">" + esc(message) +
                "</textarea><label for=\"item\">" +
                c.t("hoặc mục phát (mã mục / danh sách)", "or item to play (item / playlist id)") +
                "</label><input type=\"text\" id=\"item\" name=\"item\" value=\"" + esc(item) +
                "\"><label for=\"minutes\">" + c.t("Trong bao lâu (phút)", "For how long (minutes)") +
                "</label><input type=\"number\" id=\"minutes\" name=\"minutes\" min=\"1\" max=\"10080\" value=\"" +
                esc(minutes) + "\"><label>" +
                c.t("Gửi tới (không chọn: mọi máy của phường)", "Send to (none chosen: every box of the ward)") +
                "</label><div class=\"boxes-list\">";
        for (const auto& r : rows)
            body += "<label><input type=\"checkbox\" name=\"box\" value=\"" + esc(r.s.box) + "\"" +
                    (chosenSet.count(r.s.box) ? " checked" : "") + "> " + esc(r.s.box) +
                    (r.site.empty() ? "" : " <span class=\"small\">(" + esc(r.site) + ")</span>") + "</label>";
        body += "</div><label for=\"sites\">" +
                c.t("hoặc địa điểm (cách nhau bởi dấu phẩy)", "or sites (comma separated)") +
                "</label><input type=\"text\" id=\"sites\" name=\"sites\" value=\"" + esc(field(c.req, "sites")) +
                "\"><br>"
                "<button type=\"submit\" name=\"action\" value=\"preview\" id=\"preview\">" +
                c.t("Xem trước", "Preview") +
                "</button> <button type=\"submit\" name=\"action\" value=\"send\" id=\"send\">" +
                c.t("Gửi cảnh báo đã ký", "Send signed alert") + "</button></form>";
    } else {
        body += "<p class=\"notice\">" +
                c.t("Tài khoản chỉ xem: không gửi được cảnh báo.", "Viewer account: cannot send alerts.") + "</p>";
    }
    auto sent = knownAlerts(office, now());
    body += "<h3>" + c.t("Cảnh báo đã phát", "Alerts published") + "</h3>";
    if (sent.empty()) body += "<p class=\"none\">" + c.t("Chưa có.", "None yet.") + "</p>";
    else {
        body += "<table id=\"sent\"><tr><th>" + c.t("Lúc", "At") + "</th><th>" + c.t("Mức", "Level") + "</th><th>" +
                c.t("Nội dung", "Message") + "</th><th>" + c.t("Người gửi", "By") + "</th><th>" +
                c.t("Hết hạn", "Expires") + "</th><th>" + c.t("Xác nhận", "Acks") + "</th></tr>";
        for (auto it = sent.begin(); it != sent.end(); ++it) {
            auto acks = office.alertAcks(it->id);
            std::set<std::string> got;
            for (const auto& a : acks) got.insert(a.box);
            body += "<tr><td>" + formatTime(it->issuedMs, zone) + "</td><td>" +
                    esc(c.en ? it->level : levelVi(it->level)) + "</td><td>" +
                    esc(it->message.empty() ? it->item : it->message) + "</td><td>" +
                    esc(it->by.empty() ? "—" : it->by) + "</td><td>" + formatTime(it->expiryMs, zone) +
                    "</td><td><a href=\"/alerts/" + esc(it->id) + "\">" + std::to_string(got.size()) +
                    c.t(" máy", " boxes") + "</a></td></tr>";
        }
        body += "</table>";
    }
    c.res.set_content(layout(c, c.t("Cảnh báo", "Alerts"), "/alerts", body), "text/html; charset=utf-8");
}

void Console::Impl::alertPost(Ctx& c) {
    const std::string levelText = field(c.req, "level"), message = field(c.req, "message"), item = field(c.req, "item");
    auto level = fleet::parseAlertLevel(levelText);
    long minutes = 0;
    try {
        minutes = std::stol(field(c.req, "minutes"));
    } catch (const std::exception&) {}
    std::string problem;
    if (!level) problem = c.t("Mức không hợp lệ.", "Invalid level.");
    else if (message.empty() && item.empty())
        problem = c.t("Cần nội dung hoặc mục phát.", "A message or an item is needed.");
    else if (message.size() > 500)
        problem = c.t("Nội dung quá dài (tối đa 500 byte).", "Message too long (at most 500 bytes).");
    else if (minutes <= 0 || minutes > 7 * 24 * 60)
        problem = c.t("Thời lượng 1 phút đến 7 ngày.", "Duration 1 minute to 7 days.");
    std::vector<std::string> sites;
    {
        std::string s = field(c.req, "sites");
        std::stringstream ss(s);
        std::string part;
        while (std::getline(ss, part, ',')) {
            part.erase(0, part.find_first_not_of(' '));
            part.erase(part.find_last_not_of(' ') + 1);
            if (!part.empty()) sites.push_back(part);
        }
    }
    auto boxesChosen = fields(c.req, "box");
    if (!problem.empty()) {
        c.res.status = 400;
        alertsPage(c, "<div class=\"error\">" + esc(problem) + c.t(" Chưa gửi gì.", " Nothing was sent.") + "</div>");
        return;
    }
    const std::string target =
        boxesChosen.empty() && sites.empty()
            ? c.t("mọi máy của phường", "every box of the ward")
            : (boxesChosen.empty() ? std::string() : std::to_string(boxesChosen.size()) + c.t(" máy", " boxes")) +
                  (sites.empty() ? std::string() : " " + c.t("địa điểm: ", "sites: ") + esc(field(c.req, "sites")));
    if (field(c.req, "action") != "send") {
        std::string preview = "<h3>" + c.t("Xem trước", "Preview") + "</h3><div class=\"preview " + esc(levelText) +
                              "\" id=\"alert-preview\">" + "<strong>" + esc(c.en ? levelText : levelVi(levelText)) +
                              "</strong> — " + esc(message.empty() ? item : message) + "</div><p>" +
                              c.t("Gửi tới: ", "Target: ") + target + " · " + std::to_string(minutes) +
                              c.t(" phút", " min") + "</p>";
        alertsPage(c, preview);
        return;
    }
    fleet::Alert a;
    a.level = *level;
    a.message = message;
    a.item = item;
    const auto t = now();
    a.startMs = a.issuedMs = t;
    a.expiryMs = t + minutes * 60'000;
    a.boxes = boxesChosen;
    a.sites = sites;
    a.id = "a-" + std::to_string(t) + "-" + randomToken().substr(0, 6);
    office.publishAlert(a, c.session->user);
    c.res.status = 303;
    c.res.set_header("Location", "/alerts/" + a.id);
}

void Console::Impl::alertDetail(Ctx& c, const std::string& id) {
    SentAlert found;
    bool known = false;
    for (const auto& a : knownAlerts(office, now()))
        if (a.id == id) found = a, known = true;
    auto acks = office.alertAcks(id);
    std::map<std::string, std::map<std::string, std::int64_t>> byBox; // box -> state -> at
    for (const auto& a : acks) byBox[a.box][a.state] = a.atMs;
    std::vector<std::string> expected;
    for (const auto& r : boxRows(office)) {
        fleet::Alert probe;
        probe.boxes = found.boxes;
        probe.sites = found.sites;
        if (!known || probe.forBox(r.s.box, r.site)) expected.push_back(r.s.box);
    }
    for (const auto& [box, _] : byBox)
        if (std::find(expected.begin(), expected.end(), box) == expected.end()) expected.push_back(box);
    size_t gotCount = 0;
    std::string table = "<table id=\"acks\"><tr><th>" + c.t("Máy", "Box") + "</th><th>" + c.t("Đã nhận", "Got") +
                        "</th><th>" + c.t("Đã hiện", "Shown") + "</th><th>" + c.t("Đã kết thúc", "Ended") +
                        "</th></tr>";
    for (const auto& box : expected) {
        auto it = byBox.find(box);
        auto cell = [&](const char* state) {
            if (it == byBox.end() || !it->second.count(state))
                return "<td class=\"none\">" + c.t("chưa", "not yet") + "</td>";
            return "<td class=\"ok\">✓ " + formatTime(it->second.at(state), zone) + "</td>";
        };
        if (it != byBox.end() && it->second.count("got")) ++gotCount;
        table += "<tr data-box=\"" + esc(box) + "\"><td>" + esc(box) + "</td>" + cell("got") + cell("shown") +
                 cell("ended") + "</tr>";
    }
    table += "</table>";
    std::string body =
        "<meta http-equiv=\"refresh\" content=\"3\"><h2>" + c.t("Cảnh báo ", "Alert ") + esc(id) + "</h2>";
    if (known)
        body += "<div class=\"preview " + esc(found.level) + "\"><strong>" +
                esc(c.en ? found.level : levelVi(found.level)) + "</strong> — " +
                esc(found.message.empty() ? found.item : found.message) + "</div><p>" + c.t("Gửi lúc ", "Sent at ") +
                formatTime(found.issuedMs, zone) + c.t(" bởi ", " by ") + esc(found.by.empty() ? "—" : found.by) +
                " · " + c.t("hết hạn ", "expires ") + formatTime(found.expiryMs, zone) + "</p>";
    body += "<p id=\"ack-summary\"><strong>" + std::to_string(gotCount) + " / " + std::to_string(expected.size()) +
            "</strong> " +
            c.t("máy đã xác nhận nhận được (trang tự làm mới mỗi 3 giây)",
                "boxes acknowledged receipt (this page refreshes every 3 s)") +
            "</p>" + table + "<p><a href=\"/alerts\">← " + c.t("Cảnh báo", "Alerts") + "</a></p>";
    c.res.set_content(layout(c, c.t("Cảnh báo", "Alert"), "/alerts", body), "text/html; charset=utf-8");
}

} // namespace signage::office::web
