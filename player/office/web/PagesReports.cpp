// SPDX-License-Identifier: GPL-3.0-or-later
// Campaign compliance grid, the plays behind a cell, and the Reports page (daily report,
// html/csv/xlsx exports per box, site or ward, the A4 print page). Every read of the
// fleet store runs under the office's store lock (AuditDb refreshes its rollup in place).
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <toml++/toml.h>

#include "content/CatalogLoader.h"
#include "core/Diagnostic.h"
#include "core/Utf8.h"
#include "office/DailyReport.h"
#include "office/web/ConsoleImpl.h"
#include "playlog/AuditDb.h"
#include "playlog/Dating.h"
#include "playlog/HtmlReport.h"
#include "playlog/Quota.h"
#include "playlog/ReportTable.h"

namespace signage::office::web {
namespace {

// Named as the daily report names them (schedule.toml name, else the slide's title).
std::vector<playlog::Target> targetsOf(Office& o) {
    if (o.settings().schedule.empty()) return {};
    core::Diagnostics diags;
    auto targets = playlog::parseTargets(o.settings().schedule, diags);
    nameTargets(targets, content::loadTitles(content::contentDirOf(o.settings().schedule)));
    return targets;
}

std::string targetName(const playlog::Target& t) { return t.name.empty() ? t.id : t.name; }

// What a target asks to play, by title when the content has one (the id otherwise).
std::string targetWhat(const playlog::Target& t, const content::Titles& titles) {
    const auto& map = t.item.empty() ? titles.playlists : titles.items;
    const std::string& id = t.item.empty() ? t.playlist : t.item;
    auto it = map.find(id);
    return it == map.end() || it->second.empty() ? id : it->second + " — " + id;
}

std::string window(const playlog::Target& t) {
    char b[32];
    std::snprintf(b, sizeof b, "%02d:%02d–%02d:%02d", t.windowStartMin / 60, t.windowStartMin % 60, t.windowEndMin / 60,
                  t.windowEndMin % 60);
    return b;
}

std::map<std::string, std::string> sitesOf(Office& o) {
    std::map<std::string, std::string> out;
    for (const auto& b : o.boxes()) {
        if (auto t = parseShown(b.payload, b.box + "/status")) out[b.box] = (*t)["site"].value_or(std::string());
        else out[b.box] = {}; // logged by parseShown; the Boxes page shows it as the box's last error
    }
    return out;
}

// Days from the query (from/to, YYYY-MM-DD), default the 7 days up to yesterday.
void dayRange(const Ctx& c, std::int64_t today, int offset, std::int64_t& from, std::int64_t& to) {
    to = today - 1;
    from = to - 6;
    std::int64_t d = 0;
    if (c.req.has_param("to") && parseDayInput(c.req.get_param_value("to"), d, offset)) to = d;
    if (c.req.has_param("from") && parseDayInput(c.req.get_param_value("from"), d, offset)) from = d;
    if (from > to) from = to;
    if (to - from > 62) from = to - 62;
}

std::string dayForm(const Ctx& c, const char* action, std::int64_t from, std::int64_t to,
                    const std::string& extra = {}) {
    return std::string("<form class=\"noprint\" method=\"get\" action=\"") + action + "\">" + c.t("Từ ", "From ") +
           "<input type=\"text\" class=\"day\" name=\"from\" placeholder=\"dd/mm/yyyy\" value=\"" + formatDate(from) +
           "\"> " + c.t("đến ", "to ") +
           "<input type=\"text\" class=\"day\" name=\"to\" placeholder=\"dd/mm/yyyy\" value=\"" + formatDate(to) +
           "\"> " + extra + "<button type=\"submit\">" + c.t("Xem", "Show") + "</button></form>";
}

// The boxes a report of `f` covers: its witness warnings are theirs.
std::set<std::string> reportBoxes(playlog::AuditDb& audit, const playlog::Filter& f) {
    std::set<std::string> out;
    if (f.box) out.insert(*f.box);
    else if (f.site) {
        const auto all = audit.boxIds();
        for (std::int64_t i : audit.boxesAtSite(*f.site)) out.insert(all.at(static_cast<size_t>(i)));
    } else {
        for (auto& b : audit.boxIds()) out.insert(b);
    }
    return out;
}

// The witness warnings as a table for the csv/xlsx exports (first, so nobody misses it).
playlog::ReportTable witnessTable(const Ctx& c, const std::vector<std::string>& lines) {
    playlog::ReportTable w;
    w.title = c.t("Cảnh báo của phường (điểm kiểm)", "Office witness warnings (checkpoints)");
    w.sheetName = c.t("Cảnh báo", "Warnings");
    w.headers = {c.t("Phát hiện", "Finding")};
    for (const auto& l : lines) w.rows.push_back({playlog::Cell::str(l)});
    return w;
}

// A name typed in a form or sent by a browser made safe as a file name: no quote, control
// character, path separator, ".." or any character Windows refuses survives; `ascii`
// keeps only [A-Za-z0-9._-]. Empty after that: "" (the caller names its fallback).
std::string windowsSafe(std::string name, bool ascii) {
    for (char& ch : name) {
        const auto u = static_cast<unsigned char>(ch);
        const bool keep = ascii
                              ? ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
                                 ch == '.' || ch == '_' || ch == '-')
                              : (u >= 0x80 || (u > 0x20 && u != 0x7f && !std::strchr("\"/\\:*?<>|%", ch)) || ch == ' ');
        if (!keep) ch = '_';
    }
    // No "..", no leading dot (a hidden file), no trailing dot or space (Windows drops them).
    for (auto p = name.find(".."); p != std::string::npos; p = name.find("..")) name.replace(p, 2, "_");
    while (!name.empty() && (name.front() == '.' || name.front() == ' ')) name.erase(0, 1);
    while (!name.empty() && (name.back() == '.' || name.back() == ' ')) name.pop_back();
    if (name.size() > 150) {
        size_t n = 150; // at a code point's first byte: the cut stays valid UTF-8
        while (n > 0 && (static_cast<unsigned char>(name[n]) & 0xC0) == 0x80) --n;
        name.resize(n);
    }
    return name;
}

std::string orReport(std::string name) { return name.empty() ? std::string("bao-cao") : name; }

} // namespace

std::string asciiFileName(const std::string& name, const std::string& fallback) {
    auto safe = windowsSafe(name, true);
    return safe.empty() ? fallback : safe;
}

// RFC 6266 with RFC 5987's filename*: the ASCII fallback for old clients (diacritics
// folded: "Chợ Bến Thành" → "cho_ben_thanh") and the NFC UTF-8 name percent-encoded, both
// from names typed in a form (windowsSafe).
std::string contentDisposition(const std::string& base, const std::string& ext) {
    std::string utf8 = core::toNfc(base);
    // C1 controls (U+0080..U+009F) are two UTF-8 bytes: out before the byte pass.
    for (auto p = core::findControlChar(utf8); p != std::string::npos; p = core::findControlChar(utf8)) {
        const size_t len = static_cast<unsigned char>(utf8[p]) >= 0x80 ? 2 : 1;
        utf8.replace(p, len, "_");
    }
    utf8 = orReport(windowsSafe(utf8, false));
    const std::string ascii = orReport(windowsSafe(core::foldDiacritics(base), true)) + ext;
    std::string encoded;
    static const char* kHex = "0123456789ABCDEF";
    for (char ch : utf8 + ext) {
        const auto u = static_cast<unsigned char>(ch);
        if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '.' ||
            ch == '_' || ch == '-' || ch == '~')
            encoded += ch;
        else {
            encoded += '%';
            encoded += kHex[u >> 4];
            encoded += kHex[u & 15];
        }
    }
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
}

void Console::Impl::compliancePage(Ctx& c) {
    const auto today = playlog::localTime(now(), offset()).day;
    std::int64_t from = 0, to = 0;
    dayRange(c, today, offset(), from, to);
    auto targets = targetsOf(office);
    std::string body =
        "<h2>" + c.t("Chỉ tiêu chiến dịch", "Campaign compliance") + "</h2>" + dayForm(c, "/compliance", from, to);
    if (targets.empty()) {
        body += "<div class=\"notice\">" +
                c.t("Chưa cấu hình chỉ tiêu: đặt <code>schedule</code> trong office.toml trỏ tới schedule.toml có "
                    "[[targets]].",
                    "No targets configured: set <code>schedule</code> in office.toml to a schedule.toml with "
                    "[[targets]].") +
                "</div>";
        c.res.set_content(layout(c, c.t("Chỉ tiêu", "Compliance"), "/compliance", body), "text/html; charset=utf-8");
        return;
    }
    auto sites = sitesOf(office);
    playlog::QuotaResult q;
    office.withStoreLocked([&] {
        auto audit = playlog::AuditDb::open(office.dir().fleetLog(), offset());
        playlog::Filter f;
        f.fromDay = from;
        f.toDay = to;
        q = playlog::evaluateQuota(audit, targets, f);
    });
    std::map<std::tuple<std::string, std::int64_t, size_t>, const playlog::QuotaCell*> cells;
    for (const auto& cell : q.cells) cells[{cell.boxId, cell.day, cell.target}] = &cell;
    std::vector<std::string> boxes = q.boxes;
    for (const auto& [b, _] : sites)
        if (std::find(boxes.begin(), boxes.end(), b) == boxes.end()) boxes.push_back(b);
    std::sort(boxes.begin(), boxes.end());
    const auto findings = boxFindings(office, c.en);
    const std::set<std::string> shown(boxes.begin(), boxes.end());
    std::string grid = "<table class=\"grid\" id=\"grid\"><tr><th rowspan=\"2\">" + c.t("Máy", "Box") + "</th>";
    for (auto d = from; d <= to; ++d)
        grid += "<th colspan=\"" + std::to_string(targets.size()) + "\">" + formatDate(d) + "</th>";
    grid += "</tr><tr>";
    for (auto d = from; d <= to; ++d)
        for (const auto& t : targets)
            grid += "<th class=\"small\" title=\"" + esc(window(t)) + "\">" + esc(targetName(t)) + "</th>";
    grid += "</tr>";
    size_t met = 0, missed = 0, none = 0;
    for (const auto& box : boxes) {
        // A box the witness found something about: its cells may rest on a reset or
        // rewritten log (the warning above the grid says what).
        const bool warned = findings.count(box) > 0;
        grid +=
            "<tr data-box=\"" + esc(box) + "\"" + (warned ? " class=\"witness\"" : "") + "><th>" + esc(box) +
            (warned ? " <span class=\"witness\" title=\"" + c.t("cảnh báo sổ phát", "play-log warning") + "\">⚠</span>"
                    : std::string()) +
            (sites[box].empty() ? "" : "<br><span class=\"small\">" + esc(sites[box]) + "</span>") + "</th>";
        for (auto d = from; d <= to; ++d)
            for (size_t ti = 0; ti < targets.size(); ++ti) {
                auto it = cells.find({box, d, ti});
                const playlog::QuotaCell* cell = it == cells.end() ? nullptr : it->second;
                std::string href = "/compliance/plays?box=" + esc(box) + "&amp;day=" + playlog::formatDay(d) +
                                   "&amp;target=" + std::to_string(ti);
                std::string title = esc(box + " · " + formatDate(d) + " · " + targetName(targets[ti]));
                if (!targets[ti].appliesOn(d)) grid += "<td class=\"none\">·</td>";
                else if (!cell || cell->noData) {
                    ++none;
                    grid += "<td class=\"none\" data-state=\"nodata\"><a href=\"" + href + "\" title=\"" + title +
                            ": " + c.t("không có dữ liệu", "no data") + "\">–</a></td>";
                } else if (cell->met) {
                    ++met;
                    grid += "<td class=\"ok\" data-state=\"met\"><a class=\"ok\" href=\"" + href + "\" title=\"" +
                            title + "\">✓</a></td>";
                } else {
                    ++missed;
                    grid += "<td class=\"bad\" data-state=\"missed\"><a class=\"bad\" href=\"" + href + "\" title=\"" +
                            title + "\">✗ " + std::to_string(cell->count) + "/" +
                            std::to_string(targets[ti].minPerDay) + "</a></td>";
                }
            }
        grid += "</tr>";
    }
    grid += "</table>";
    body += "<p>✓ " + c.t("đạt", "met") + " " + std::to_string(met) + " · ✗ " + c.t("không đạt", "missed") +
            " <span class=\"bad\">" + std::to_string(missed) + "</span> · – " + c.t("không có dữ liệu", "no data") +
            " " + std::to_string(none) + "</p>" + witnessWarnbox(c, findings, &shown, zone) + grid +
            "<p class=\"small\">";
    for (const auto& t : targets)
        body += esc(targetName(t)) + ": " + esc(window(t)) + " (" + offsetLabel(offset()) + "), " +
                c.t("ít nhất ", "at least ") + std::to_string(t.minPerDay) + c.t(" lần/ngày", " per day") + ". ";
    body += "</p>";
    c.res.set_content(layout(c, c.t("Chỉ tiêu", "Compliance"), "/compliance", body), "text/html; charset=utf-8");
}

void Console::Impl::playsPage(Ctx& c) {
    const std::string box = field(c.req, "box");
    std::int64_t day = 0;
    if (box.empty() || !parseDayInput(field(c.req, "day"), day, offset())) {
        c.res.status = 400;
        c.res.set_content(layout(c, "400", "/compliance", "<div class=\"error\">box, day?</div>"),
                          "text/html; charset=utf-8");
        return;
    }
    auto targets = targetsOf(office);
    size_t ti = 0;
    try {
        ti = std::stoul(field(c.req, "target"));
    } catch (const std::exception&) {}
    std::string rows;
    const auto titles = content::loadTitles(content::contentDirOf(office.settings().schedule));
    office.withStoreLocked([&] {
        auto audit = playlog::AuditDb::open(office.dir().fleetLog(), offset());
        audit.setTitles(titles.items, titles.playlists);
        playlog::Filter f;
        f.fromDay = f.toDay = day;
        f.box = box;
        auto groups = audit.aggregate(f, {playlog::Dim::Hour, playlog::Dim::Playlist, playlog::Dim::Item});
        // Titles as the audit reports show them; the id underneath for whoever checks the content.
        auto named = [&](playlog::Dim d, std::int64_t v) {
            std::string t = audit.title(d, v), id = audit.label(d, v);
            return esc(t) + (t == id ? std::string() : " <span class=\"small\">(" + esc(id) + ")</span>");
        };
        for (const auto& [key, t] : groups)
            rows += "<tr><td>" + esc(audit.label(playlog::Dim::Hour, key[0])) + ":00</td><td>" +
                    named(playlog::Dim::Playlist, key[1]) + "</td><td>" + named(playlog::Dim::Item, key[2]) +
                    "</td><td>" + std::to_string(t.plays) + "</td><td>" +
                    std::to_string(t.outcome(playlog::Outcome::Completed)) + "</td></tr>";
    });
    std::string body = "<h2>" + c.t("Lượt phát của ", "Plays of ") + esc(box) + " — " + formatDate(day) + "</h2>";
    {
        const std::set<std::string> only{box};
        body += witnessWarnbox(c, boxFindings(office, c.en), &only, zone);
    }
    if (ti < targets.size())
        body += "<p>" + c.t("Chỉ tiêu: ", "Target: ") + "<strong>" + esc(targetName(targets[ti])) + "</strong>, " +
                esc(window(targets[ti])) + ", " + c.t("ít nhất ", "at least ") + std::to_string(targets[ti].minPerDay) +
                c.t(" lần", " times") + " (" + esc(targetWhat(targets[ti], titles)) + ")</p>";
    if (rows.empty())
        body += "<div class=\"notice\">" +
                c.t("Không có lượt phát nào trong kho cho ngày này.", "No plays in the store for this day.") + "</div>";
    else
        body += "<table id=\"plays\"><tr><th>" + c.t("Giờ", "Hour") + " (" + offsetLabel(offset()) + ")</th><th>" +
                c.t("Danh sách", "Playlist") + "</th><th>" + c.t("Mục", "Item") + "</th><th>" +
                c.t("Lượt phát", "Plays") + "</th><th>" + c.t("Phát trọn", "Completed") + "</th></tr>" + rows +
                "</table>";
    body += "<p><a href=\"/compliance\">← " + c.t("Chỉ tiêu", "Compliance") + "</a></p>";
    c.res.set_content(layout(c, c.t("Lượt phát", "Plays"), "/compliance", body), "text/html; charset=utf-8");
}

void Console::Impl::reportsPage(Ctx& c, const std::string& notice) {
    const auto today = playlog::localTime(now(), offset()).day;
    std::string body = "<h2>" + c.t("Báo cáo", "Reports") + "</h2>" + notice;
    if (c.req.has_param("written"))
        body += "<div class=\"good\">" + c.t("Đã ghi báo cáo ngày ", "Daily report written: ") +
                esc(c.req.get_param_value("written")) + "</div>";
    body += "<h3>" + c.t("Báo cáo ngày (tệp CSV, mở bằng Excel)", "Daily reports (CSV, opens in Excel)") + "</h3>";
    std::vector<std::string> files;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(office.dir().reports(), ec))
        if (e.path().extension() == ".csv") files.push_back(e.path().filename().string());
    std::sort(files.rbegin(), files.rend());
    if (files.empty()) body += "<p class=\"none\">" + c.t("Chưa có.", "None yet.") + "</p>";
    else {
        body += "<ul id=\"daily\">";
        for (const auto& f : files) {
            std::int64_t d = 0;
            std::string label = playlog::parseDay(f.substr(0, 10), d, offset()) ? formatDate(d) : f;
            const std::string html = f.substr(0, 10) + ".html";
            body += "<li><a href=\"/reports/file?name=" + esc(f) + "\">" + esc(label) + "</a>" +
                    (std::filesystem::is_regular_file(office.dir().reports() / html, ec)
                         ? " · <a href=\"/reports/file?name=" + esc(html) + "\">HTML</a>"
                         : std::string()) +
                    " · <a href=\"/reports/print?from=" + esc(f.substr(0, 10)) + "&amp;to=" + esc(f.substr(0, 10)) +
                    "\">" + c.t("bản in A4", "A4 print page") + "</a></li>";
        }
        body += "</ul>";
    }
    if (c.officer())
        body += "<form method=\"post\" action=\"/reports/daily\">" + csrfField(c) +
                c.t("Ghi lại báo cáo ngày ", "Write the daily report of ") +
                "<input type=\"text\" class=\"day\" name=\"day\" placeholder=\"dd/mm/yyyy\" value=\"" +
                formatDate(today - 1) + "\"> <button type=\"submit\">" + c.t("Ghi", "Write") + "</button></form>";
    body += "<h3>" + c.t("Báo cáo chi tiết", "Detailed reports") +
            "</h3><form class=\"box\" method=\"get\" action=\"/reports/export\"><label>" + c.t("Phạm vi", "Scope") +
            "</label><select name=\"scope\"><option value=\"ward\">" + c.t("cả phường", "the ward") +
            "</option><option value=\"site\">" + c.t("một địa điểm", "one site") + "</option><option value=\"box\">" +
            c.t("một máy", "one box") + "</option></select><label>" + c.t("Máy hoặc địa điểm", "Box or site") +
            "</label><input type=\"text\" name=\"value\"><label>" + c.t("Từ ngày – đến ngày", "From – to") +
            "</label><input type=\"text\" class=\"day\" name=\"from\" placeholder=\"dd/mm/yyyy\" value=\"" +
            formatDate(today - 7) +
            "\"> <input type=\"text\" class=\"day\" name=\"to\" placeholder=\"dd/mm/yyyy\" value=\"" +
            formatDate(today - 1) + "\"><label>" + c.t("Định dạng", "Format") +
            "</label><select name=\"format\"><option value=\"html\">HTML</option><option "
            "value=\"csv\">CSV</option><option value=\"xlsx\">Excel (xlsx)</option>"
            "<option value=\"print\">" +
            c.t("Bản in A4 (để ký)", "A4 print page (for signing)") + "</option></select><br><button type=\"submit\">" +
            c.t("Tạo báo cáo", "Make report") + "</button></form>";
    c.res.set_content(layout(c, c.t("Báo cáo", "Reports"), "/reports", body), "text/html; charset=utf-8");
}

void Console::Impl::reportsDaily(Ctx& c) {
    std::int64_t day = 0;
    if (!parseDayInput(field(c.req, "day"), day, offset())) {
        c.res.status = 400;
        reportsPage(c, "<div class=\"error\">" + c.t("Ngày không hợp lệ.", "Invalid day.") + "</div>");
        return;
    }
    office.writeReport(day);
    c.res.status = 303;
    c.res.set_header("Location", "/reports?written=" + formatDate(day));
}

void Console::Impl::reportFile(Ctx& c) {
    const std::string name = field(c.req, "name");
    // Only names the office writes: YYYY-MM-DD.csv and .html, nothing else of the folder.
    const bool isCsv = name.size() == 14 && name.substr(10) == ".csv";
    const bool isHtml = name.size() == 15 && name.substr(10) == ".html";
    bool ok = (isCsv || isHtml) && name.find_first_not_of("0123456789-", 0) == 10;
    auto file = office.dir().reports() / name;
    if (!ok || !std::filesystem::is_regular_file(file)) {
        c.res.status = 404;
        c.res.set_content(layout(c, "404", "/reports",
                                 "<div class=\"error\">" + c.t("Không có báo cáo này.", "No such report.") + "</div>"),
                          "text/html; charset=utf-8");
        return;
    }
    std::ifstream in(file, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), {});
    if (isHtml) return c.res.set_content(text, "text/html; charset=utf-8");
    c.res.set_header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    c.res.set_content("\xEF\xBB\xBF" + text, "text/csv; charset=utf-8"); // BOM: Excel reads UTF-8
}

void Console::Impl::reportExport(Ctx& c) {
    const auto today = playlog::localTime(now(), offset()).day;
    std::int64_t from = 0, to = 0;
    dayRange(c, today, offset(), from, to);
    const std::string scope = field(c.req, "scope"), value = field(c.req, "value"), format = field(c.req, "format");
    if (format == "print") return reportPrint(c);
    playlog::Filter f;
    f.fromDay = from;
    f.toDay = to;
    if (scope == "box" && !value.empty()) f.box = value;
    if (scope == "site" && !value.empty()) f.site = value;
    auto targets = targetsOf(office);
    std::string base = "bao-cao_" +
                       (f.box    ? *f.box
                        : f.site ? *f.site
                                 : office.settings().broker.ward) +
                       "_" + playlog::formatDay(from) + "_" + playlog::formatDay(to);
    // The box or site comes from the form: contentDisposition() makes it header- and file-safe.
    std::string out, type;
    const auto findings = boxFindings(office, c.en);
    office.withStoreLocked([&] {
        auto audit = playlog::AuditDb::open(office.dir().fleetLog(), offset());
        std::optional<playlog::QuotaResult> q;
        if (!targets.empty()) q = playlog::evaluateQuota(audit, targets, f);
        const auto inScope = reportBoxes(audit, f);
        const auto warnings = witnessLines(c, findings, &inScope);
        if (format == "csv" || format == "xlsx") {
            std::vector<playlog::ReportTable> tables;
            if (!warnings.empty()) tables.push_back(witnessTable(c, warnings));
            tables.push_back(playlog::playsTable(audit, f, scope == "box" ? playlog::Dim::Day : playlog::Dim::Box));
            if (q) tables.push_back(playlog::quotaTable(*q));
            if (format == "csv") {
                // writeCsv starts every table with the UTF-8 BOM Excel needs; only the file's
                // first one may stay (a BOM in the middle shows as a stray character).
                for (const auto& t : tables) {
                    std::ostringstream s;
                    playlog::writeCsv(s, t);
                    std::string text = s.str();
                    if (!out.empty() && text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
                    out += text + "\n";
                }
                type = "text/csv; charset=utf-8";
            } else {
                auto tmp =
                    office.dir().root() / "console-uploads" / ("report-" + randomToken().substr(0, 12) + ".xlsx");
                std::filesystem::create_directories(tmp.parent_path());
                playlog::writeXlsx(tmp, tables);
                std::ifstream in(tmp, std::ios::binary);
                out.assign((std::istreambuf_iterator<char>(in)), {});
                std::filesystem::remove(tmp);
                type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            }
        } else {
            std::ostringstream s;
            playlog::HtmlReportOptions o;
            o.source = office.dir().fleetLog().filename().string();
            o.generatedMs = now();
            o.by = scope == "box" ? playlog::Dim::Day : playlog::Dim::Box;
            o.witnessWarnings = warnings;
            playlog::writeHtmlReport(s, audit, f, o, q ? &*q : nullptr);
            out = s.str();
            type = "text/html; charset=utf-8";
        }
    });
    if (format == "csv" || format == "xlsx")
        c.res.set_header("Content-Disposition", contentDisposition(base, format == "csv" ? ".csv" : ".xlsx"));
    c.res.set_content(out, type);
}

void Console::Impl::reportPrint(Ctx& c) {
    const auto today = playlog::localTime(now(), offset()).day;
    std::int64_t from = 0, to = 0;
    dayRange(c, today, offset(), from, to);
    if (!c.req.has_param("from")) from = to;
    // The same scope as the other exports: the ward, one site (only its boxes) or one box.
    const std::string scope = field(c.req, "scope"), value = field(c.req, "value");
    playlog::Filter f;
    f.fromDay = from;
    f.toDay = to;
    if (scope == "box" && !value.empty()) f.box = value;
    if (scope == "site" && !value.empty()) f.site = value;
    auto targets = targetsOf(office);
    auto sites = sitesOf(office);
    const auto findings = boxFindings(office, c.en);
    playlog::QuotaResult q;
    playlog::Totals total;
    std::set<std::string> inScope;
    office.withStoreLocked([&] {
        auto audit = playlog::AuditDb::open(office.dir().fleetLog(), offset());
        if (!targets.empty()) q = playlog::evaluateQuota(audit, targets, f);
        for (const auto& [k, t] : audit.aggregate(f, {playlog::Dim::Day})) total.add(t);
        inScope = reportBoxes(audit, f);
    });
    std::string period = from == to ? formatDate(from) : formatDate(from) + " – " + formatDate(to);
    const bool siteColumn = !f.site && !f.box; // one site or box: named in the heading instead
    std::string where = c.t("Phường ", "Ward ") + esc(office.settings().broker.ward);
    if (f.site) where += " · " + c.t("Địa điểm ", "Site ") + esc(*f.site);
    if (f.box)
        where += " · " + c.t("Máy ", "Box ") + esc(*f.box) +
                 (sites[*f.box].empty() ? std::string() : " (" + esc(sites[*f.box]) + ")");
    std::string warn;
    if (auto lines = witnessLines(c, findings, &inScope, &zone); !lines.empty()) {
        warn = "<div class=\"warnbox\" id=\"witness\"><strong>⚠ " +
               c.t("Cảnh báo của phường (điểm kiểm)", "Office witness warnings (checkpoints)") + "</strong><ul>";
        for (const auto& l : lines) warn += "<li>" + esc(l) + "</li>";
        warn += "</ul></div>";
    }
    std::string body =
        "<p class=\"noprint notice\">" +
        c.t("Trang này dành để in (A4): dùng Ctrl+P.", "This page is for printing (A4): use Ctrl+P.") +
        "</p><div class=\"a4\"><p style=\"text-align:center;font-weight:bold\">CỘNG HOÀ XÃ HỘI CHỦ NGHĨA "
        "VIỆT NAM<br>Độc lập – Tự do – Hạnh phúc</p>"
        "<h2 style=\"text-align:center\">" +
        c.t("BÁO CÁO PHÁT NỘI DUNG TUYÊN TRUYỀN", "OUTREACH PLAYBACK REPORT") + "</h2><p style=\"text-align:center\">" +
        where + " · " + period + " (" + offsetLabel(offset()) + ")</p>" + warn + "<p>" + c.t("Số máy: ", "Boxes: ") +
        std::to_string(inScope.size()) + " · " + c.t("Tổng lượt phát: ", "Total plays: ") +
        std::to_string(total.plays) + " · " + c.t("phát trọn: ", "completed: ") +
        std::to_string(total.outcome(playlog::Outcome::Completed)) + " · " + c.t("chỉ tiêu đạt ", "targets met ") +
        std::to_string(q.met) + " / " + std::to_string(q.met + q.missed) + "</p><table class=\"print\"><tr><th>" +
        c.t("Ngày", "Day") + "</th><th>" + c.t("Máy", "Box") + "</th>" +
        (siteColumn ? "<th>" + c.t("Địa điểm", "Site") + "</th>" : std::string()) + "<th>" + c.t("Chỉ tiêu", "Target") +
        "</th><th class=\"nw\">" + c.t("Số lần", "Count") + "</th><th>" + c.t("Kết quả", "Result") + "</th></tr>";
    for (const auto& cell : q.cells) {
        const auto& t = q.targets[cell.target];
        body += "<tr data-box=\"" + esc(cell.boxId) + "\"><td class=\"nw\">" + formatDate(cell.day) +
                "</td><td class=\"nw\">" + esc(cell.boxId) + (findings.count(cell.boxId) ? " ⚠" : "") + "</td>" +
                (siteColumn ? "<td class=\"nw\">" + esc(sites[cell.boxId]) + "</td>" : std::string()) + "<td>" +
                esc(targetName(t)) + " <span class=\"nw\">(" + esc(window(t)) + ")</span></td><td class=\"nw\">" +
                std::to_string(cell.count) + "/" + std::to_string(t.minPerDay) + "</td><td class=\"nw\">" +
                (cell.noData ? c.t("không có dữ liệu", "no data")
                 : cell.met  ? "✓ " + c.t("đạt", "met")
                             : "✗ " + c.t("không đạt", "not met")) +
                "</td></tr>";
    }
    if (q.cells.empty())
        body +=
            "<tr><td colspan=\"" + std::string(siteColumn ? "6" : "5") + "\" class=\"none\">" +
            c.t("Không có chỉ tiêu hoặc không có máy nào trong phạm vi này.", "No targets, or no box in this scope.") +
            "</td></tr>";
    body += "</table><table class=\"sign\"><tr><td><strong>" + c.t("Người lập báo cáo", "Prepared by") +
            "</strong><br><span class=\"small\">(" + c.t("ký, ghi rõ họ tên", "signature, full name") +
            ")</span><br><br><br><br>" + esc(c.session->user) + "</td><td><strong>" +
            c.t("Trưởng Công an phường", "Head of the ward police") + "</strong><br><span class=\"small\">(" +
            c.t("ký, đóng dấu", "signature, stamp") + ")</span></td></tr></table><p class=\"small\">" +
            c.t("Lập lúc ", "Made at ") + formatTime(now(), zone) + " · " +
            c.t("số liệu từ kho sổ phát đã ký của văn phòng", "figures from the office's signed play-log store") +
            "</p></div>";
    c.res.set_content(layout(c, c.t("Bản in báo cáo", "Report print page"), "/reports", body),
                      "text/html; charset=utf-8");
}

} // namespace signage::office::web
