// SPDX-License-Identifier: GPL-3.0-or-later
#include "scripting/PluginManifest.h"

#include <algorithm>
#include <vector>

#include "core/Lang.h"
#include "core/Suggest.h"
#include "core/TomlTable.h"
#include "scripting/ColorText.h"

namespace signage::scripting {

namespace fs = std::filesystem;
using core::tr;

namespace {

const std::vector<std::string> kKeys = {"name",        "version",     "api_version", "description", "author",
                                        "permissions", "default_zone", "fps",         "background"};
const std::vector<std::string> kPermissionNames = {"touch", "kv", "playlog", "data", "checker"};

bool validName(const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
}

bool validVersion(const std::string& s) {
    if (s.empty() || s.front() == '.' || s.back() == '.') return false;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '.') {
            if (s[i + 1] == '.') return false;
        } else if (s[i] < '0' || s[i] > '9') {
            return false;
        }
    }
    return true;
}

} // namespace

bool loadPluginManifest(const fs::path& dir, PluginManifest& out, core::Diagnostics& diags) {
    out = PluginManifest{};
    std::error_code ec;
    out.dir = fs::absolute(dir, ec);
    out.file = out.dir / "plugin.toml";
    const std::string fileName = out.file.string();
    auto at = [&](const toml::node& n) {
        return core::SourcePos{fileName, static_cast<int>(n.source().begin.line), static_cast<int>(n.source().begin.column)};
    };
    const core::SourcePos whole{fileName, 0, 0};
    size_t errorsBefore = diags.errorCount();

    if (!fs::is_regular_file(out.file, ec)) {
        diags.error(whole, tr("không có plugin.toml trong thư mục plugin", "no plugin.toml in the plugin folder"));
        return false;
    }
    // The tree's TOML reader: syntax errors, wrong types and unknown keys at file:line:col.
    // plugin.toml is refused on an unknown key (a misspelt "permissions" would run the
    // plugin without what it needs, or a misspelt "fps" at a rate nobody chose).
    const core::TomlSource src{out.file, fileName};
    auto parsed = core::parseTomlFile(src, diags);
    if (!parsed) return false;
    const toml::table& table = *parsed;
    core::TomlTable reader(table, src, diags, {}, core::TomlTable::UnknownKeys::Error);
    reader.rejectUnknownKeys(kKeys);

    auto requireString = [&](const char* key, std::string& dst) {
        if (!reader.has(key)) {
            reader.missing(key);
            return false;
        }
        auto v = reader.string(key);
        if (!v) return false;
        dst = *v;
        return true;
    };

    if (requireString("name", out.name) && !validName(out.name)) {
        diags.error(at(*table.get("name")), tr("name chỉ gồm a-z, 0-9, _ và -", "name may only use a-z, 0-9, _ and -"));
    } else if (!out.name.empty() && out.name != out.dir.filename().string()) {
        diags.warning(at(*table.get("name")), tr("name khác tên thư mục \"", "name differs from the folder name \"") +
                                                  out.dir.filename().string() + "\"");
    }
    if (requireString("version", out.version) && !validVersion(out.version)) {
        diags.error(at(*table.get("version")), tr("version phải là các số cách nhau bởi dấu chấm (vd. \"1.0.0\")",
                                                  "version must be dotted numbers (e.g. \"1.0.0\")"));
    }

    if (const toml::node* n = table.get("api_version")) {
        if (!n->is_integer()) {
            diags.error(at(*n), tr("api_version phải là số nguyên (vd. api_version = 1)", "api_version must be an integer (e.g. api_version = 1)"));
        } else {
            out.apiVersion = static_cast<int>(n->as_integer()->get());
            if (out.apiVersion != kApiVersion) {
                diags.error(at(*n), tr("api_version = ", "api_version = ") + std::to_string(out.apiVersion) +
                                        tr(" không được hỗ trợ; trình phát này hỗ trợ api_version = ",
                                           " is not supported; this player supports api_version = ") +
                                        std::to_string(kApiVersion));
            }
        }
    } else {
        diags.error(whole, tr("thiếu khoá bắt buộc \"api_version\" (api_version = 1)", "missing required key \"api_version\" (api_version = 1)"));
    }

    if (auto v = reader.string("description")) out.description = *v;
    if (auto v = reader.string("author")) out.author = *v;

    if (const toml::node* n = table.get("permissions")) {
        if (!n->is_array()) {
            diags.error(at(*n), tr("permissions phải là mảng chuỗi, vd. [\"kv\", \"data\"]", "permissions must be an array of strings, e.g. [\"kv\", \"data\"]"));
        } else {
            for (const auto& el : *n->as_array()) {
                if (!el.is_string()) {
                    diags.error(at(el), tr("quyền phải là chuỗi", "a permission must be a string"));
                    continue;
                }
                std::string p = el.as_string()->get();
                if (p == "touch") out.permissions.touch = true;
                else if (p == "kv") out.permissions.kv = true;
                else if (p == "playlog") out.permissions.playlog = true;
                else if (p == "data") out.permissions.data = true;
                else if (p == "checker") out.permissions.checker = true;
                else {
                    diags.error(at(el), tr("quyền không biết \"", "unknown permission \"") + p + "\"" + core::didYouMean(p, kPermissionNames) +
                                            tr("; dùng touch, kv, playlog, data, checker", "; use touch, kv, playlog, data, checker"));
                }
            }
        }
    }

    if (const toml::node* n = table.get("default_zone")) {
        const toml::array* a = n->as_array();
        std::array<float, 4> r{};
        bool ok = a && a->size() == 4;
        for (size_t i = 0; ok && i < 4; ++i) {
            auto v = (*a)[i].value<double>();
            ok = v && *v >= 0 && *v <= 1;
            if (ok) r[i] = static_cast<float>(*v);
        }
        ok = ok && r[2] > 0 && r[3] > 0 && r[0] + r[2] <= 1.0001f && r[1] + r[3] <= 1.0001f;
        if (!ok) {
            diags.error(at(*n), tr("default_zone phải là [x, y, w, h], mỗi số trong 0..1, nằm trong màn hình",
                                   "default_zone must be [x, y, w, h] with numbers in 0..1, inside the screen"));
        } else {
            out.defaultZone = r;
        }
    }

    if (const toml::node* n = table.get("fps")) {
        if (!n->is_integer() || n->as_integer()->get() < 0 || n->as_integer()->get() > 60) {
            diags.error(at(*n), tr("fps phải là số nguyên 0..60", "fps must be an integer 0..60"));
        } else {
            out.fps = static_cast<int>(n->as_integer()->get());
        }
    }

    if (const toml::node* n = table.get("background")) {
        content::Color c;
        if (!n->is_string() || !parseColor(n->as_string()->get(), c)) {
            diags.error(at(*n), tr("background phải là \"#rrggbb\" hoặc \"#rrggbbaa\"", "background must be \"#rrggbb\" or \"#rrggbbaa\""));
        } else {
            out.background = c;
        }
    }

    if (!fs::is_regular_file(out.dir / "main.lua", ec)) {
        diags.error({(out.dir / "main.lua").string(), 0, 0}, tr("không có main.lua", "main.lua is missing"));
    }
    return diags.errorCount() == errorsBefore;
}

} // namespace signage::scripting
