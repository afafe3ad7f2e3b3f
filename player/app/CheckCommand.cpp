// SPDX-License-Identifier: GPL-3.0-or-later
// signage check [--kind auto|phone|link|account|message] [--checker-data DIR] [--data-dir DIR]
//               [--json] TEXT...
// For staff and tests: the same engine and data as the touch screen. TEXT "-" reads the
// text from stdin (keeps it out of the shell history). The result goes to stdout (text or
// --json); warnings about the checker data and errors go to stderr. Exit 0 for any
// verdict, 2 usage, 3 when the checker data cannot be loaded.
// Nothing typed is logged or written: the only file this command may write is the list
// index cache under DATA_DIR/cache/checker, which holds list entries, never the input.
#include <iostream>
#include <iterator>
#include <memory>

#include "app/Commands.h"
#include "core/Lang.h"
#include "core/Paths.h"
#include "scamcheck/Checker.h"
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
} // namespace

void addCheckCommand(CLI::App& root, int& exitCode) {
    auto opts = std::make_shared<CheckOptions>();
    auto* cmd = root.add_subcommand("check", core::tr("Kiểm tra số điện thoại, đường link, số tài khoản hoặc tin nhắn", "Check a phone number, link, account or message"));
    cmd->add_option("--kind", opts->kind, "auto|phone|link|account|message")->check(CLI::IsMember({"auto", "phone", "link", "account", "message"}));
    cmd->add_option("--checker-data", opts->checkerData, core::tr("Thư mục checker/ (rules.toml, *.csv, *.sqlite)", "The checker/ folder (rules.toml, *.csv, *.sqlite)"));
    cmd->add_option("--data-dir", opts->dataDir, core::tr("Thư mục dữ liệu (bộ đệm chỉ mục danh sách)", "Data dir (list index cache)"));
    cmd->add_flag("--json", opts->json, core::tr("In JSON ra stdout (docs/scamcheck.md)", "JSON on stdout (docs/scamcheck.md)"));
    cmd->add_option("text", opts->text, core::tr("Nội dung cần kiểm tra; '-' đọc từ stdin", "What to check; '-' reads stdin"))->required();

    cmd->callback([opts, &exitCode] {
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
