// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle/BundleManifest.h"

#include <limits>
#include <set>
#include <sstream>
#include <toml++/toml.h>

#include "bundle/Refusal.h"
#include "bundle/SafePath.h"
#include "bundle/Version.h"
#include "core/Lang.h"
#include "core/TomlMessages.h"
#include "core/TomlTable.h"

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
    // core::TomlTable, so a manifest speaks like `validate` does. Policy (docs/architecture.md,
    // "TOML files"): an unknown key in [target] or [[files]] (this reader's tables) is an
    // error with "did you mean"; keys of the top level belong to the content loader, which
    // refuses unknown ones itself. The first problem, by line, refuses the bundle.
    const core::TomlSource src{sourceName, sourceName};
    core::Diagnostics diags;
    BundleManifest m;
    auto refuse = [&](Reason reason) {
        if (auto first = core::firstSortedError(diags)) throw BundleError(reason, *first);
    };
    auto root = core::parseToml(text, src, diags);
    if (!root) refuse(Reason::BadManifest);
    core::TomlTable r(*root, src, diags, {}, core::TomlTable::UnknownKeys::Error);
    if (auto v = r.requiredString("id"); v && !isId(*v))
        r.error(r.valuePos("id"), tr("id chỉ gồm a-z, 0-9, _ và -", "id must be [a-z0-9_-]+"));
    else if (v) m.id = *v;
    if (auto v = r.requiredString("name")) m.name = *v;
    if (auto v = r.requiredString("version"); v && !Version::parse(*v))
        r.error(r.valuePos("version"), tr("version phải là các số cách nhau bởi dấu chấm (\"1.2.0\")",
                                          "version must be dotted numbers (\"1.2.0\")"));
    else if (v) m.version = *v;
    if (auto v = r.string("created")) m.created = *v;
    if (auto v = r.string("signer")) m.signer = *v;
    if (auto v = r.string("min_player_version"); v && !v->empty() && !Version::parse(*v))
        r.error(r.valuePos("min_player_version"), tr("min_player_version phải là các số cách nhau bởi dấu chấm",
                                                     "min_player_version must be dotted numbers"));
    else if (v) m.minPlayerVersion = *v;
    if (auto v = r.oneOf("kind", {"content", "alert"})) m.kind = *v;
    if (const toml::table* t = r.table("target")) {
        core::TomlTable target = r.child(*t, "target");
        if (auto v = target.stringArray("sites")) m.targetSites = *v;
        if (auto v = target.stringArray("boxes")) m.targetBoxes = *v;
        target.rejectUnknownKeys({"sites", "boxes"});
    }
    if (const toml::array* files = r.array("files")) {
        std::set<std::string> seen;
        for (const auto& node : *files) {
            const toml::table* t = node.as_table();
            if (!t) {
                r.wrongType(node, "files", core::tomlmsg::aTable());
                continue;
            }
            core::TomlTable f = r.child(*t, "files");
            f.rejectUnknownKeys({"path", "sha256", "size"});
            FileEntry e;
            // The path as written (not NFC): it is compared with the archive's entry names.
            std::optional<std::string> raw;
            if (!f.has("path")) f.missing("path");
            else if (const auto* p = f.node("path")->as_string()) raw = p->get();
            else f.wrongType(*f.node("path"), f.name("path"), core::tomlmsg::aString());
            auto sha = f.requiredString("sha256");
            std::optional<std::int64_t> size;
            if (!f.has("size")) f.missing("size");
            else size = f.integer("size", 0, std::numeric_limits<std::int64_t>::max());
            if (sha && !isSha256Hex(*sha))
                f.error(f.valuePos("sha256"),
                        tr("sha256 phải có 64 chữ số hex thường", "sha256 must be 64 lowercase hex digits"));
            if (raw) {
                try {
                    e.path = checkEntryPath(*raw);
                } catch (const BundleError& err) {
                    // A path outside the bundle is its own refusal (PathTraversal), not a typo.
                    throw BundleError(Reason::PathTraversal,
                                      core::Diagnostic{f.valuePos("path"), err.detail()}.format());
                }
                if (e.path.empty() || e.path == "manifest.toml")
                    f.error(f.valuePos("path"), tr("đường dẫn không hợp lệ: ", "invalid path: ") + *raw);
                else if (!seen.insert(e.path).second)
                    f.error(f.valuePos("path"), tr("tệp bị liệt kê hai lần: ", "file listed twice: ") + e.path);
            }
            if (sha) e.sha256 = *sha;
            if (size) e.size = static_cast<std::uint64_t>(*size);
            m.files.push_back(std::move(e));
        }
    }
    refuse(Reason::BadManifest);
    return m;
}

std::string manifestWithFiles(std::string_view text, const std::vector<FileEntry>& files,
                              const std::string& sourceName) {
    // core's parser: a broken manifest is a refusal at file:line:col, not a toml::parse_error
    // escaping `bundle create` (callers catch BundleError).
    const core::TomlSource src{sourceName, sourceName};
    core::Diagnostics diags;
    std::optional<toml::table> root = core::parseToml(text, src, diags);
    if (!root) throw BundleError(Reason::BadManifest, *core::firstSortedError(diags));
    std::string out;
    if (root->contains("files")) {
        root->erase("files");
        std::ostringstream os;
        os << *root;
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
