#include "render/PngWriter.h"

#include <SDL_image.h>

#include <cstring>

#include "core/Lang.h"
#include "render/SdlOwners.h"

namespace signage::render {

bool writePng(const std::filesystem::path& file, const std::vector<std::uint8_t>& rgba, Size size, std::string* error) {
    auto fail = [&](const std::string& why) {
        if (error) *error = file.string() + ": " + core::tr("không ghi được PNG", "cannot write the PNG") + " (" + why + ")";
        return false;
    };
    if (size.w <= 0 || size.h <= 0 || rgba.size() < static_cast<size_t>(size.w) * size.h * 4)
        return fail(core::tr("không có điểm ảnh", "no pixels"));
    std::error_code ec;
    if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ec);
    // RGB24 keeps screenshots small and says "opaque" to every viewer.
    SurfacePtr s(SDL_CreateRGBSurfaceWithFormat(0, size.w, size.h, 24, SDL_PIXELFORMAT_RGB24));
    if (!s) return fail(SDL_GetError());
    for (int y = 0; y < size.h; ++y) {
        const std::uint8_t* src = rgba.data() + static_cast<size_t>(y) * size.w * 4;
        auto* dst = static_cast<std::uint8_t*>(s->pixels) + static_cast<size_t>(y) * s->pitch;
        for (int x = 0; x < size.w; ++x) std::memcpy(dst + x * 3, src + x * 4, 3);
    }
    if (IMG_SavePNG(s.get(), file.c_str()) != 0) return fail(SDL_GetError());
    return true;
}

bool readPng(const std::filesystem::path& file, std::vector<std::uint8_t>& rgba, Size& size, std::string* error) {
    SurfacePtr raw(IMG_Load(file.c_str()));
    SurfacePtr s(raw ? SDL_ConvertSurfaceFormat(raw.get(), SDL_PIXELFORMAT_RGBA32, 0) : nullptr);
    if (!s) {
        if (error) *error = file.string() + ": " + SDL_GetError();
        return false;
    }
    size = {s->w, s->h};
    rgba.resize(static_cast<size_t>(s->w) * s->h * 4);
    for (int y = 0; y < s->h; ++y)
        std::memcpy(rgba.data() + static_cast<size_t>(y) * s->w * 4,
                    static_cast<const std::uint8_t*>(s->pixels) + static_cast<size_t>(y) * s->pitch,
                    static_cast<size_t>(s->w) * 4);
    return true;
}

} // namespace signage::render
