// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the content TOML loaders (slide, playlist, manifest) on arbitrary
// bytes. They must report problems as diagnostics, never crash, hang or throw. The first
// byte picks the loader; the rest is the file, written into a scratch content dir
// because the loaders read files (they resolve media paths against the directory).
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "content/ContentDir.h"
#include "content/ManifestLoader.h"
#include "content/PlaylistLoader.h"
#include "content/SlideLoader.h"
#include "core/Diagnostic.h"

namespace fs = std::filesystem;
using namespace signage;

namespace {
const fs::path& scratchDir() {
    static const fs::path dir = [] {
        char pattern[] = "/tmp/signage-fuzz-XXXXXX";
        fs::path d = ::mkdtemp(pattern);
        fs::create_directories(d / "slides");
        fs::create_directories(d / "playlists");
        fs::create_directories(d / "media");
        std::ofstream(d / "media" / "a.png") << "not a png";
        return d;
    }();
    return dir;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1) return 0;
    const fs::path& root = scratchDir();
    content::ContentDir dir(root);
    fs::path file;
    switch (data[0] % 3) {
    case 0: file = root / "slides" / "s.toml"; break;
    case 1: file = root / "playlists" / "p.toml"; break;
    default: file = root / "manifest.toml"; break;
    }
    {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data + 1), static_cast<std::streamsize>(size - 1));
    }
    core::Diagnostics diags;
    switch (data[0] % 3) {
    case 0: (void)content::loadSlide(dir, file, diags); break;
    case 1: (void)content::loadPlaylist(dir, file, diags); break;
    default: (void)content::loadManifest(dir, file, diags); break;
    }
    return 0;
}
