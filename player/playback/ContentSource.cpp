// SPDX-License-Identifier: GPL-3.0-or-later
#include "playback/ContentSource.h"

#include <algorithm>
#include <cctype>

#include "content/CatalogLoader.h"
#include "content/SlideLoader.h"
#include "core/Lang.h"

namespace signage::playback {

namespace fs = std::filesystem;

content::ItemType itemTypeForFile(const fs::path& file) {
    std::string ext = file.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (ext == ".toml") return content::ItemType::Slide;
    for (const char* v : {".mp4", ".mkv", ".webm", ".mov", ".avi", ".m4v", ".ts", ".mpg", ".mpeg"})
        if (ext == v) return content::ItemType::Video;
    for (const char* a : {".mp3", ".aac", ".m4a", ".opus", ".ogg", ".wav", ".flac"})
        if (ext == a) return content::ItemType::Audio;
    return content::ItemType::Image;
}

LoadedContent loadContentFor(const fs::path& path) {
    LoadedContent out;
    std::error_code ec;
    fs::path abs = fs::absolute(path, ec);
    if (fs::is_directory(abs, ec)) {
        if (fs::exists(abs / "plugin.toml", ec)) {
            // A plugin folder alone (`signage play plugins/clock`): one plugin item, forever.
            content::Playlist p;
            p.id = "preview";
            content::Item item;
            item.id = abs.filename().string();
            item.type = content::ItemType::Plugin;
            item.plugin = abs.string();
            item.duration = core::Millis(24LL * 3600 * 1000);
            p.items.push_back(item);
            out.catalog.root = abs.parent_path();
            out.catalog.playlists[p.id] = std::move(p);
        } else {
            out.catalog = content::loadCatalog(abs, out.diagnostics);
        }
    } else if (fs::exists(abs, ec)) {
        content::Playlist p;
        p.id = "preview";
        content::Item item;
        item.id = abs.filename().string();
        item.type = itemTypeForFile(abs);
        item.pos.file = abs.string();
        if (item.type == content::ItemType::Slide) {
            if (auto slide = content::loadSlideFile(abs, out.diagnostics)) {
                item.slide = slide->id;
                out.catalog.slides[slide->id] = std::move(*slide);
            }
        } else {
            item.file = abs;
        }
        if (item.type == content::ItemType::Image || item.type == content::ItemType::Slide)
            item.duration = core::Millis(24LL * 3600 * 1000);
        else
            out.playOnce = true;
        p.items.push_back(item);
        out.catalog.root = abs.parent_path();
        out.catalog.playlists[p.id] = std::move(p);
    } else {
        out.diagnostics.error({abs.string(), 0, 0}, core::tr("không tìm thấy", "not found"));
    }
    out.source = std::make_unique<PlaylistCycle>(out.catalog.defaultPlaylist(), out.playOnce);
    return out;
}

} // namespace signage::playback
