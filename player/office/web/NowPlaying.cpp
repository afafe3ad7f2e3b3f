// SPDX-License-Identifier: GPL-3.0-or-later
#include "office/web/NowPlaying.h"

#include <fstream>

#include "bundle/BundleReader.h"
#include "bundle/Refusal.h"
#include "core/Log.h"
#include "core/Utf8.h"
#include "office/web/ConsoleImpl.h"

namespace signage::office::web {
namespace {

const core::Logger kLog("console");

// Keeps only what the titles are made of: playlists/*.toml and slides/*.toml, small.
class TomlSink : public bundle::EntrySink {
public:
    explicit TomlSink(std::filesystem::path root) : _root(std::move(root)) {}
    void beginFile(const std::string& path, std::uint64_t size) override {
        const bool wanted = (path.starts_with("playlists/") || path.starts_with("slides/")) &&
                            path.ends_with(".toml") && path.find('/', path.find('/') + 1) == std::string::npos &&
                            size <= kMaxBytes;
        _out.reset();
        if (!wanted) return; // the reader has already refused unsafe paths (SafePath)
        std::filesystem::create_directories((_root / path).parent_path());
        _out = std::make_unique<std::ofstream>(_root / path, std::ios::binary);
    }
    void fileData(const void* data, size_t size) override {
        if (_out) _out->write(static_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    void endFile() override { _out.reset(); }

private:
    static constexpr std::uint64_t kMaxBytes = 1u << 20;
    std::filesystem::path _root;
    std::unique_ptr<std::ofstream> _out;
};

// Removes a directory when it goes out of scope.
struct RemoveAll {
    std::filesystem::path path;
    ~RemoveAll() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
};

// The title of `id` in `map`, if it has a non-empty one.
const std::string* titleIn(const content::Titles* t, bool playlist, const std::string& id) {
    if (!t) return nullptr;
    const auto& map = playlist ? t->playlists : t->items;
    auto it = map.find(id);
    return it == map.end() || it->second.empty() ? nullptr : &it->second;
}

} // namespace

std::shared_ptr<const content::Titles> BundleTitles::of(const std::filesystem::path& file) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    const auto modified = std::filesystem::last_write_time(file, ec);
    if (ec) return nullptr;
    std::lock_guard lock(_mutex);
    if (auto it = _cache.find(file); it != _cache.end() && it->second.size == size && it->second.modified == modified)
        return it->second.titles;
    std::shared_ptr<const content::Titles> titles;
    const RemoveAll dir{_scratch / ("titles-" + randomToken().substr(0, 16))};
    try {
        std::filesystem::create_directories(dir.path);
        TomlSink sink(dir.path);
        auto source = bundle::openFileSource(file);
        bundle::scanBundle(*source, bundle::ReadLimits{}, &sink);
        titles = std::make_shared<const content::Titles>(content::loadTitles(dir.path));
    } catch (const std::exception& e) {
        kLog.warn(file.filename().string() + ": no titles for the Boxes page: " + e.what());
    }
    _cache[file] = {size, modified, titles};
    return titles;
}

std::string nowPlayingCell(const std::string& nowPlaying, const content::Titles* bundle,
                           const content::Titles* campaign) {
    if (nowPlaying.empty()) return "—";
    const auto slash = nowPlaying.find('/');
    const std::string playlist = slash == std::string::npos ? std::string() : nowPlaying.substr(0, slash);
    const std::string item = slash == std::string::npos ? nowPlaying : nowPlaying.substr(slash + 1);
    const std::string* title = nullptr;
    for (const auto* t : {bundle, campaign})
        if (!title) title = titleIn(t, false, item);
    for (const auto* t : {bundle, campaign})
        if (!title && !playlist.empty()) title = titleIn(t, true, playlist);
    const std::string ids = "<span class=\"small ids\">" + esc(core::toNfc(nowPlaying)) + "</span>";
    if (!title) return ids;
    return "<span class=\"title\">" + esc(core::toNfc(*title)) + "</span><br>" + ids;
}

} // namespace signage::office::web
