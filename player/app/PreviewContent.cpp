// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/PreviewContent.h"

#include <toml++/toml.h>

#include "core/Duration.h"
#include "core/Lang.h"

namespace signage::app {
namespace {

std::optional<core::Millis> durationOf(const toml::node* n) {
    if (!n || !n->is_string()) return std::nullopt;
    return core::parseDuration(n->as_string()->get());
}

content::ItemType typeOf(const std::string& t) {
    if (t == "video") return content::ItemType::Video;
    if (t == "audio") return content::ItemType::Audio;
    if (t == "slide") return content::ItemType::Slide;
    if (t == "plugin") return content::ItemType::Plugin;
    return content::ItemType::Image;
}

} // namespace

content::Catalog loadPreviewCatalog(const std::filesystem::path& dir, core::Diagnostics& diags) {
    content::Catalog c;
    c.root = std::filesystem::absolute(dir);
    auto parse = [&](const std::filesystem::path& file) -> std::optional<toml::table> {
        try {
            return toml::parse_file(file.string());
        } catch (const toml::parse_error& e) {
            diags.error({file.string(), static_cast<int>(e.source().begin.line), static_cast<int>(e.source().begin.column)},
                        core::tomlSyntaxError(e.description()));
        }
        return std::nullopt;
    };
    if (auto m = std::filesystem::exists(dir / "manifest.toml") ? parse(dir / "manifest.toml") : std::nullopt) {
        c.manifest.id = (*m)["id"].value_or(std::string());
        c.manifest.name = (*m)["name"].value_or(std::string());
        c.manifest.defaultPlaylist = (*m)["default_playlist"].value_or(std::string());
    }
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir / "playlists", ec)) {
        if (entry.path().extension() != ".toml") continue;
        auto t = parse(entry.path());
        if (!t) continue;
        content::Playlist p;
        p.id = entry.path().stem().string();
        p.file = entry.path();
        p.name = (*t)["name"].value_or(std::string());
        auto defaultDuration = durationOf((*t)["defaults"]["duration"].node());
        if (auto items = (*t)["items"].as_array()) {
            for (auto&& node : *items) {
                auto it = node.as_table();
                if (!it) continue;
                content::Item item;
                item.id = (*it)["id"].value_or("item-" + std::to_string(p.items.size() + 1));
                item.type = typeOf((*it)["type"].value_or(std::string("image")));
                item.slide = (*it)["slide"].value_or(std::string());
                item.duration = durationOf(it->get("duration"));
                bool media = item.type == content::ItemType::Video || item.type == content::ItemType::Audio;
                if (!item.duration && !media) item.duration = defaultDuration;
                p.items.push_back(std::move(item));
            }
        }
        c.playlists[p.id] = std::move(p);
    }
    if (ec) diags.error({(dir / "playlists").string(), 0, 0}, ec.message());
    return c;
}

} // namespace signage::app
