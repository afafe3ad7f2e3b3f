// SPDX-License-Identifier: GPL-3.0-or-later
// `signage validate PATH...`: checks content directories or single content files and
// reports every problem as file:line:col (stderr), then one summary line; `--json` also
// prints the problems as a JSON array on stdout. Exit 0 clean (warnings allowed),
// 1 errors found, 2 usage (no path, or a path that does not exist).
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "app/Commands.h"
#include "app/ValidationChecks.h"
#include "content/Validator.h"
#include "core/Json.h"
#include "core/Lang.h"

namespace signage::app {

namespace {

using core::tr;

std::string toJson(const core::Diagnostics& diags) {
    std::string out = "[";
    bool first = true;
    for (const auto& d : diags.all()) {
        out += first ? "\n  " : ",\n  ";
        first = false;
        out += "{\"file\": " + core::jsonQuote(d.pos.file) + ", \"line\": " + std::to_string(d.pos.line) +
               ", \"column\": " + std::to_string(d.pos.column) + ", \"severity\": " +
               (d.severity == core::Diagnostic::Severity::Error ? "\"error\"" : "\"warning\"") +
               ", \"message\": " + core::jsonQuote(d.message) + "}";
    }
    return out + (first ? "]" : "\n]");
}

std::string counted(size_t n, const char* vi, const char* enOne, const char* enMany) {
    return std::to_string(n) + " " + tr(vi, n == 1 ? enOne : enMany);
}

std::string summary(const content::ValidationReport& r) {
    size_t errors = r.diagnostics.errorCount();
    size_t warnings = r.diagnostics.all().size() - errors;
    std::string line = tr("đã kiểm tra ", "checked ") + counted(r.filesChecked, "tệp", "file", "files") + ": ";
    if (errors == 0 && warnings == 0) return line + tr("không có lỗi", "no problems found");
    if (errors > 0) line += counted(errors, "lỗi", "error", "errors");
    if (errors > 0 && warnings > 0) line += ", ";
    if (warnings > 0) line += counted(warnings, "cảnh báo", "warning", "warnings");
    return line;
}

} // namespace

void addValidateCommand(CLI::App& root, int& exitCode) {
    auto* cmd = root.add_subcommand("validate", core::tr("Kiểm tra thư mục hoặc tệp nội dung", "Check content directories or files"));
    auto paths = std::make_shared<std::vector<std::string>>();
    auto json = std::make_shared<bool>(false);
    cmd->add_option("PATH", *paths, core::tr("Thư mục nội dung hoặc tệp .toml", "Content directory or .toml file"))->required();
    cmd->add_flag("--json", *json, core::tr("In danh sách lỗi dạng JSON ra stdout", "Print the problems as JSON on stdout"));
    cmd->callback([paths, json, &exitCode] {
        for (const auto& p : *paths) {
            std::error_code ec;
            if (!std::filesystem::exists(p, ec)) {
                std::fprintf(stderr, "%s: %s\n", p.c_str(),
                             tr("không tìm thấy tệp hoặc thư mục", "no such file or directory").c_str());
                exitCode = kExitUsage;
                return;
            }
        }
        registerValidationChecks();
        std::vector<std::filesystem::path> targets(paths->begin(), paths->end());
        content::ValidationReport report = content::validatePaths(targets);
        for (const auto& d : report.diagnostics.all()) std::fprintf(stderr, "%s\n", d.format().c_str());
        std::fprintf(stderr, "%s\n", summary(report).c_str());
        if (*json) std::printf("%s\n", toJson(report.diagnostics).c_str());
        exitCode = report.diagnostics.hasErrors() ? kExitBadInput : kExitOk;
    });
}

} // namespace signage::app
