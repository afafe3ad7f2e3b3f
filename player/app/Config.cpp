#include "app/Config.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <vector>
#include <fstream>
#include <sstream>
#include <toml++/toml.h>

#include "core/Lang.h"
#include "core/Log.h"

namespace signage::app {

namespace {

bool parseWindow(const std::string& text, int& from, int& to) {
    int h1, m1, h2, m2;
    if (std::sscanf(text.c_str(), "%d:%d-%d:%d", &h1, &m1, &h2, &m2) != 4) return false;
    if (h1 < 0 || h1 > 24 || h2 < 0 || h2 > 24 || m1 < 0 || m1 > 59 || m2 < 0 || m2 > 59) return false;
    from = h1 * 60 + m1;
    to = h2 * 60 + m2;
    return true;
}

void complain(const core::Logger& log, const std::string& file, const toml::source_region& where, const std::string& what) {
    log.warn(file + ":" + std::to_string(where.begin.line) + ":" + std::to_string(where.begin.column) + ": " + what);
}

} // namespace

bool BoxConfig::quietAt(int minute) const {
    if (quietFromMin < 0 || quietFromMin == quietToMin) return false;
    if (quietFromMin < quietToMin) return minute >= quietFromMin && minute < quietToMin;
    return minute >= quietFromMin || minute < quietToMin; // crosses midnight
}

BoxConfig parseBoxConfig(const std::string& text, const std::string& fileName) {
    core::Logger log("config");
    BoxConfig c;
    c.file = fileName;
    toml::table root;
    try {
        root = toml::parse(text, fileName);
    } catch (const toml::parse_error& e) {
        complain(log, fileName, e.source(), core::tomlSyntaxError(e.description()) + core::tr(" (dùng cấu hình mặc định)", " (using defaults)"));
        return c;
    }
    static const std::map<std::string, std::vector<std::string>> known = {
        {"box", {"id", "site", "lang"}}, {"audio", {"volume", "quiet_hours", "quiet_volume"}}, {"checker", {"police_name", "police_phone", "touch", "idle_seconds", "report_url", "report_label"}}};
    for (const auto& [section, node] : root) {
        auto it = known.find(std::string(section.str()));
        if (it == known.end() || !node.is_table()) {
            complain(log, fileName, node.source(), core::tr("mục không biết: ", "unknown section: ") + std::string(section.str()));
            continue;
        }
        for (const auto& [key, value] : *node.as_table())
            if (std::find(it->second.begin(), it->second.end(), std::string(key.str())) == it->second.end())
                complain(log, fileName, value.source(), core::tr("khoá không biết: ", "unknown key: ") + std::string(section.str()) + "." + std::string(key.str()));
    }
    c.boxId = root["box"]["id"].value_or(std::string());
    c.site = root["box"]["site"].value_or(std::string());
    c.lang = root["box"]["lang"].value_or(std::string());
    if (auto v = root["audio"]["volume"].value<double>()) {
        if (*v >= 0 && *v <= 1) c.volume = static_cast<float>(*v);
        else complain(log, fileName, root["audio"]["volume"].node()->source(), core::tr("volume phải từ 0 đến 1", "volume must be 0..1"));
    }
    if (auto q = root["audio"]["quiet_hours"].value<std::string>()) {
        if (!parseWindow(*q, c.quietFromMin, c.quietToMin)) {
            c.quietFromMin = c.quietToMin = -1;
            complain(log, fileName, root["audio"]["quiet_hours"].node()->source(),
                     core::tr("quiet_hours cần dạng \"21:30-06:00\"", "quiet_hours needs \"21:30-06:00\""));
        }
    }
    if (auto v = root["audio"]["quiet_volume"].value<double>(); v && *v >= 0 && *v <= 1) c.quietVolume = static_cast<float>(*v);
    c.policeName = root["checker"]["police_name"].value_or(std::string());
    c.policePhone = root["checker"]["police_phone"].value_or(std::string());
    if (const toml::node* n = root["checker"]["touch"].node()) {
        if (auto b = n->value<bool>()) c.touchChecker = *b ? BoxConfig::Touch::On : BoxConfig::Touch::Off;
        else if (n->value<std::string>() == std::optional<std::string>("auto")) c.touchChecker = BoxConfig::Touch::Auto;
        else complain(log, fileName, n->source(), core::tr("touch phải là true, false hoặc \"auto\"", "touch must be true, false or \"auto\""));
    }
    if (auto v = root["checker"]["idle_seconds"].value<std::int64_t>()) {
        if (*v >= 10 && *v <= 600) c.idleSeconds = static_cast<int>(*v);
        else complain(log, fileName, root["checker"]["idle_seconds"].node()->source(), core::tr("idle_seconds phải từ 10 đến 600", "idle_seconds must be 10..600"));
    }
    c.reportUrl = root["checker"]["report_url"].value_or(std::string());
    c.reportLabel = root["checker"]["report_label"].value_or(std::string());
    return c;
}

BoxConfig loadBoxConfig(const std::optional<std::filesystem::path>& explicitFile) {
    std::error_code ec;
    std::filesystem::path file;
    if (explicitFile) file = *explicitFile;
    else
        for (const char* candidate : {"/etc/signage/signage.toml", "signage.toml"})
            if (std::filesystem::exists(candidate, ec)) {
                file = candidate;
                break;
            }
    if (file.empty()) return {};
    std::ifstream in(file);
    if (!in) {
        core::Logger("config").warn(file.string() + ": " + core::tr("không đọc được (dùng mặc định)", "cannot read (using defaults)"));
        return {};
    }
    std::stringstream text;
    text << in.rdbuf();
    return parseBoxConfig(text.str(), file.string());
}

} // namespace signage::app
