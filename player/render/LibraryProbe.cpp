// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/LibraryProbe.h"

#include <SDL.h>
#include <SDL_image.h>
#include <SDL_ttf.h>
#include <fontconfig/fontconfig.h>

#include "core/Lang.h"

namespace signage::render {

namespace {

std::string versionText(const SDL_version* v) {
    return v ? std::to_string(v->major) + "." + std::to_string(v->minor) + "." + std::to_string(v->patch) : "?";
}

core::LibraryInfo ttfInfo() {
    core::LibraryInfo info{"SDL2_ttf", versionText(TTF_Linked_Version())};
    if (TTF_Init() != 0) {
        info.ok = false;
        info.problem = std::string("TTF_Init: ") + SDL_GetError();
        return info;
    }
    TTF_Quit(); // TTF_Init counts its callers: this undoes only our own start
    return info;
}

core::LibraryInfo imageInfo() {
    core::LibraryInfo info{"SDL2_image", versionText(IMG_Linked_Version())};
    // PNG and JPEG come from loader libraries that can be missing on a stripped box;
    // IMG_Init says which of the asked-for loaders really started.
    const int wanted = IMG_INIT_PNG | IMG_INIT_JPG;
    int got = IMG_Init(wanted);
    if ((got & wanted) != wanted) {
        info.ok = false;
        std::string missing;
        if (!(got & IMG_INIT_PNG)) missing += " PNG";
        if (!(got & IMG_INIT_JPG)) missing += " JPEG";
        info.problem = core::tr("thiếu bộ đọc ảnh:", "image loaders missing:") + missing;
    }
    return info;
}

core::LibraryInfo fontconfigInfo() {
    int v = FcGetVersion();
    core::LibraryInfo info{"fontconfig", std::to_string(v / 10000) + "." + std::to_string(v / 100 % 100) + "." +
                                             std::to_string(v % 100)};
    if (!FcInit()) {
        info.ok = false;
        info.problem = core::tr("không khởi động được (thiếu /etc/fonts/fonts.conf?)",
                                "failed to start (is /etc/fonts/fonts.conf missing?)");
    }
    return info;
}

} // namespace

core::LibraryInfos libraryInfo() { return {ttfInfo(), imageInfo(), fontconfigInfo()}; }

} // namespace signage::render
