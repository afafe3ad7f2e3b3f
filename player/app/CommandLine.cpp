// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CommandLine.h"

#include <memory>

#include "app/Commands.h"

#ifndef SIGNAGE_VERSION
#define SIGNAGE_VERSION "unknown"
#endif

namespace signage::app {

using core::tr;

core::Lang langFromArgs(const std::vector<std::string>& args, const char* envLang) {
    core::Lang found = core::Lang::Vi;
    bool fromArgs = false;
    for (size_t i = 0; i < args.size(); ++i) {
        std::string_view a = args[i];
        if (a == "--") break; // what follows is data, not options
        std::string_view value;
        if (a == "--lang" && i + 1 < args.size()) value = args[++i];
        else if (a.substr(0, 7) == "--lang=") value = a.substr(7);
        else continue;
        core::Lang l;
        if (core::parseLang(value, l)) {
            found = l;
            fromArgs = true;
        }
    }
    if (!fromArgs && envLang) {
        core::Lang l;
        if (core::parseLang(envLang, l)) found = l;
    }
    return found;
}

std::string versionText() {
    return "signage (canhbao-signage) " SIGNAGE_VERSION "\n" +
           tr("Giấy phép GPL-3.0 hoặc mới hơn <https://gnu.org/licenses/gpl.html>.\n"
              "Đây là phần mềm tự do: bạn được sửa đổi và phân phối lại.\n"
              "KHÔNG CÓ BẢO HÀNH, trong phạm vi pháp luật cho phép.",
              "License GPL-3.0-or-later <https://gnu.org/licenses/gpl.html>.\n"
              "This is free software: you are free to change and redistribute it.\n"
              "There is NO WARRANTY, to the extent permitted by law.");
}

void localiseCommandLine(CLI::App& root) {
    root.set_help_flag("-h,--help", tr("In trợ giúp này rồi thoát", "Print this help message and exit"));
    root.set_help_all_flag("--help-all", tr("Trợ giúp cho mọi lệnh", "Help for every subcommand"));
    root.set_version_flag("--version", versionText(), tr("In phiên bản rồi thoát", "Print the version and exit"));
    // Inherited by every subcommand added after this (CLI11 copies them at creation).
    root.option_defaults()->group(tr("Tùy chọn", "Options"));
    root.group(tr("Lệnh", "Subcommands"));

    auto f = std::make_shared<CLI::Formatter>();
    if (core::lang() == core::Lang::Vi) {
        // The keys are CLI11's English words; type names are CLI11's placeholders.
        const std::pair<const char*, const char*> labels[] = {
            {"Usage", "Cách dùng"},
            {"OPTIONS", "TÙY_CHỌN"},
            {"SUBCOMMAND", "LỆNH"},
            {"SUBCOMMANDS", "LỆNH"},
            {"Positionals", "Đối số"},
            {"REQUIRED", "BẮT_BUỘC"},
            {"Env", "biến môi trường"},
            {"Needs", "Cần"},
            {"Excludes", "Không dùng cùng"},
            {"TEXT", "CHỮ"},
            {"INT", "SỐ"},
            {"UINT", "SỐ"},
            {"FLOAT", "SỐ"},
            {"BOOLEAN", "CÓ/KHÔNG"},
            {"FILE", "TỆP"},
            {"DIR", "THƯ_MỤC"},
            {"PATH", "ĐƯỜNG_DẪN"},
        };
        for (const auto& [key, vi] : labels) f->label(key, vi);
    }
    root.formatter(f);
}

std::string describeParseError(const CLI::ParseError& e) {
    const std::string name = e.get_name();
    std::string what;
    if (name == "RequiredError") what = tr("thiếu tùy chọn, đối số hoặc lệnh bắt buộc", "a required option, argument or subcommand is missing");
    else if (name == "ExtrasError") what = tr("có đối số không dùng được (gõ sai hoặc thừa)", "unexpected arguments (mistyped or extra)");
    else if (name == "ValidationError") what = tr("giá trị không hợp lệ", "invalid value");
    else if (name == "ConversionError") what = tr("giá trị không đúng kiểu (ví dụ chữ thay cho số)", "value of the wrong kind (e.g. text for a number)");
    else if (name == "ArgumentMismatch") what = tr("số giá trị của tùy chọn không đúng", "wrong number of values for an option");
    else if (name == "RequiresError") what = tr("tùy chọn này cần thêm một tùy chọn khác", "this option needs another one");
    else if (name == "ExcludesError") what = tr("hai tùy chọn không dùng cùng nhau được", "two options that cannot be used together");
    else if (name == "OptionNotFound") what = tr("không có tùy chọn này", "no such option");
    else if (name == "InvalidError") what = tr("dòng lệnh không hợp lệ", "invalid command line");
    else what = tr("lỗi dòng lệnh", "command line error");
    return tr("lỗi dòng lệnh: ", "command line error: ") + what + tr(" (chi tiết: ", " (detail: ") + e.what() + ")";
}

int reportParseError(const CLI::App& root, const CLI::ParseError& e) {
    const std::string name = e.get_name();
    if (name == "CallForHelp" || name == "CallForAllHelp" || name == "CallForVersion") {
        root.exit(e); // help and version text on stdout, exit 0
        return kExitOk;
    }
    if (e.get_exit_code() == 0) return kExitOk;
    std::fprintf(stderr, "signage: %s\n%s\n", describeParseError(e).c_str(),
                 tr("Xem: signage --help (hoặc signage LỆNH --help)", "See: signage --help (or signage COMMAND --help)").c_str());
    return kExitUsage;
}

} // namespace signage::app
