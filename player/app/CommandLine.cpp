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

namespace {

// Columns a UTF-8 string takes (each code point one column: Vietnamese letters are
// precomposed, NFC). CLI11 pads by bytes, which misaligns "CHỮ" or "TÙY_CHỌN".
size_t columns(std::string_view s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

// CLI11's formatter with our words: labels through label(), and the type names that
// validators glue together ("TEXT:{vi,en}", "FLOAT:NONNEGATIVE") translated word by word.
class LocalisedFormatter : public CLI::Formatter {
public:
    std::string make_option(const CLI::Option* opt, bool isPositional) const override {
        std::string name = "  " + make_option_name(opt, isPositional) + make_option_opts(opt);
        const std::string desc = make_option_desc(opt);
        std::string out = name;
        const size_t width = get_column_width();
        if (!desc.empty()) {
            if (columns(name) >= width) out += "\n" + std::string(width, ' ');
            else out += std::string(width - columns(name), ' ');
            for (char c : desc) {
                out += c;
                if (c == '\n') out += std::string(width, ' ');
            }
        }
        return out + "\n";
    }
    std::string make_option_opts(const CLI::Option* opt) const override {
        std::string text = CLI::Formatter::make_option_opts(opt);
        if (core::lang() != core::Lang::Vi) return text;
        // Only whole placeholder words before ':' or '=' or a space ("TEXT:{...}", "INT=5").
        for (const auto& [en, vi] : kTypeWords) {
            const std::string from = std::string(" ") + en;
            for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + 1)) {
                const size_t end = at + from.size();
                if (end == text.size() || text[end] == ':' || text[end] == '=' || text[end] == ' ') {
                    text.replace(at + 1, std::string_view(en).size(), vi);
                }
            }
        }
        return text;
    }

private:
    static constexpr std::pair<const char*, const char*> kTypeWords[] = {
        {"TEXT", "CHỮ"}, {"INT", "SỐ"}, {"UINT", "SỐ"}, {"FLOAT", "SỐ"}, {"BOOLEAN", "CÓ/KHÔNG"},
        {"FILE", "TỆP"}, {"DIR", "THƯ_MỤC"}, {"PATH", "ĐƯỜNG_DẪN"},
    };
};

} // namespace

void localiseCommandLine(CLI::App& root) {
    // Group titles first: the flags below, and every subcommand added later, take them.
    root.option_defaults()->group(tr("Tùy chọn", "Options"));
    root.group(tr("Lệnh", "Subcommands"));
    root.set_help_flag("-h,--help", tr("In trợ giúp này rồi thoát", "Print this help message and exit"));
    root.set_help_all_flag("--help-all", tr("Trợ giúp cho mọi lệnh", "Help for every subcommand"));
    root.set_version_flag("--version", versionText(), tr("In phiên bản rồi thoát", "Print the version and exit"));

    auto f = std::make_shared<LocalisedFormatter>();
    if (core::lang() == core::Lang::Vi) {
        // The keys are CLI11's own English words.
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
        };
        for (const auto& [key, vi] : labels) f->label(key, vi);
    }
    root.formatter(f);
}

void localiseGroups(CLI::App& app) {
    const std::string title = tr("Tùy chọn", "Options");
    for (CLI::Option* opt : app.get_options([](const CLI::Option* o) { return o->get_group() == "Options"; })) opt->group(title);
    for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) localiseGroups(*sub);
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
