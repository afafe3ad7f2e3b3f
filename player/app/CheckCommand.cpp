// SPDX-License-Identifier: GPL-3.0-or-later
// signage check [--kind auto|phone|link|account|message] [--checker-data DIR] [--data-dir DIR]
//               [--json] TEXT...
// signage check import-list FILE [--checker-data DIR] [--source NAME] [--date YYYY-MM-DD] [--out CSV]
//   imports a reported-links list the ward officer copied in (ChongLuaDao's, CC0, or any
//   one-domain-or-link-per-line / hosts / adblock file; scamcheck/ListImport.h) into a
//   checker CSV: CHECKER_DIR/imported-<file stem>.csv. Malformed lines: file:line:col on
//   stderr, nothing written, exit 3. Never downloads anything.
// For staff and tests: the same engine and data as the touch screen. TEXT "-" reads the
// text from stdin (keeps it out of the shell history). The result goes to stdout (text or
// --json); warnings about the checker data and errors go to stderr. Exit 0 for any
// verdict, 2 usage, 3 when the checker data cannot be loaded.
// Nothing typed is logged or written: the only file this command may write is the list
// index cache under DATA_DIR/cache/checker, which holds list entries, never the input.
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>

#include "app/Commands.h"
#include "core/Lang.h"
#include "core/Paths.h"
#include "scamcheck/Checker.h"
#include "scamcheck/ListImport.h"
#include "scamcheck/VerdictJson.h"
#include "scamcheck/Wipe.h"

namespace signage::app {

namespace fs = std::filesystem;
using core::tr;

namespace {
struct CheckOptions {
    std::string kind = "auto";
    std::string checkerData;
    std::string dataDir;
    bool json = false;
    std::vector<std::string> text;
};

// The active content's checker/ folder in a checkout, else the project's default data.
fs::path defaultCheckerDir() {
    fs::path share = core::shareDir();
    std::error_code ec;
    if (fs::exists(share / "playlists" / "demo" / "checker" / "rules.toml", ec)) return share / "playlists" / "demo" / "checker";
    return share / "assets" / "checker";
}

void printText(const scamcheck::Verdict& v) {
    std::string out = v.headline.text() + " (" + tr("điểm ", "score ") + std::to_string(v.score) + "/100)\n";
    out += tr("Lý do:\n", "Why:\n");
    for (const auto& r : v.reasons) out += "  - " + r.text.text() + "\n";
    out += tr("Quy tắc \"5 không, 2 phải\":\n", "\"5 không, 2 phải\" rules:\n");
    for (const auto& id : v.rules) out += "  - " + scamcheck::ruleTitle(id).text() + " [" + id + "]\n";
    out += tr("Nên làm ngay:\n", "What to do now:\n");
    for (const auto& a : v.advice) out += "  - " + a.text() + "\n";
    out += tr("Dữ liệu: ", "Data: ") + v.dataVersion + "\n";
    std::cout << out << std::flush;
    scamcheck::wipeString(out);
}

struct ImportOptions {
    std::string file;
    std::string checkerData;
    std::string source;
    std::string date;
    std::string out;
};

bool isIsoDate(const std::string& d) {
    if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (d[i] < '0' || d[i] > '9') return false;
    int m = std::stoi(d.substr(5, 2)), day = std::stoi(d.substr(8, 2));
    return m >= 1 && m <= 12 && day >= 1 && day <= 31;
}

int runImport(const ImportOptions& o) {
    std::ifstream in(o.file, std::ios::binary);
    if (!in) {
        std::cerr << o.file << ": " << tr("không đọc được tệp\n", "cannot read the file\n");
        return kExitRuntime;
    }
    if (!o.date.empty() && !isIsoDate(o.date)) {
        std::cerr << tr("check import-list: --date phải có dạng YYYY-MM-DD\n",
                        "check import-list: --date must be YYYY-MM-DD\n");
        return kExitUsage;
    }
    std::stringstream buf;
    buf << in.rdbuf();
    core::Diagnostics diags;
    scamcheck::ImportedList list = scamcheck::importReportedList(buf.str(), o.file, diags);
    for (const auto& d : diags.all()) std::cerr << d.format() << "\n";
    if (diags.hasErrors()) {
        std::cerr << tr("check import-list: có dòng không đọc được; chưa nhập gì\n",
                        "check import-list: some lines cannot be read; nothing imported\n");
        return kExitRuntime;
    }
    fs::path checkerDir = o.checkerData.empty() ? defaultCheckerDir() : fs::path(o.checkerData);
    fs::path target =
        o.out.empty() ? checkerDir / ("imported-" + fs::path(o.file).stem().string() + ".csv") : fs::path(o.out);
    std::string source = o.source.empty() ? fs::path(o.file).filename().string() : o.source;
    fs::path tmp = target;
    tmp += ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out << scamcheck::importedListCsv(list, source, o.date);
        if (!out.flush()) {
            std::cerr << tmp.string() << ": " << tr("không ghi được\n", "cannot write\n");
            return kExitRuntime;
        }
    }
    std::error_code ec;
    fs::rename(tmp, target, ec);
    if (ec) {
        std::cerr << target.string() << ": " << ec.message() << "\n";
        return kExitRuntime;
    }
    std::cout << tr("Đã nhập ", "Imported ") << list.rows.size() << tr(" mục vào ", " entries into ") << target.string()
              << " (" << list.duplicates << tr(" trùng lặp bỏ qua, ", " duplicates skipped, ") << list.comments
              << tr(" dòng chú thích)\n", " comment lines)\n");
    return kExitOk;
}

} // namespace

void addCheckCommand(CLI::App& root, int& exitCode) {
    auto opts = std::make_shared<CheckOptions>();
    auto* cmd = root.add_subcommand("check", core::tr("Kiểm tra số điện thoại, đường link, số tài khoản hoặc tin nhắn", "Check a phone number, link, account or message"));
    cmd->add_option("--kind", opts->kind, "auto|phone|link|account|message")->check(CLI::IsMember({"auto", "phone", "link", "account", "message"}));
    cmd->add_option("--checker-data", opts->checkerData, core::tr("Thư mục checker/ (rules.toml, *.csv, *.sqlite)", "The checker/ folder (rules.toml, *.csv, *.sqlite)"));
    cmd->add_option("--data-dir", opts->dataDir, core::tr("Thư mục dữ liệu (bộ đệm chỉ mục danh sách)", "Data dir (list index cache)"));
    cmd->add_flag("--json", opts->json, core::tr("In JSON ra stdout (docs/scamcheck.md)", "JSON on stdout (docs/scamcheck.md)"));
    cmd->add_option("text", opts->text,
                    core::tr("Nội dung cần kiểm tra; '-' đọc từ stdin", "What to check; '-' reads stdin"));

    auto imp = std::make_shared<ImportOptions>();
    auto* importCmd = cmd->add_subcommand(
        "import-list", core::tr("Nhập danh sách link lừa đảo đã công bố (ví dụ của ChongLuaDao) từ một tệp",
                                "Import a published list of reported scam links (e.g. ChongLuaDao's) from a file"));
    importCmd
        ->add_option(
            "file", imp->file,
            core::tr("Tệp danh sách (mỗi dòng một tên miền hoặc link)", "The list file (one domain or link a line)"))
        ->required();
    importCmd->add_option("--checker-data", imp->checkerData,
                          core::tr("Thư mục checker/ nhận tệp CSV", "The checker/ folder that gets the CSV"));
    importCmd->add_option("--source", imp->source,
                          core::tr("Nguồn ghi vào từng mục (mặc định: tên tệp)",
                                   "Source recorded on every entry (default: the file name)"));
    importCmd->add_option("--date", imp->date, core::tr("Ngày báo cáo YYYY-MM-DD", "Reported on, YYYY-MM-DD"));
    importCmd->add_option("--out", imp->out,
                          core::tr("Tệp CSV đích (mặc định: CHECKER/imported-<tên>.csv)",
                                   "Target CSV (default: CHECKER/imported-<name>.csv)"));
    importCmd->callback([imp, &exitCode] { exitCode = runImport(*imp); });

    cmd->callback([opts, importCmd, &exitCode] {
        if (importCmd->parsed()) return;
        std::string text;
        if (opts->text.size() == 1 && opts->text[0] == "-") {
            text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
        } else {
            for (size_t i = 0; i < opts->text.size(); ++i) text += (i ? " " : "") + opts->text[i];
        }
        for (auto& t : opts->text) scamcheck::wipeString(t);
        if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
            std::cerr << tr("check: không có gì để kiểm tra\n", "check: nothing to check\n");
            exitCode = kExitUsage;
            return;
        }
        auto kind = scamcheck::parseKind(opts->kind).value_or(scamcheck::Kind::Auto);
        fs::path checkerDir = opts->checkerData.empty() ? defaultCheckerDir() : fs::path(opts->checkerData);
        fs::path dataDir = opts->dataDir.empty() ? core::defaultDataDir() : fs::path(opts->dataDir);

        std::unique_ptr<scamcheck::Checker> checker;
        try {
            checker = std::make_unique<scamcheck::Checker>(checkerDir, scamcheck::Checker::Options{dataDir / "cache" / "checker", "", "", ""});
        } catch (const std::exception& e) {
            std::cerr << tr("check: không nạp được dữ liệu kiểm tra ", "check: cannot load the checker data in ") << checkerDir.string() << "\n"
                      << e.what() << "\n";
            scamcheck::wipeString(text);
            exitCode = kExitRuntime;
            return;
        }
        for (const auto& d : checker->diagnostics().all()) std::cerr << d.format() << "\n";

        scamcheck::Verdict v = checker->check(text, kind);
        scamcheck::wipeString(text);
        if (opts->json) {
            std::string json = scamcheck::toJson(v);
            std::cout << json << "\n" << std::flush;
            scamcheck::wipeString(json);
        } else {
            printText(v);
        }
        v.wipe();
        exitCode = kExitOk;
    });
}

} // namespace signage::app
