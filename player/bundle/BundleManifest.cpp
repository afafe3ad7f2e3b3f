// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle/BundleManifest.h"

#include <set>
#include <sstream>
#include <toml++/toml.h>

#include "bundle/Refusal.h"
#include "bundle/SafePath.h"
#include "bundle/Version.h"
#include "core/Lang.h"

namespace signage::bundle {

using core::tr;

std::uint64_t BundleManifest::totalBytes() const {
    std::uint64_t total = 0;
    for (const auto& f : files) total += f.size;
    return total;
}

const FileEntry* BundleManifest::findFile(std::string_view path) const {
    for (const auto& f : files)
        if (f.path == path) return &f;
    return nullptr;
}

namespace {

class Checker {
public:
    explicit Checker(const std::string& source) : _source(source) {}

    [[noreturn]] void fail(const toml::source_region& where, const std::string& message) const {
        throw BundleError(Reason::BadManifest, _source + ":" + std::to_string(where.begin.line) + ":" +
                                                   std::to_string(where.begin.column) + ": " + message);
    }
    [[noreturn]] void fail(const std::string& message) const { throw BundleError(Reason::BadManifest, _source + ": " + message); }

    std::string string(const toml::table& t, std::string_view key, bool required) const {
        const toml::node* n = t.get(key);
        if (!n) {
            if (required) fail(t.source(), tr("thiếu khóa bắt buộc \"", "missing required key \"") + std::string(key) + "\"");
            return {};
        }
        if (!n->is_string()) fail(n->source(), "\"" + std::string(key) + "\"" + tr(" phải là chuỗi", " must be a string"));
        return std::string(n->as_string()->get());
    }

    std::vector<std::string> strings(const toml::table& t, std::string_view key) const {
        std::vector<std::string> out;
        const toml::node* n = t.get(key);
        if (!n) return out;
        const toml::array* a = n->as_array();
        if (!a) fail(n->source(), "\"" + std::string(key) + "\"" + tr(" phải là mảng chuỗi", " must be an array of strings"));
        for (const auto& v : *a) {
            if (!v.is_string()) fail(v.source(), "\"" + std::string(key) + "\"" + tr(" phải là mảng chuỗi", " must be an array of strings"));
            out.emplace_back(v.as_string()->get());
        }
        return out;
    }

private:
    const std::string& _source;
};

bool isId(std::string_view s) {
    if (s.empty() || s.size() > 64) return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) return false;
    return true;
}

bool isSha256Hex(std::string_view s) {
    if (s.size() != 64) return false;
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

void tomlEscape(std::string& out, std::string_view s) {
    out += '"';
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c < 0x20 || c == 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else {
            out += static_cast<char>(c);
        }
    }
    out += '"';
}

} // namespace

BundleManifest parseManifest(std::string_view text, const std::string& sourceName) {
    Checker check(sourceName);
    toml::table root;
    try {
        root = toml::parse(text, sourceName);
    } catch (const toml::parse_error& e) {
        check.fail(e.source(), core::tomlSyntaxError(e.description()));
    }
    BundleManifest m;
    m.id = check.string(root, "id", true);
    if (!isId(m.id)) check.fail(root.get("id")->source(), tr("id chỉ gồm a-z, 0-9, _ và -", "id must be [a-z0-9_-]+"));
    m.name = check.string(root, "name", true);
    m.version = check.string(root, "version", true);
    if (!Version::parse(m.version))
        check.fail(root.get("version")->source(), tr("version phải là các số cách nhau bởi dấu chấm (\"1.2.0\")", "version must be dotted numbers (\"1.2.0\")"));
    m.created = check.string(root, "created", false);
    m.signer = check.string(root, "signer", false);
    m.minPlayerVersion = check.string(root, "min_player_version", false);
    if (!m.minPlayerVersion.empty() && !Version::parse(m.minPlayerVersion))
        check.fail(root.get("min_player_version")->source(), tr("min_player_version phải là các số cách nhau bởi dấu chấm", "min_player_version must be dotted numbers"));
    if (const toml::node* k = root.get("kind")) {
        m.kind = check.string(root, "kind", false);
        if (m.kind != "content" && m.kind != "alert")
            check.fail(k->source(),
                       tr("kind phải là \"content\" hoặc \"alert\"", "kind must be \"content\" or \"alert\""));
    }
    if (const toml::node* t = root.get("target")) {
        const toml::table* target = t->as_table();
        if (!target) check.fail(t->source(), tr("[target] phải là bảng", "[target] must be a table"));
        m.targetSites = check.strings(*target, "sites");
        m.targetBoxes = check.strings(*target, "boxes");
    }
    if (const toml::node* f = root.get("files")) {
        const toml::array* files = f->as_array();
        if (!files) check.fail(f->source(), tr("files phải là [[files]]", "files must be [[files]] tables"));
        std::set<std::string> seen;
        for (const auto& node : *files) {
            const toml::table* t = node.as_table();
            if (!t) check.fail(node.source(), tr("files phải là [[files]]", "files must be [[files]] tables"));
            for (const auto& [key, value] : *t)
                if (key != "path" && key != "sha256" && key != "size")
                    check.fail(value.source(), tr("khóa không biết trong [[files]]: ", "unknown key in [[files]]: ") + std::string(key.str()));
            FileEntry e;
            std::string raw = check.string(*t, "path", true);
            try {
                e.path = checkEntryPath(raw);
            } catch (const BundleError& err) {
                const auto& at = t->get("path")->source().begin;
                throw BundleError(Reason::PathTraversal, sourceName + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ": " + err.detail());
            }
            if (e.path.empty() || e.path == "manifest.toml")
                check.fail(t->get("path")->source(), tr("đường dẫn không hợp lệ: ", "invalid path: ") + raw);
            if (!seen.insert(e.path).second) check.fail(t->get("path")->source(), tr("tệp bị liệt kê hai lần: ", "file listed twice: ") + e.path);
            e.sha256 = check.string(*t, "sha256", true);
            if (!isSha256Hex(e.sha256)) check.fail(t->get("sha256")->source(), tr("sha256 phải có 64 chữ số hex thường", "sha256 must be 64 lowercase hex digits"));
            const toml::node* size = t->get("size");
            if (!size) check.fail(t->source(), tr("thiếu khóa bắt buộc \"size\"", "missing required key \"size\""));
            if (!size->is_integer() || size->as_integer()->get() < 0)
                check.fail(size->source(), tr("size phải là số nguyên không âm", "size must be a non-negative integer"));
            e.size = static_cast<std::uint64_t>(size->as_integer()->get());
            m.files.push_back(std::move(e));
        }
    }
    return m;
}

std::string manifestWithFiles(std::string_view text, const std::vector<FileEntry>& files) {
    std::string out;
    toml::table root = toml::parse(text);
    if (root.contains("files")) {
        root.erase("files");
        std::ostringstream os;
        os << root;
        out = os.str();
    } else {
        out = std::string(text);
    }
    if (!out.empty() && out.back() != '\n') out += '\n';
    out += "\n# Written by `signage bundle create`: every file of the bundle, checked on import.\n";
    for (const auto& f : files) {
        out += "[[files]]\npath = ";
        tomlEscape(out, f.path);
        out += "\nsha256 = \"" + f.sha256 + "\"\nsize = " + std::to_string(f.size) + "\n";
    }
    return out;
}

} // namespace signage::bundle
