// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/ContentLayout.h"

namespace signage::content {

namespace fs = std::filesystem;

namespace {
/// `typed` without its last `levels` components, spelled as typed; empty when the typed
/// path is too short (then the caller uses the absolute folder).
fs::path strip(const fs::path& typed, int levels) {
    fs::path p = typed.lexically_normal();
    for (int i = 0; i < levels; ++i) {
        if (p.empty() || p == "." || p.filename() == "..") return {};
        p = p.has_parent_path() ? p.parent_path() : fs::path(".");
    }
    return p;
}
} // namespace

ContentFile locateContentFile(const fs::path& file) {
    ContentFile out;
    std::error_code ec;
    fs::path abs = fs::absolute(file, ec);
    out.absolute = (ec ? file : abs).lexically_normal();
    const fs::path name = out.absolute.filename();
    const fs::path folder = out.absolute.parent_path().filename();
    int levels = 1;
    if (name == "manifest.toml") out.kind = FileKind::Manifest;
    else if (name == "schedule.toml") out.kind = FileKind::Schedule;
    else if (out.absolute.extension() == ".toml" && folder == "playlists") out.kind = FileKind::Playlist, levels = 2;
    else if (out.absolute.extension() == ".toml" && folder == "slides") out.kind = FileKind::Slide, levels = 2;

    fs::path dir = out.absolute;
    for (int i = 0; i < levels; ++i) dir = dir.parent_path();
    fs::path typed = strip(file, levels);
    // "x.toml" typed inside slides/: the folder above is not spelled; use the absolute one.
    out.contentDir = typed.empty() ? dir : typed;
    return out;
}

} // namespace signage::content
