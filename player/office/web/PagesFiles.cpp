// SPDX-License-Identifier: GPL-3.0-or-later
// Logs by USB and Content pages: uploads, each written under OFFICE_DIR/console-uploads
// with a name the console makes (never the browser's), removed after use.
#include <algorithm>
#include <chrono>
#include <fstream>
#include <map>
#include <set>
#include <sys/stat.h>

#include "content/Validator.h"
#include "core/Log.h"
#include "office/web/BundleSigning.h"
#include "office/web/ConsoleImpl.h"
#include "office/web/SafeZip.h"
#include "playlog/Cosigned.h"

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

// The way back of the witness, as `audit merge` does on the command line: the note the
// office cosigned is kept in the office folder and offered for download, for the staff to
// copy into the stick's SIGNAGE-LOGS; the box reads it at its next USB visit. Returns the
// note's file name, empty when it could not be kept (the store has the cosignature anyway).
std::string keepCosignedNote(Office& office, const playlog::SignedNote& note) {
    try {
        std::string error;
        auto cp = playlog::parseCheckpoint(note.body, error);
        if (!cp) throw std::runtime_error(error);
        return playlog::writeCosignedNote(office.dir().cosigned(), *cp, note).filename().string();
    } catch (const std::exception& e) {
        kLog.warn(std::string("cosigned note not kept for download: ") + e.what());
        return {};
    }
}

// Only names the office writes ("<box>_checkpoint-<n>.cosigned.note", box id reduced to
// [A-Za-z0-9_-]): nothing else of the office folder can be fetched through it.
bool isCosignedNoteName(const std::string& name) {
    static const std::string kSuffix = ".cosigned.note";
    const auto mark = name.rfind("_checkpoint-");
    if (name.size() <= kSuffix.size() || name.compare(name.size() - kSuffix.size(), kSuffix.size(), kSuffix) != 0 ||
        mark == std::string::npos || mark == 0)
        return false;
    const std::string box = name.substr(0, mark);
    const std::string number = name.substr(mark + 12, name.size() - kSuffix.size() - mark - 12);
    return box.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") ==
               std::string::npos &&
           !number.empty() && number.find_first_not_of("0123456789") == std::string::npos;
}

struct KeptNote {
    std::string name;
    std::filesystem::file_time_type modified;
};

// The cosigned notes kept, newest first.
std::vector<KeptNote> keptCosignedNotes(Office& office, std::size_t limit) {
    std::vector<KeptNote> out;
    std::error_code ec;
    for (std::filesystem::directory_iterator it(office.dir().cosigned(), ec), end; !ec && it != end; it.increment(ec)) {
        const auto name = it->path().filename().string();
        if (isCosignedNoteName(name) && it->is_regular_file(ec)) out.push_back({name, it->last_write_time(ec)});
    }
    std::sort(out.begin(), out.end(), [](const KeptNote& a, const KeptNote& b) {
        return a.modified != b.modified ? a.modified > b.modified : a.name < b.name;
    });
    if (out.size() > limit) out.resize(limit);
    return out;
}

std::string cosignedLink(const std::string& name) {
    return "<a class=\"cosigned\" href=\"/logs/cosigned?name=" + esc(name) + "\">" + esc(name) + "</a>";
}

} // namespace

std::vector<SignedBundle> signedBundles(Office& o) {
    std::vector<SignedBundle> out;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(bundlesDir(o.dir().root()), ec)) {
        const std::string name = e.path().filename().string();
        if (name.empty() || name[0] == '.' || e.path().extension() != ".bundle" || !e.is_regular_file()) continue;
        std::ifstream in(e.path().string() + ".minisig");
        if (!in) continue;
        std::string text((std::istreambuf_iterator<char>(in)), {});
        auto value = [&](const std::string& key) {
            auto p = text.find("\t" + key + ":");
            if (p == std::string::npos) return std::string();
            p += key.size() + 2;
            return text.substr(p, text.find_first_of("\t\n", p) - p);
        };
        SignedBundle b{name, value("bundle"), value("version")};
        if (b.id.empty() || b.version.empty()) continue;
        b.size = e.file_size(ec);
        b.modifiedMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                           std::chrono::file_clock::to_sys(e.last_write_time(ec)).time_since_epoch())
                           .count();
        out.push_back(std::move(b));
    }
    std::sort(out.begin(), out.end(), [](const SignedBundle& a, const SignedBundle& b) {
        return a.modifiedMs != b.modifiedMs ? a.modifiedMs > b.modifiedMs : a.file < b.file;
    });
    return out;
}

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
    body += cosignedSection(c);
    c.res.set_content(layout(c, c.t("Sổ phát (USB)", "Logs by USB"), "/logs", body), "text/html; charset=utf-8");
}

void Console::Impl::logsUpload(Ctx& c) {
    auto range = c.req.files.equal_range("files");
    std::string rows;
    int ok = 0, refused = 0;
    for (auto it = range.first; it != range.second; ++it) {
        const auto& f = it->second;
        if (f.filename.empty() && f.content.empty()) continue;
        // A folder of our own per file, the file under the officer's name (made safe): the
        // store keeps the name as the source of what the witness found, for the console.
        const auto folder = uploadDir(office) / ("log-" + randomToken().substr(0, 16));
        Cleanup cleanup{folder};
        const std::string safe =
            asciiFileName(std::filesystem::path(f.filename).filename().string(), "upload.signage-log");
        std::filesystem::create_directories(folder);
        const auto tmp = folder / safe;
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
            // Merged, but what the witness found (a new log id, a gap) is said next to it: the
            // Boxes page keeps showing it.
            rows +=
                "<tr><td>" + esc(f.filename) + "</td><td class=\"nw\">" + esc(r.boxId) + "</td><td class=\"ok nw\">✓ " +
                c.t("đã gộp", "merged") +
                (r.findings.empty() ? std::string()
                                    : "<br><span class=\"bad\">⚠ " + c.t("có cảnh báo", "with warnings") + "</span>") +
                "</td><td>" + std::to_string(r.linksAdded) + c.t(" bản ghi mới, ", " new links, ") +
                std::to_string(r.linksAlreadyPresent) + c.t(" đã có", " already there");
            for (const auto& w : r.warnings) rows += "<br><span class=\"bad\">" + esc(localTimes(w, zone)) + "</span>";
            if (r.cosigned) {
                const auto note = keepCosignedNote(office, *r.cosigned);
                if (!note.empty())
                    rows += "<br>" +
                            c.t("Chữ ký xác nhận cho máy mang về: ", "Cosignature for the box to take back: ") +
                            cosignedLink(note);
            }
            rows += "</td></tr>";
        } else {
            ++refused;
            rows += "<tr><td>" + esc(f.filename) + "</td><td>" + esc(r.boxId.empty() ? "—" : r.boxId) +
                    "</td><td class=\"bad\">✗ " + c.t("bị từ chối", "refused") + "</td><td>" +
                    esc(localTimes(why, zone)) + "</td></tr>";
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
    if (rows.find("class=\"cosigned\"") != std::string::npos)
        body += "<p class=\"notice\">" +
                c.t("Tải các tệp chữ ký xác nhận về, chép vào thư mục <code>SIGNAGE-LOGS</code> của USB: lần cắm USB "
                    "sau, máy nhận xác nhận của văn phòng.",
                    "Download the cosignature files and copy them into the stick's <code>SIGNAGE-LOGS</code> folder: "
                    "at its next USB visit the box takes the office's cosignature.") +
                "</p>";
    body += "<p><a href=\"/logs\">← " + c.t("Tải thêm", "Upload more") + "</a></p>";
    if (refused && !ok) c.res.status = 422;
    c.res.set_content(layout(c, c.t("Sổ phát (USB)", "Logs by USB"), "/logs", body), "text/html; charset=utf-8");
}

std::string Console::Impl::cosignedSection(Ctx& c) {
    const auto notes = keptCosignedNotes(office, 50);
    std::string h =
        "<h3 id=\"cosigned\">" + c.t("Chữ ký xác nhận cho máy mang về", "Cosignatures for the boxes") + "</h3>";
    if (notes.empty())
        return h + "<p class=\"none\">" +
               c.t("Chưa có: văn phòng ký xác nhận khi gộp sổ phát.",
                   "None yet: the office cosigns when it merges a log.") +
               "</p>";
    h += "<p>" +
         c.t("Chép tệp của máy vào thư mục <code>SIGNAGE-LOGS</code> của USB; lần cắm sau máy nhận xác nhận.",
             "Copy the box's file into the stick's <code>SIGNAGE-LOGS</code> folder; the box takes it at its next "
             "visit.") +
         "</p><ul>";
    for (const auto& n : notes) h += "<li>" + cosignedLink(n.name) + "</li>";
    return h + "</ul>";
}

void Console::Impl::cosignedNote(Ctx& c) {
    const std::string name = field(c.req, "name");
    const auto file = office.dir().cosigned() / name;
    std::error_code ec;
    if (!isCosignedNoteName(name) || !std::filesystem::is_regular_file(file, ec)) {
        c.res.status = 404;
        c.res.set_content(
            layout(c, "404", "/logs", "<div class=\"error\">" + c.t("Không có tệp này.", "No such file.") + "</div>"),
            "text/html; charset=utf-8");
        return;
    }
    std::ifstream in(file, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), {});
    c.res.set_header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    c.res.set_content(text, "text/plain; charset=utf-8");
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
    body += publishSection(c);
    c.res.set_content(layout(c, c.t("Nội dung", "Content"), "/content", body), "text/html; charset=utf-8");
}

// Signed bundles, the form that publishes one to chosen boxes or sites, and which boxes
// already run it (the bundle in each box's status).
std::string Console::Impl::publishSection(Ctx& c) {
    auto bundles = signedBundles(office);
    std::string h = "<h3 id=\"publish-section\">" + c.t("Phát hành qua mạng", "Publish over the network") + "</h3>";
    if (bundles.empty())
        return h + "<p class=\"none\">" +
               c.t("Chưa có gói đã ký: tải nội dung lên, kiểm tra rồi ký.",
                   "No signed bundle yet: upload content, check it, then sign it.") +
               "</p>";
    const std::string wanted = field(c.req, "bundle");
    const SignedBundle* chosen = &bundles.front();
    for (const auto& b : bundles)
        if (b.file == wanted) chosen = &b;
    if (c.req.has_param("published"))
        h += "<div class=\"good\" id=\"published\">" + c.t("Đã thông báo gói ", "Announced ") + esc(chosen->label()) +
             c.t(" cho ", " to ") + esc(field(c.req, "published")) +
             c.t(" máy. Các máy tự tải về qua HTTPS (tải tiếp khi đứt mạng), kiểm chữ ký rồi nạp; "
                 "tải lại trang để xem máy nào đã có.",
                 " boxes. They download it over HTTPS (resuming after a cut), check its signature and install "
                 "it; reload the page to see which have it.") +
             "</div>";
    h += "<p>" + c.t("Gói đã ký: ", "Signed bundles: ");
    for (size_t k = 0; k < bundles.size() && k < 10; ++k)
        h += std::string(k ? " · " : "") + (&bundles[k] == chosen ? "<strong>" : "") +
             "<a href=\"/content?bundle=" + esc(bundles[k].file) + "#publish-section\">" + esc(bundles[k].label()) +
             "</a>" + (&bundles[k] == chosen ? "</strong>" : "") + " <span class=\"small\">(" +
             formatTime(bundles[k].modifiedMs, zone) + ")</span>";
    h += "</p>";
    auto rows = boxRows(office);
    std::set<std::string> sites;
    for (const auto& r : rows)
        if (!r.site.empty()) sites.insert(r.site);
    if (c.officer()) {
        h += "<form class=\"box\" method=\"post\" action=\"/content/publish\" id=\"publish-form\">" + csrfField(c) +
             "<input type=\"hidden\" name=\"bundle\" value=\"" + esc(chosen->file) + "\"><p>" +
             c.t("Phát hành ", "Publish ") + "<strong>" + esc(chosen->label()) + "</strong>" + c.t(" tới:", " to:") +
             "</p><label>" + c.t("Máy", "Boxes") + "</label><div class=\"boxes-list\">";
        for (const auto& r : rows)
            h += "<label><input type=\"checkbox\" name=\"box\" value=\"" + esc(r.s.box) + "\"> " + esc(r.s.box) +
                 (r.site.empty() ? "" : " <span class=\"small\">(" + esc(r.site) + ")</span>") + "</label>";
        h += "</div><label>" + c.t("hoặc cả địa điểm", "or whole sites") + "</label><div class=\"boxes-list\">";
        for (const auto& site : sites)
            h += "<label><input type=\"checkbox\" name=\"site\" value=\"" + esc(site) + "\"> " + esc(site) + "</label>";
        h += "</div><button type=\"submit\" id=\"publish\">" +
             c.t("Phát hành tới các máy đã chọn", "Publish to the chosen boxes") + "</button></form>";
    } else {
        h += "<p class=\"notice\">" +
             c.t("Tài khoản chỉ xem: không phát hành được.", "Viewer account: cannot publish.") + "</p>";
    }
    size_t have = 0;
    std::string table;
    for (const auto& r : rows) {
        const bool has = r.bundle == chosen->label();
        if (has) ++have;
        table += "<tr data-box=\"" + esc(r.s.box) + "\" data-has=\"" + (has ? "1" : "0") + "\"><td class=\"nw\">" +
                 esc(r.s.box) + "</td><td class=\"nw\">" + esc(r.site) + "</td><td>" +
                 esc(r.bundle.empty() ? "—" : r.bundle) + "</td><td>" +
                 (has                 ? "<span class=\"ok\">✓ " + c.t("đã có", "has it") + "</span>"
                  : r.s.state.empty() ? "<span class=\"none\">" + c.t("chưa có tin", "never heard") + "</span>"
                                      : "<span class=\"none\">✗ " + c.t("chưa", "not yet") + "</span>") +
                 "</td></tr>";
    }
    h += "<p id=\"have-summary\"><strong>" + std::to_string(have) + " / " + std::to_string(rows.size()) + "</strong>" +
         c.t(" máy đang chạy ", " boxes run ") + esc(chosen->label()) + " <span class=\"small\">(" +
         c.t("theo trạng thái máy gửi về", "from the status each box sends") +
         ")</span></p><table id=\"bundle-status\"><tr><th>" + c.t("Máy", "Box") + "</th><th>" +
         c.t("Địa điểm", "Site") + "</th><th>" + c.t("Gói đang chạy", "Bundle running") + "</th><th>" +
         esc(chosen->label()) + "</th></tr>" + table + "</table>";
    return h;
}

void Console::Impl::contentPublish(Ctx& c) {
    const std::string name = field(c.req, "bundle");
    auto bundles = signedBundles(office);
    const SignedBundle* chosen = nullptr;
    for (const auto& b : bundles)
        if (b.file == name) chosen = &b;
    auto refuse = [&](int status, const std::string& why) {
        kLog.warn("publish " + name + " by " + c.session->user + " refused: " + why);
        c.res.status = status;
        c.res.set_content(layout(c, c.t("Nội dung", "Content"), "/content",
                                 "<div class=\"error\" id=\"publish-refused\">" + esc(why) +
                                     c.t(" Chưa phát hành gì.", " Nothing was published.") +
                                     "</div><p><a href=\"/content#publish-section\">← " + c.t("Nội dung", "Content") +
                                     "</a></p>"),
                          "text/html; charset=utf-8");
    };
    if (!chosen) return refuse(404, c.t("Không có gói đã ký này.", "No such signed bundle."));
    auto rows = boxRows(office);
    std::set<std::string> known, targets;
    std::map<std::string, std::vector<std::string>> bySite;
    for (const auto& r : rows) {
        known.insert(r.s.box);
        if (!r.site.empty()) bySite[r.site].push_back(r.s.box);
    }
    for (const auto& b : fields(c.req, "box")) {
        if (!known.count(b)) return refuse(422, c.t("Không có máy ", "No box ") + b + ".");
        targets.insert(b);
    }
    for (const auto& site : fields(c.req, "site")) {
        auto it = bySite.find(site);
        if (it == bySite.end()) return refuse(422, c.t("Không có địa điểm ", "No site ") + site + ".");
        targets.insert(it->second.begin(), it->second.end());
    }
    if (targets.empty()) return refuse(400, c.t("Chưa chọn máy hoặc địa điểm nào.", "No box or site was chosen."));
    try {
        office.announceBundle(bundlesDir(office.dir().root()) / chosen->file,
                              std::vector<std::string>(targets.begin(), targets.end()));
    } catch (const std::exception& e) {
        return refuse(503, e.what());
    }
    kLog.info("bundle " + chosen->label() + " published by " + c.session->user + " to " +
              std::to_string(targets.size()) + " boxes");
    c.res.status = 303;
    c.res.set_header("Location", "/content?bundle=" + chosen->file + "&published=" + std::to_string(targets.size()) +
                                     "#publish-section");
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
                "<a href=\"/content/file?name=bundle.pub\">bundle.pub</a></li></ul><p><a id=\"to-publish\" "
                "href=\"/content?bundle=" +
                esc(s.bundle.filename().string()) + "#publish-section\">" +
                c.t("Phát hành tới các máy qua mạng →", "Publish to boxes over the network →") + "</a></p>";
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
