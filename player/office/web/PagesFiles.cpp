// SPDX-License-Identifier: GPL-3.0-or-later
// Logs by USB and Content pages: uploads, each written under OFFICE_DIR/console-uploads
// with a name the console makes (never the browser's), removed after use.
#include <fstream>
#include <sys/stat.h>

#include "content/Validator.h"
#include "core/Log.h"
#include "office/web/BundleSigning.h"
#include "office/web/ConsoleImpl.h"
#include "office/web/SafeZip.h"

namespace signage::office::web {
namespace {

const core::Logger kLog("console");

std::filesystem::path validatedDir(Office& o) { return o.dir().root() / "console-validated"; }

std::filesystem::path uploadDir(Office& o) {
    auto d = o.dir().root() / "console-uploads";
    std::filesystem::create_directories(d);
    ::chmod(d.c_str(), 0700);
    return d;
}

// Removes a path when it goes out of scope.
struct Cleanup {
    std::filesystem::path path;
    ~Cleanup() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
};

std::string uploadForm(const Ctx& c, const std::string& csrf, const char* action, const char* name, const char* accept,
                       bool multiple, const std::string& label) {
    return std::string("<form class=\"box\" method=\"post\" action=\"") + action +
           "\" enctype=\"multipart/form-data\">" + csrf + "<label for=\"" + name + "\">" + label +
           "</label><input type=\"file\" id=\"" + name + "\" name=\"" + name + "\" accept=\"" + accept + "\"" +
           (multiple ? " multiple" : "") + "><br><button type=\"submit\" id=\"upload\">" +
           c.t("Tải lên và kiểm tra", "Upload and check") + "</button></form>";
}

} // namespace

void Console::Impl::logsPage(Ctx& c) {
    std::string body = "<h2>" + c.t("Sổ phát mang về bằng USB", "Play logs brought back by USB") + "</h2><p>" +
                       c.t("Chọn các tệp <code>.signage-log</code> trong thư mục <code>SIGNAGE-LOGS</code> của USB. "
                           "Văn phòng kiểm tra chữ ký "
                           "và chuỗi băm rồi gộp vào kho; tệp bị từ chối sẽ ghi rõ lý do.",
                           "Choose the <code>.signage-log</code> files from the stick's <code>SIGNAGE-LOGS</code> "
                           "folder. The office checks "
                           "signatures and the hash chain and merges them into its store; refused files say why.") +
                       "</p>";
    if (c.officer())
        body += uploadForm(c, csrfField(c), "/logs", "files", ".signage-log", true, c.t("Tệp sổ phát", "Log files"));
    else
        body += "<p class=\"notice\">" +
                c.t("Tài khoản chỉ xem: không tải lên được.", "Viewer account: cannot upload.") + "</p>";
    c.res.set_content(layout(c, c.t("Sổ phát (USB)", "Logs by USB"), "/logs", body), "text/html; charset=utf-8");
}

void Console::Impl::logsUpload(Ctx& c) {
    auto range = c.req.files.equal_range("files");
    std::string rows;
    int ok = 0, refused = 0;
    for (auto it = range.first; it != range.second; ++it) {
        const auto& f = it->second;
        if (f.filename.empty() && f.content.empty()) continue;
        auto tmp = uploadDir(office) / ("log-" + randomToken().substr(0, 16) + ".signage-log");
        Cleanup cleanup{tmp};
        {
            std::ofstream out(tmp, std::ios::binary);
            out.write(f.content.data(), static_cast<std::streamsize>(f.content.size()));
        }
        playlog::MergeResult r;
        try {
            r = office.mergeUsbExport(tmp);
        } catch (const std::exception& e) {
            r.ok = false;
            r.error = e.what();
        }
        std::string why = r.error;
        // Messages name the temp file; the officer knows the file by its own name.
        for (auto pos = why.find(tmp.string()); pos != std::string::npos; pos = why.find(tmp.string()))
            why.replace(pos, tmp.string().size(), f.filename);
        kLog.info("USB log " + f.filename + " from " + c.session->user + ": " + (r.ok ? "merged" : "refused: " + why));
        if (r.ok) {
            ++ok;
            rows += "<tr><td>" + esc(f.filename) + "</td><td>" + esc(r.boxId) + "</td><td class=\"ok\">✓ " +
                    c.t("đã gộp", "merged") + "</td><td>" + std::to_string(r.linksAdded) +
                    c.t(" bản ghi mới, ", " new links, ") + std::to_string(r.linksAlreadyPresent) +
                    c.t(" đã có", " already there");
            for (const auto& w : r.warnings) rows += "<br><span class=\"bad\">" + esc(w) + "</span>";
            rows += "</td></tr>";
        } else {
            ++refused;
            rows += "<tr><td>" + esc(f.filename) + "</td><td>" + esc(r.boxId.empty() ? "—" : r.boxId) +
                    "</td><td class=\"bad\">✗ " + c.t("bị từ chối", "refused") + "</td><td>" + esc(why) + "</td></tr>";
        }
    }
    std::string body = "<h2>" + c.t("Kết quả gộp sổ phát", "Merge results") + "</h2>";
    if (ok + refused == 0)
        body += "<div class=\"error\">" + c.t("Chưa chọn tệp nào.", "No file was chosen.") + "</div>";
    else
        body += "<p>" + std::to_string(ok) + c.t(" tệp đã gộp, ", " merged, ") + std::to_string(refused) +
                c.t(" tệp bị từ chối.", " refused.") + "</p><table id=\"merge\"><tr><th>" + c.t("Tệp", "File") +
                "</th><th>" + c.t("Máy", "Box") + "</th><th>" + c.t("Kết quả", "Result") + "</th><th>" +
                c.t("Chi tiết", "Details") + "</th></tr>" + rows + "</table>";
    body += "<p><a href=\"/logs\">← " + c.t("Tải thêm", "Upload more") + "</a></p>";
    if (refused && !ok) c.res.status = 422;
    c.res.set_content(layout(c, c.t("Sổ phát (USB)", "Logs by USB"), "/logs", body), "text/html; charset=utf-8");
}

void Console::Impl::contentPage(Ctx& c) {
    std::string body =
        "<h2>" + c.t("Nội dung", "Content") + "</h2><p>" +
        c.t("Nén thư mục nội dung (manifest.toml, playlists/, slides/, media/) thành tệp .zip rồi tải lên: văn phòng "
            "chạy "
            "<code>signage validate</code> và liệt kê mọi lỗi theo tệp:dòng:cột.",
            "Zip the content folder (manifest.toml, playlists/, slides/, media/) and upload it: the office runs "
            "<code>signage validate</code> and lists every problem as file:line:col.") +
        "</p>";
    if (c.officer())
        body += uploadForm(c, csrfField(c), "/content", "zip", ".zip,application/zip", false,
                           c.t("Tệp zip nội dung", "Content zip"));
    else
        body += "<p class=\"notice\">" +
                c.t("Tài khoản chỉ xem: không tải lên được.", "Viewer account: cannot upload.") + "</p>";
    c.res.set_content(layout(c, c.t("Nội dung", "Content"), "/content", body), "text/html; charset=utf-8");
}

void Console::Impl::contentUpload(Ctx& c) {
    if (!c.req.has_file("zip") || c.req.get_file_value("zip").content.empty()) {
        c.res.status = 400;
        c.res.set_content(layout(c, c.t("Nội dung", "Content"), "/content",
                                 "<div class=\"error\">" + c.t("Chưa chọn tệp zip.", "No zip chosen.") + "</div>"),
                          "text/html; charset=utf-8");
        return;
    }
    const auto& f = c.req.get_file_value("zip");
    auto dest = uploadDir(office) / ("content-" + randomToken().substr(0, 16));
    Cleanup cleanup{dest};
    auto z = unpackZip(f.content, dest, c.en);
    std::string body = "<h2>" + c.t("Kiểm tra nội dung: ", "Content check: ") + esc(f.filename) + "</h2>";
    if (!z.ok) {
        kLog.warn("content zip " + f.filename + " from " + c.session->user + " refused: " + z.error);
        c.res.status = 422;
        body += "<div class=\"error\" id=\"zip-refused\">" +
                c.t("Tệp zip bị từ chối, không có gì được giải nén: ", "Zip refused, nothing was unpacked: ") +
                esc(z.error) + "</div><p><a href=\"/content\">← " + c.t("Thử lại", "Try again") + "</a></p>";
        c.res.set_content(layout(c, c.t("Nội dung", "Content"), "/content", body), "text/html; charset=utf-8");
        return;
    }
    auto report = content::validatePaths({z.root});
    const std::string prefix = z.root.string() + "/";
    std::string list;
    size_t errors = 0, warnings = 0;
    for (const auto& d : report.diagnostics.all()) {
        std::string line = d.format();
        for (auto pos = line.find(prefix); pos != std::string::npos; pos = line.find(prefix))
            line.erase(pos, prefix.size());
        for (auto pos = line.find(z.root.string()); pos != std::string::npos; pos = line.find(z.root.string()))
            line.replace(pos, z.root.string().size(), ".");
        const bool err = d.severity == core::Diagnostic::Severity::Error;
        (err ? errors : warnings)++;
        list += std::string("<li class=\"") + (err ? "bad" : "none") + "\"><code>" + esc(line) + "</code></li>";
    }
    body += "<p>" + std::to_string(z.files) + c.t(" tệp, ", " files, ") + std::to_string(report.filesChecked) +
            c.t(" tệp TOML đã đọc · ", " TOML files read · ") + "<span class=\"bad\">" + std::to_string(errors) +
            c.t(" lỗi", " errors") + "</span>, " + std::to_string(warnings) + c.t(" cảnh báo", " warnings") + "</p>";
    if (errors)
        body += "<div class=\"error\">" +
                c.t("Nội dung có lỗi: sửa rồi tải lên lại. Chưa ký, chưa phát hành.",
                    "The content has errors: fix them and upload again. Not signed, not published.") +
                "</div>";
    if (!list.empty()) body += "<ul class=\"problems\" id=\"problems\">" + list + "</ul>";
    if (!errors) {
        // Kept (validated) until it is signed; only the console's own token names it.
        const std::string token = randomToken().substr(0, 16);
        auto keep = validatedDir(office) / token;
        std::filesystem::create_directories(keep.parent_path());
        std::filesystem::rename(z.root, keep);
        body += "<div class=\"good\">" + c.t("Nội dung hợp lệ.", "The content is valid.") +
                "</div><form method=\"post\" action=\"/content/sign\">" + csrfField(c) +
                "<input type=\"hidden\" name=\"token\" value=\"" + token + "\"><button type=\"submit\" id=\"sign\">" +
                c.t("Ký bằng khoá văn phòng và đóng gói (kèm bản cho USB)",
                    "Sign with the office key and pack (with a USB stick copy)") +
                "</button></form>";
    }
    body += "<p><a href=\"/content\">← " + c.t("Tải tệp khác", "Upload another") + "</a></p>";
    if (errors) c.res.status = 422;
    c.res.set_content(layout(c, c.t("Nội dung", "Content"), "/content", body), "text/html; charset=utf-8");
}

void Console::Impl::contentSign(Ctx& c) {
    const std::string token = field(c.req, "token");
    const bool ok = token.size() == 16 && token.find_first_not_of("0123456789abcdef") == std::string::npos;
    auto dir = validatedDir(office) / token;
    if (!ok || !std::filesystem::is_directory(dir)) {
        c.res.status = 404;
        c.res.set_content(layout(c, c.t("Nội dung", "Content"), "/content",
                                 "<div class=\"error\">" +
                                     c.t("Không còn nội dung đã kiểm tra này; tải lên lại.",
                                         "That checked content is gone; upload it again.") +
                                     "</div>"),
                          "text/html; charset=utf-8");
        return;
    }
    Cleanup cleanup{dir};
    std::string body = "<h2>" + c.t("Gói nội dung đã ký", "Signed content bundle") + "</h2>";
    try {
        auto s = signContent(office.dir().root(), dir);
        kLog.info("content " + s.id + " " + s.version + " signed by " + c.session->user + ": " + s.bundle.string());
        auto link = [&](const std::filesystem::path& p) {
            return "<a href=\"/content/file?name=" + esc(p.filename().string()) + "\">" + esc(p.filename().string()) +
                   "</a>";
        };
        body += "<div class=\"good\" id=\"signed\">" + esc(s.name) + " — " + esc(s.id) + " " + esc(s.version) +
                "</div><ul><li>" + c.t("Gói: ", "Bundle: ") + link(s.bundle) + " + " + link(s.signature) + "</li><li>" +
                c.t("Bản cho USB (giải nén vào gốc thẻ nhớ): ", "USB stick copy (unzip at the stick's root): ") +
                link(s.stickZip) + "</li><li>" +
                c.t("Khoá công khai cho máy (/etc/signage/keys): ", "Public key for the boxes (/etc/signage/keys): ") +
                "<a href=\"/content/file?name=bundle.pub\">bundle.pub</a></li></ul>";
    } catch (const std::exception& e) {
        c.res.status = 422;
        body += "<div class=\"error\">" + esc(e.what()) + "</div>";
    }
    body += "<p><a href=\"/content\">← " + c.t("Nội dung", "Content") + "</a></p>";
    c.res.set_content(layout(c, c.t("Nội dung", "Content"), "/content", body), "text/html; charset=utf-8");
}

void Console::Impl::contentFile(Ctx& c) {
    const std::string name = field(c.req, "name");
    // Only files the office made: names in bundles/ (no separators, no dot files), or the public key.
    bool ok =
        !name.empty() && name[0] != '.' && name.find('/') == std::string::npos && name.find("..") == std::string::npos;
    auto file = name == "bundle.pub" ? office.dir().root() / "bundle.pub" : bundlesDir(office.dir().root()) / name;
    if (!ok || !std::filesystem::is_regular_file(file)) {
        c.res.status = 404;
        c.res.set_content(layout(c, "404", "/content",
                                 "<div class=\"error\">" + c.t("Không có tệp này.", "No such file.") + "</div>"),
                          "text/html; charset=utf-8");
        return;
    }
    std::ifstream in(file, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), {});
    c.res.set_header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    c.res.set_content(bytes, name.ends_with(".zip") ? "application/zip" : "application/octet-stream");
}

} // namespace signage::office::web
