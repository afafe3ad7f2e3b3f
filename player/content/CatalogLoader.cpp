// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/CatalogLoader.h"

#include "content/ContentDir.h"
#include "content/ManifestLoader.h"
#include "content/Messages.h"
#include "content/PlaylistLoader.h"
#include "content/SlideLoader.h"

namespace signage::content {

namespace fs = std::filesystem;

namespace {
/// Items whose slide did not load cannot be shown: leave them out (the slide's own
/// errors were reported; one message per problem).
void dropItemsWithBrokenSlides(Catalog& c) {
    for (auto& [id, playlist] : c.playlists) {
        // An init-capture: clang 14 cannot capture a structured binding itself.
        std::erase_if(playlist.items, [&c, &owner = playlist](const Item& item) {
            if (item.type != ItemType::Slide || c.findSlide(item.slide)) return false;
            owner.skipped.push_back(
                {item.id, item.pos.file + ":" + std::to_string(item.pos.line) + ": slide \"" + item.slide + "\""});
            return true;
        });
        for (auto& item : playlist.items)
            if (item.type == ItemType::Audio && !item.slide.empty() && !c.findSlide(item.slide)) item.slide.clear();
    }
}
} // namespace

Catalog loadCatalog(const fs::path& contentDir, core::Diagnostics& diags) {
    ContentDir dir(contentDir);
    Catalog c;
    c.root = dir.root();
    c.displayRoot = dir.displayRoot();
    std::error_code ec;
    if (!fs::is_directory(dir.root(), ec)) {
        diags.error({contentDir.string(), 0, 0}, msg::notContentDir());
        return c;
    }

    fs::path manifestFile = dir.root() / "manifest.toml";
    if (fs::exists(manifestFile, ec)) {
        if (auto m = loadManifest(dir, manifestFile, diags)) c.manifest = std::move(*m);
    } else {
        diags.error({dir.display(manifestFile), 0, 0}, msg::missingManifest());
    }

    auto playlistIds = dir.ids("playlists");
    if (playlistIds.empty()) diags.error({dir.display(dir.root() / "playlists"), 0, 0}, msg::noPlaylists());
    for (const auto& id : playlistIds)
        if (auto p = loadPlaylist(dir, dir.root() / "playlists" / (id + ".toml"), diags)) c.playlists.emplace(id, std::move(*p));

    for (const auto& id : dir.ids("slides"))
        if (auto s = loadSlide(dir, dir.root() / "slides" / (id + ".toml"), diags)) c.slides.emplace(id, std::move(*s));

    dropItemsWithBrokenSlides(c);
    return c;
}

} // namespace signage::content

namespace signage::content {

Titles loadTitles(const fs::path& contentDir) {
    Titles t;
    std::error_code ec;
    if (contentDir.empty() || !fs::is_directory(contentDir / "playlists", ec)) return t;
    core::Diagnostics ignored; // `signage validate` reports content problems, not reports
    auto catalog = loadCatalog(contentDir, ignored);
    for (const auto& [id, p] : catalog.playlists) {
        t.playlists[id] = p.name;
        for (const auto& item : p.items) {
            std::string title;
            if (!item.slide.empty())
                if (const auto* slide = catalog.findSlide(item.slide)) title = slide->title;
            if (!title.empty()) t.items.emplace(item.id, title);
        }
    }
    return t;
}

fs::path contentDirOf(const fs::path& scheduleOrDir) {
    std::error_code ec;
    if (scheduleOrDir.empty()) return {};
    return fs::is_directory(scheduleOrDir, ec) ? scheduleOrDir : scheduleOrDir.parent_path();
}

} // namespace signage::content
