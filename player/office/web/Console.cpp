// SPDX-License-Identifier: GPL-3.0-or-later
#include "office/web/Console.h"

#include <chrono>
#include <limits>
#include <toml++/toml.h>

#include "core/Lang.h"
#include "core/Log.h"
#include "core/TomlTable.h"
#include "office/web/ConsoleImpl.h"
#include "office/web/ConsoleTls.h"
#include "playlog/Dating.h"

namespace signage::office::web {
namespace {

using core::tr;
const core::Logger kLog("console");

// Printable on A4, readable on an office PC; no web fonts (Noto/DejaVu from the system).
const char* kCss = R"CSS(
*{box-sizing:border-box}
body{font-family:"Noto Sans","DejaVu Sans",Arial,sans-serif;margin:0;color:#1b1b1b;background:#f4f5f7;font-size:15px;line-height:1.45}
header{background:#8b1a1a;color:#fff;padding:.6em 1em;display:flex;flex-wrap:wrap;align-items:center;gap:1em}
header h1{font-size:1.15em;margin:0 1em 0 0}
header nav a{color:#fff;text-decoration:none;padding:.3em .6em;border-radius:4px}
header nav a.on{background:#fff;color:#8b1a1a;font-weight:bold}
header .who{margin-left:auto;font-size:.9em}
header .who a,header .who button{color:#fff;background:none;border:1px solid #fff;border-radius:4px;padding:.1em .5em;cursor:pointer;font:inherit}
main{padding:1em 1.5em;max-width:1400px}
h2{margin:.2em 0 .6em}
table{border-collapse:collapse;background:#fff;margin:.5em 0 1em}
th,td{border:1px solid #c9ccd1;padding:.3em .55em;text-align:left;vertical-align:top}
th{background:#e9ebee}
tr.silent td{background:#fde2e1}
tr.silent td.state{font-weight:bold;color:#a40000}
tr.witness td{background:#fff0c2}tr.witness td:first-child{border-left:5px solid #a40000}
tr.silent.witness td{background:#fde2e1}
tr.witness-finding td{background:#fff0c2;color:#5c0000;border-left:5px solid #a40000}
tr.witness-finding .detail{color:#1b1b1b}
.warnbox{background:#fff0c2;border:2px solid #a40000;padding:.5em .8em;margin:.5em 0 1em}
.warnbox ul{margin:.3em 0 0;padding-left:1.3em}.warnbox li{margin:.2em 0}
th .witness{color:#a40000}
td.state{white-space:nowrap}
td.playing .title{font-weight:bold}td.playing .ids{overflow-wrap:anywhere}
td.shot form{margin:0}td.shot button{font-size:.8em;padding:.15em .5em;margin-top:.25em;white-space:nowrap}
td.shot img{display:block;border:1px solid #c9ccd1}
.ok{color:#156b1f;font-weight:bold}.bad{color:#a40000;font-weight:bold}.none{color:#666}
.notice{background:#fff4c2;border:1px solid #d8b600;padding:.5em .8em;margin:.5em 0}
.error{background:#fde2e1;border:1px solid #a40000;padding:.5em .8em;margin:.5em 0}
.good{background:#e3f4e1;border:1px solid #156b1f;padding:.5em .8em;margin:.5em 0}
form.box{background:#fff;border:1px solid #c9ccd1;padding:1em;margin:.5em 0 1em;max-width:760px}
label{display:block;margin:.4em 0 .15em;font-weight:bold}
input[type=text],input[type=password],input[type=number],select,textarea{font:inherit;padding:.3em;width:100%;max-width:560px}
input.day{width:8.5em}
textarea{height:5em}
button,input[type=submit]{font:inherit;padding:.35em 1em;margin-top:.6em;cursor:pointer}
.boxes-list label{display:inline-block;font-weight:normal;margin-right:1em}
.preview{border:3px solid #a40000;background:#111;color:#fff;padding:1em;font-size:1.3em;max-width:760px}
.preview.normal{border-color:#1d5fa8}.preview.priority{border-color:#d87a00}
.grid td{text-align:center;min-width:2.2em}.grid td a{text-decoration:none;display:block}
.nw{white-space:nowrap}
code,pre{font-family:"DejaVu Sans Mono",monospace;font-size:.92em}
ul.problems li{margin:.2em 0}
.small{font-size:.85em;color:#555}
.a4{max-width:180mm;background:#fff;padding:1em 1.2em}
table.print{width:100%;table-layout:auto}table.print td,table.print th{overflow-wrap:anywhere}
table.sign{width:100%;border:none;margin-top:2em;background:none}table.sign td{border:none;text-align:center;width:50%}
@media print{header,.noprint{display:none}body{background:#fff;font-size:11pt}main{padding:0;max-width:none}.a4{max-width:none;padding:0}
tr{page-break-inside:avoid}th{background:#e9ebee!important;-webkit-print-color-adjust:exact;print-color-adjust:exact}}
@page{size:A4;margin:15mm}
)CSS";

} // namespace

std::string esc(const std::string& s) {
    std::string o;
    o.reserve(s.size());
    for (char ch : s) {
        switch (ch) {
        case '&': o += "&amp;"; break;
        case '<': o += "&lt;"; break;
        case '>': o += "&gt;"; break;
        case '"': o += "&quot;"; break;
        case '\'': o += "&#39;"; break;
        default: o += ch;
        }
    }
    return o;
}

bool parseDayInput(const std::string& text, std::int64_t& day, int utcOffsetMin) {
    std::string t = text;
    while (!t.empty() && t.back() == ' ') t.pop_back();
    while (!t.empty() && t.front() == ' ') t.erase(0, 1);
    if (t.size() == 10 && t[2] == '/' && t[5] == '/') t = t.substr(6, 4) + "-" + t.substr(3, 2) + "-" + t.substr(0, 2);
    if (t.size() != 10 || t[4] != '-' || t[7] != '-') return false;
    return playlog::parseDay(t, day, utcOffsetMin);
}

std::string field(const httplib::Request& req, const std::string& name) {
    if (req.has_param(name.c_str())) return req.get_param_value(name.c_str());
    if (req.has_file(name.c_str())) return req.get_file_value(name.c_str()).content;
    return {};
}

std::vector<std::string> fields(const httplib::Request& req, const std::string& name) {
    std::vector<std::string> out;
    auto n = req.get_param_value_count(name.c_str());
    for (size_t i = 0; i < n; ++i) out.push_back(req.get_param_value(name.c_str(), i));
    auto range = req.files.equal_range(name);
    for (auto it = range.first; it != range.second; ++it) out.push_back(it->second.content);
    return out;
}

bool parseListen(const std::string& text, std::string& host, int& port) {
    auto colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0) return false;
    std::string h = text.substr(0, colon), p = text.substr(colon + 1);
    if (h.size() > 2 && h.front() == '[' && h.back() == ']') h = h.substr(1, h.size() - 2);
    if (p.empty() || p.size() > 5 || p.find_first_not_of("0123456789") != std::string::npos) return false;
    int n = std::stoi(p);
    if (n < 0 || n > 65535) return false;
    host = h;
    port = n;
    return true;
}

ConsoleOptions loadConsoleOptions(const std::filesystem::path& file, std::vector<std::string>& errors) {
    // core::TomlTable. Policy (docs/console.md, docs/architecture.md "TOML files"): any
    // mistake in [console], an unknown key included (with "did you mean"), is an error at
    // office.toml:line:col and the daemon does not start.
    ConsoleOptions o;
    const core::TomlSource src{file, file.string()};
    core::Diagnostics diags;
    auto report = [&] {
        for (auto& line : core::sortedMessages(diags)) errors.push_back(std::move(line));
    };
    auto root = core::parseTomlFile(src, diags);
    if (!root) {
        report();
        return o;
    }
    core::TomlTable top(*root, src, diags);
    const toml::table* table = top.table("console");
    if (!table) {
        report();
        return o;
    }
    core::TomlTable c = top.child(*table, "console");
    c.rejectUnknownKeys(
        {"listen", "silent_minutes", "max_upload_mb", "idle_minutes", "session_hours", "tls", "cert", "key"});
    if (auto l = c.string("listen")) {
        if (parseListen(*l, o.host, o.port)) o.enabled = true;
        else
            c.error(c.valuePos("listen"), c.name("listen") + tr(": cần \"ĐỊA_CHỈ:CỔNG\", vd. \"0.0.0.0:8080\"",
                                                                ": needs \"ADDR:PORT\", e.g. \"0.0.0.0:8080\""));
    }
    auto positive = [&](const char* key, std::int64_t scale, std::int64_t& out) {
        if (auto v = c.integer(key, 1, std::numeric_limits<std::int64_t>::max() / scale)) out = *v * scale;
    };
    std::int64_t upload = static_cast<std::int64_t>(o.maxUploadBytes);
    positive("silent_minutes", 60'000, o.silentMs);
    positive("max_upload_mb", 1 << 20, upload);
    positive("idle_minutes", 60'000, o.sessions.idleMs);
    positive("session_hours", 3'600'000, o.sessions.absoluteMs);
    o.maxUploadBytes = static_cast<std::size_t>(upload);
    if (auto v = c.boolean("tls")) o.tls = *v;
    for (const char* key : {"cert", "key"})
        if (auto v = c.has(key) ? c.requiredString(key) : std::nullopt) {
            std::filesystem::path p = *v;
            if (p.is_relative()) p = file.parent_path() / p;
            if (!std::filesystem::is_regular_file(p))
                c.error(c.valuePos(key), c.name(key) + ": " + p.string() + tr(": không có tệp này", ": no such file"));
            (std::string(key) == "cert" ? o.cert : o.key) = p;
        }
    if (o.cert.empty() != o.key.empty())
        c.error(c.has("cert") || c.has("key") ? c.keyPos(c.has("cert") ? "cert" : "key") : c.tablePos(),
                tr("[console] cert, key: cần cả hai", "[console] cert, key: both are needed"));
    report();
    return o;
}

std::filesystem::path usersFile(const std::filesystem::path& officeRoot) { return officeRoot / "console-users"; }

Console::Impl::Impl(Office& o, ConsoleOptions opts)
    : office(o), options(std::move(opts)), users(usersFile(o.dir().root())), sessions(options.sessions),
      limiter(options.maxLoginFailures, options.loginWindowMs),
      ipLimiter(options.maxLoginFailures * 4, options.loginWindowMs), zone(wardZone(o.settings().utcOffsetMin)),
      bundleTitles(o.dir().root() / "console-uploads") {}

std::int64_t Console::Impl::now() const {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

namespace {

std::string cookie(const httplib::Request& req, const std::string& name) {
    auto header = req.get_header_value("Cookie");
    size_t pos = 0;
    while (pos < header.size()) {
        auto end = header.find(';', pos);
        if (end == std::string::npos) end = header.size();
        std::string part = header.substr(pos, end - pos);
        while (!part.empty() && part.front() == ' ') part.erase(0, 1);
        if (part.rfind(name + "=", 0) == 0) return part.substr(name.size() + 1);
        pos = end + 1;
    }
    return {};
}

bool wantsEnglish(const httplib::Request& req, httplib::Response& res) {
    if (req.has_param("lang")) {
        bool en = req.get_param_value("lang") == "en";
        res.set_header("Set-Cookie",
                       std::string("lang=") + (en ? "en" : "vi") + "; Path=/; SameSite=Strict; Max-Age=31536000");
        return en;
    }
    return cookie(req, "lang") == "en";
}

void securityHeaders(httplib::Response& res) {
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("X-Frame-Options", "DENY");
    res.set_header("Referrer-Policy", "same-origin");
    res.set_header("Cache-Control", "no-store");
    res.set_header("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' "
                                              "data:; form-action 'self'; frame-ancestors 'none'");
}

} // namespace

std::string Console::Impl::csrfField(const Ctx& c) const {
    return "<input type=\"hidden\" name=\"csrf\" value=\"" + esc(c.session ? c.session->csrf : "") + "\">";
}

std::string Console::Impl::layout(const Ctx& c, const std::string& title, const std::string& active,
                                  const std::string& body) const {
    std::string h = "<!DOCTYPE html><html lang=\"" + std::string(c.en ? "en" : "vi") +
                    "\"><head><meta charset=\"utf-8\">"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" +
                    esc(title) + " — " + c.t("Văn phòng phường ", "Ward office ") + esc(office.settings().broker.ward) +
                    "</title><link rel=\"stylesheet\" href=\"/style.css\"></head><body><header><h1>" +
                    c.t("Bảng điều khiển — phường ", "Console — ward ") + esc(office.settings().broker.ward) + "</h1>";
    if (c.session) {
        struct Item {
            const char* path;
            const char* vi;
            const char* en;
        };
        static const Item items[] = {{"/boxes", "Máy", "Boxes"},
                                     {"/alerts", "Cảnh báo", "Alerts"},
                                     {"/compliance", "Chỉ tiêu", "Compliance"},
                                     {"/reports", "Báo cáo", "Reports"},
                                     {"/logs", "Sổ phát (USB)", "Logs by USB"},
                                     {"/content", "Nội dung", "Content"}};
        h += "<nav>";
        for (const auto& i : items)
            h += std::string("<a href=\"") + i.path + "\"" + (active == i.path ? " class=\"on\"" : "") + ">" +
                 c.t(i.vi, i.en) + "</a>";
        h += "</nav><div class=\"who\">" + esc(c.session->user) + " (" +
             (c.officer() ? c.t("cán bộ", "officer") : c.t("chỉ xem", "viewer")) +
             ") · <a href=\"?lang=" + (c.en ? "vi" : "en") + "\">" + (c.en ? "Tiếng Việt" : "English") +
             "</a> <form method=\"post\" action=\"/logout\" style=\"display:inline\">" + csrfField(c) +
             "<button type=\"submit\">" + c.t("Đăng xuất", "Log out") + "</button></form></div>";
    } else {
        h += std::string("<div class=\"who\"><a href=\"?lang=") + (c.en ? "vi" : "en") + "\">" +
             (c.en ? "Tiếng Việt" : "English") + "</a></div>";
    }
    // Times on every page are dd/mm/yyyy HH:MM without a zone each (formatTime): said once here.
    if (c.session)
        h += "</header><main>" + body + "<p class=\"small noprint\" id=\"tz\">" +
             c.t("Giờ theo giờ phường (UTC", "Times are the ward's local time (UTC") + offsetLabel(offset()) +
             ").</p></main></body></html>";
    else h += "</header><main>" + body + "</main></body></html>";
    return h;
}

void Console::Impl::guarded(const httplib::Request& req, httplib::Response& res, bool needOfficer,
                            const std::function<void(Ctx&)>& fn) {
    Ctx c{req, res, wantsEnglish(req, res), std::nullopt};
    securityHeaders(res);
    c.session = sessions.find(cookie(req, "sid"), now());
    if (!c.session) {
        if (req.method == "GET") {
            res.set_redirect("/login?expired=" + std::string(cookie(req, "sid").empty() ? "0" : "1"));
        } else {
            res.status = 401;
            res.set_content(layout(c, c.t("Cần đăng nhập", "Login needed"), "",
                                   "<div class=\"error\">" +
                                       c.t("Phiên đã hết hạn hoặc chưa đăng nhập. Không có gì thay đổi. ",
                                           "Your session has expired or you are not logged in. Nothing was changed. ") +
                                       "<a href=\"/login\">" + c.t("Đăng nhập", "Log in") + "</a></div>"),
                            "text/html; charset=utf-8");
        }
        return;
    }
    if (req.method == "POST" && !equalConstantTime(field(req, "csrf"), c.session->csrf)) {
        kLog.warn("POST " + req.path + " from " + req.remote_addr + ": CSRF token missing or wrong, refused");
        res.status = 403;
        res.set_content(layout(c, "403", "",
                               "<div class=\"error\">" +
                                   c.t("Biểu mẫu không hợp lệ (thiếu mã chống giả mạo). Không có gì thay đổi.",
                                       "Invalid form (anti-forgery token missing). Nothing was changed.") +
                                   "</div>"),
                        "text/html; charset=utf-8");
        return;
    }
    if (needOfficer && !c.officer()) {
        res.status = 403;
        res.set_content(layout(c, "403", "",
                               "<div class=\"error\">" +
                                   c.t("Tài khoản chỉ xem không được thay đổi. Không có gì thay đổi.",
                                       "A viewer account may not change anything. Nothing was changed.") +
                                   "</div>"),
                        "text/html; charset=utf-8");
        return;
    }
    try {
        fn(c);
    } catch (const std::exception& e) {
        kLog.error(req.path + ": " + e.what());
        res.status = 500;
        res.set_content(layout(c, "500", "", "<div class=\"error\">" + esc(e.what()) + "</div>"),
                        "text/html; charset=utf-8");
    }
}

void Console::Impl::routes() {
    server->set_payload_max_length(options.maxUploadBytes);
    server->Get("/style.css", [](const httplib::Request&, httplib::Response& res) {
        res.set_content(kCss, "text/css; charset=utf-8");
    });
    server->Get("/", [](const httplib::Request&, httplib::Response& res) { res.set_redirect("/boxes"); });

    server->Get("/login", [this](const httplib::Request& req, httplib::Response& res) {
        Ctx c{req, res, wantsEnglish(req, res), std::nullopt};
        securityHeaders(res);
        std::string body = "<h2>" + c.t("Đăng nhập", "Log in") + "</h2>";
        if (req.get_param_value("expired") == "1")
            body += "<div class=\"notice\">" +
                    c.t("Phiên đã hết hạn, vui lòng đăng nhập lại.", "Your session has expired; please log in again.") +
                    "</div>";
        if (req.has_param("failed"))
            body += "<div class=\"error\">" + c.t("Sai tên hoặc mật khẩu.", "Wrong name or password.") + "</div>";
        body += "<form class=\"box\" method=\"post\" action=\"/login\"><label for=\"user\">" +
                c.t("Tên đăng nhập", "User name") +
                "</label><input type=\"text\" id=\"user\" name=\"user\" autocomplete=\"username\" autofocus><label "
                "for=\"password\">" +
                c.t("Mật khẩu", "Password") +
                "</label><input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\">"
                "<br><button type=\"submit\" id=\"login\">" +
                c.t("Đăng nhập", "Log in") + "</button></form>";
        res.set_content(layout(c, c.t("Đăng nhập", "Log in"), "", body), "text/html; charset=utf-8");
    });

    server->Post("/login", [this](const httplib::Request& req, httplib::Response& res) {
        Ctx c{req, res, wantsEnglish(req, res), std::nullopt};
        securityHeaders(res);
        const std::string user = field(req, "user"), password = field(req, "password");
        const std::string ipKey = "ip:" + req.remote_addr, userKey = "user:" + user;
        const auto t = now();
        if (auto wait = std::max(ipLimiter.lockedFor(ipKey, t), limiter.lockedFor(userKey, t)); wait > 0) {
            kLog.warn("login " + user + " from " + req.remote_addr + ": too many failures, refused for " +
                      std::to_string(wait / 1000) + " s");
            res.status = 429;
            res.set_header("Retry-After", std::to_string((wait + 999) / 1000));
            res.set_content(layout(c, c.t("Tạm khoá", "Locked"), "",
                                   "<div class=\"error\">" +
                                       c.t("Sai quá nhiều lần. Thử lại sau ", "Too many failed logins. Try again in ") +
                                       std::to_string((wait + 59'999) / 60'000) + c.t(" phút.", " min.") + "</div>"),
                            "text/html; charset=utf-8");
            return;
        }
        auto role = users.verify(user, password);
        if (!role) {
            ipLimiter.fail(ipKey, t);
            limiter.fail(userKey, t);
            kLog.warn("login " + user + " from " + req.remote_addr + ": wrong name or password");
            res.status = 303;
            res.set_header("Location", "/login?failed=1");
            return;
        }
        limiter.succeed(userKey); // the address keeps its count: one good login must not reset a guesser
        std::string token = sessions.create(user, *role, t);
        kLog.info("login " + user + " (" + roleName(*role) + ") from " + req.remote_addr);
        res.set_header("Set-Cookie", "sid=" + token + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" +
                                         std::to_string(options.sessions.absoluteMs / 1000) +
                                         (options.tls ? "; Secure" : ""));
        res.status = 303;
        res.set_header("Location", "/boxes");
    });

    server->Post("/logout", [this](const httplib::Request& req, httplib::Response& res) {
        guarded(req, res, false, [&](Ctx&) {
            sessions.remove(cookie(req, "sid"));
            res.set_header("Set-Cookie", "sid=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
            res.status = 303;
            res.set_header("Location", "/login");
        });
    });

    auto get = [this](const char* path, bool officer, void (Impl::*page)(Ctx&)) {
        server->Get(path, [this, officer, page](const httplib::Request& req, httplib::Response& res) {
            guarded(req, res, officer, [&](Ctx& c) { (this->*page)(c); });
        });
    };
    auto post = [this](const char* path, void (Impl::*page)(Ctx&)) {
        server->Post(path, [this, page](const httplib::Request& req, httplib::Response& res) {
            guarded(req, res, true, [&](Ctx& c) { (this->*page)(c); });
        });
    };
    get("/boxes", false, &Impl::boxesPage);
    get("/boxes/screenshot", false, &Impl::screenshotFile);
    post("/boxes/screenshot", &Impl::screenshotRequest);
    server->Get("/alerts", [this](const httplib::Request& req, httplib::Response& res) {
        guarded(req, res, false, [&](Ctx& c) { alertsPage(c); });
    });
    post("/alerts", &Impl::alertPost);
    server->Get(R"(/alerts/([A-Za-z0-9._-]+))", [this](const httplib::Request& req, httplib::Response& res) {
        guarded(req, res, false, [&](Ctx& c) { alertDetail(c, req.matches[1]); });
    });
    get("/logs", false, &Impl::logsPage);
    post("/logs", &Impl::logsUpload);
    get("/logs/cosigned", false, &Impl::cosignedNote);
    get("/content", false, &Impl::contentPage);
    post("/content", &Impl::contentUpload);
    post("/content/sign", &Impl::contentSign);
    get("/content/file", false, &Impl::contentFile);
    post("/content/publish", &Impl::contentPublish);
    get("/compliance", false, &Impl::compliancePage);
    get("/compliance/plays", false, &Impl::playsPage);
    server->Get("/reports", [this](const httplib::Request& req, httplib::Response& res) {
        guarded(req, res, false, [&](Ctx& c) { reportsPage(c); });
    });
    post("/reports/daily", &Impl::reportsDaily);
    get("/reports/file", false, &Impl::reportFile);
    get("/reports/export", false, &Impl::reportExport);
    get("/reports/print", false, &Impl::reportPrint);

    server->set_error_handler([this](const httplib::Request& req, httplib::Response& res) {
        if (!res.body.empty()) return;
        Ctx c{req, res, false, std::nullopt};
        std::string msg = res.status == 413
                              ? "Tệp tải lên quá lớn (tối đa " + std::to_string(options.maxUploadBytes >> 20) +
                                    " MB); không có gì thay đổi. / Upload too large; nothing was changed."
                          : res.status == 404 ? std::string("Không có trang này / no such page")
                                              : std::to_string(res.status);
        res.set_content(layout(c, std::to_string(res.status), "", "<div class=\"error\">" + esc(msg) + "</div>"),
                        "text/html; charset=utf-8");
    });
}

Console::Console(Office& office, ConsoleOptions options) : _impl(std::make_unique<Impl>(office, std::move(options))) {}

Console::~Console() { stop(); }

bool Console::start(std::string* error) {
    auto& i = *_impl;
    if (i.options.tls) {
        try {
            if (i.options.cert.empty() != i.options.key.empty())
                throw std::runtime_error("[console] cert, key: " +
                                         tr("cần cả hai hoặc không cái nào", "both or neither are needed"));
            TlsFiles f{i.options.cert, i.options.key};
            if (f.cert.empty())
                f = ensureConsoleCertificate(i.office.dir().root(), i.office.settings().broker.hostNames);
            i.cert = f.cert;
            i.fingerprint = certificateFingerprint(f.cert);
            i.server = std::make_unique<httplib::SSLServer>(f.cert.c_str(), f.key.c_str());
        } catch (const std::exception& e) {
            if (error) *error = std::string("console TLS: ") + e.what();
            return false;
        }
        if (!i.server->is_valid()) {
            if (error)
                *error = "console TLS: " + i.cert.string() + ": " +
                         tr("không nạp được chứng chỉ/khoá", "cannot load the certificate/key");
            return false;
        }
    } else {
        i.server = std::make_unique<httplib::Server>();
    }
    i.routes();
    if (i.options.port == 0) i.boundPort = i.server->bind_to_any_port(i.options.host);
    else i.boundPort = i.server->bind_to_port(i.options.host, i.options.port) ? i.options.port : -1;
    if (i.boundPort <= 0) {
        if (error) *error = "console: cannot listen on " + i.options.host + ":" + std::to_string(i.options.port);
        return false;
    }
    i.thread = std::thread([&i] { i.server->listen_after_bind(); });
    kLog.info(url() + (i.options.tls ? " (TLS, SHA-256 " + i.fingerprint + ")" : std::string()));
    return true;
}

void Console::stop() {
    auto& i = *_impl;
    if (!i.thread.joinable()) return;
    i.server->stop();
    i.thread.join();
}

int Console::port() const { return _impl->boundPort; }
std::filesystem::path Console::certificate() const { return _impl->cert; }
std::string Console::fingerprint() const { return _impl->fingerprint; }
std::string Console::url() const {
    return std::string(_impl->options.tls ? "https://" : "http://") + _impl->options.host + ":" +
           std::to_string(_impl->boundPort) + "/";
}

} // namespace signage::office::web
