// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What one shared library reports about itself at run time, for `signage selftest`.
// Each folder that owns a library answers for it (platform: SDL, render: SDL_ttf,
// SDL_image, fontconfig, db: SQLite), so app/ never includes a third-party header.
#include <string>
#include <vector>

namespace signage::core {

struct LibraryInfo {
    std::string name;     // "SDL2"
    std::string version;  // the version the loaded library reports, e.g. "2.26.5"
    bool ok = true;       // false when it loaded but cannot do its job (e.g. no PNG loader)
    std::string problem;  // why not, in the current message language
};

using LibraryInfos = std::vector<LibraryInfo>;

} // namespace signage::core
