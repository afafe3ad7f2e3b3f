// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/PreviewContent.h"

#include "core/Duration.h"
#include "core/Lang.h"
#include "core/TomlTable.h"

namespace signage::app {
namespace {

content::ItemType typeOf(const std::string& t) {
    if (t == "video") return content::ItemType::Video;
    if (t == "audio") return content::ItemType::Audio;
    if (t == "slide") return content::ItemType::Slide;
    if (t == "plugin") return content::ItemType::Plugin;
    return content::ItemType::Image;
}

/// One file read through core::TomlTable, leniently: a syntax error is an error (nothing
/// of the file is read), a wrong type a warning at file:line:col (that value is left out).
/// Unknown keys are not checked: `signage validate` refuses them; the preview reads only
/// what it needs (docs/architecture.md, "TOML files").
struct LenientFile {
    core::TomlSource src;
    core::Diagnostics local;
    std::optional<toml::table> table;

    LenientFile(const std::filesystem::path& file, core::Diagnostics& diags) : src{file, file.string()} {
        table = core::parseTomlFile(src, diags);
    }
    core::TomlTable reader() { return core::TomlTable(*table, src, local, {}, core::TomlTable::UnknownKeys::Warning); }
    void report(core::Diagnostics& diags) {
        for (const auto& d : local.all()) diags.warning(d.pos, d.message);
    }
};

} // namespace

content::Catalog loadPreviewCatalog(const std::filesystem::path& dir, core::Diagnostics& diags) {
    content::Catalog c;
    c.root = std::filesystem::absolute(dir);
    if (std::filesystem::exists(dir / "manifest.toml")) {
        LenientFile f(dir / "manifest.toml", diags);
        if (f.table) {
            core::TomlTable m = f.reader();
            if (auto v = m.string("id")) c.manifest.id = *v;
            if (auto v = m.string("name")) c.manifest.name = *v;
            if (auto v = m.string("default_playlist")) c.manifest.defaultPlaylist = *v;
            f.report(diags);
        }
    }
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir / "playlists", ec)) {
        if (entry.path().extension() != ".toml") continue;
        LenientFile f(entry.path(), diags);
        if (!f.table) continue;
        core::TomlTable t = f.reader();
        content::Playlist p;
        p.id = entry.path().stem().string();
        p.file = entry.path();
        if (auto v = t.string("name")) p.name = *v;
        std::optional<core::Millis> defaultDuration;
        if (const toml::table* d = t.table("defaults")) defaultDuration = t.child(*d, "defaults").duration("duration");
        if (const toml::array* items = t.array("items")) {
            for (auto&& node : *items) {
                const toml::table* table = node.as_table();
                if (!table) continue;
                core::TomlTable it = t.child(*table, {});
                content::Item item;
                item.id = it.string("id").value_or("item-" + std::to_string(p.items.size() + 1));
                item.type = typeOf(it.string("type").value_or("image"));
                item.slide = it.string("slide").value_or(std::string());
                item.duration = it.duration("duration");
                bool media = item.type == content::ItemType::Video || item.type == content::ItemType::Audio;
                if (!item.duration && !media) item.duration = defaultDuration;
                p.items.push_back(std::move(item));
            }
        }
        f.report(diags);
        c.playlists[p.id] = std::move(p);
    }
    if (ec) diags.error({(dir / "playlists").string(), 0, 0}, ec.message());
    return c;
}

} // namespace signage::app
