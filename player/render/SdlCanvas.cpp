// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/SdlCanvas.h"

#include <algorithm>
#include <cmath>

#include "core/Log.h"
#include "render/ImageDecoder.h"

namespace signage::render {

namespace {

const core::Logger kLog("render");

/// A texture plus a token saying whether its renderer still exists.
class TexturePicture : public FramePicture {
public:
    TexturePicture(SDL_Texture* t, Size s, FrameFormat f, bool opaque, std::weak_ptr<bool> alive)
        : _texture(t), _size(s), _format(f), _opaque(opaque), _alive(std::move(alive)) {}
    ~TexturePicture() override {
        // The renderer already freed the texture when the canvas is gone.
        if (_alive.expired()) (void)_texture.release();
    }
    Size size() const override { return _size; }
    SDL_Texture* texture() const { return _texture.get(); }
    /// No transparent pixels: drawn without blending when fully visible (cheaper in software).
    bool opaque() const { return _opaque; }

    bool update(const std::uint8_t* const planes[3], const int pitches[3]) override {
        if (_alive.expired() || !planes[0]) return false;
        switch (_format) {
        case FrameFormat::YUV420P:
            return SDL_UpdateYUVTexture(_texture.get(), nullptr, planes[0], pitches[0], planes[1], pitches[1],
                                        planes[2], pitches[2]) == 0;
        case FrameFormat::NV12:
            return SDL_UpdateNVTexture(_texture.get(), nullptr, planes[0], pitches[0], planes[1], pitches[1]) == 0;
        case FrameFormat::RGBA32:
        case FrameFormat::XRGB32: return SDL_UpdateTexture(_texture.get(), nullptr, planes[0], pitches[0]) == 0;
        }
        return false;
    }

    bool lock(std::uint8_t*& pixels, int& pitch) override {
        if (_alive.expired() || _format != FrameFormat::XRGB32) return false;
        void* p = nullptr;
        if (SDL_LockTexture(_texture.get(), nullptr, &p, &pitch) != 0) return false;
        pixels = static_cast<std::uint8_t*>(p);
        _locked = true;
        return true;
    }
    void unlock() override {
        if (_locked && !_alive.expired()) SDL_UnlockTexture(_texture.get());
        _locked = false;
    }

private:
    TexturePtr _texture;
    Size _size;
    FrameFormat _format;
    bool _opaque;
    bool _locked = false;
    std::weak_ptr<bool> _alive;
};

SDL_Rect toRect(const RectF& r) {
    int x0 = static_cast<int>(std::floor(r.x)), y0 = static_cast<int>(std::floor(r.y));
    int x1 = static_cast<int>(std::ceil(r.x + r.w)), y1 = static_cast<int>(std::ceil(r.y + r.h));
    return {x0, y0, std::max(0, x1 - x0), std::max(0, y1 - y0)};
}

} // namespace

SdlCanvas::SdlCanvas(SDL_Renderer* renderer) : _renderer(renderer), _alive(std::make_shared<bool>(true)) {
    SDL_RendererInfo info{};
    _software = renderer && SDL_GetRendererInfo(renderer, &info) == 0 && (info.flags & SDL_RENDERER_SOFTWARE) != 0;
}

SdlCanvas::~SdlCanvas() { _alive.reset(); }

Size SdlCanvas::size() const {
    Size s;
    SDL_GetRendererOutputSize(_renderer, &s.w, &s.h);
    return s;
}

void SdlCanvas::clear(Color c) {
    SDL_SetRenderDrawColor(_renderer, c.r, c.g, c.b, c.a);
    SDL_RenderClear(_renderer);
}

void SdlCanvas::fillRect(const RectF& r, Color c) {
    SDL_SetRenderDrawBlendMode(_renderer, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(_renderer, c.r, c.g, c.b, c.a);
    SDL_FRect fr{r.x, r.y, r.w, r.h};
    SDL_RenderFillRectF(_renderer, &fr);
}

void SdlCanvas::drawPicture(const Picture& pic, const RectF& dst, float opacity, std::optional<RectF> src) {
    auto* tp = dynamic_cast<const TexturePicture*>(&pic);
    if (!tp || opacity <= 0.0f) return;
    SDL_Texture* t = tp->texture();
    bool full = opacity >= 1.0f;
    SDL_SetTextureBlendMode(t, tp->opaque() && full ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_SetTextureAlphaMod(t, full ? 255 : static_cast<Uint8>(std::lround(std::max(opacity, 0.0f) * 255.0f)));
    SDL_FRect d{dst.x, dst.y, dst.w, dst.h};
    // Pixel-exact copies (slides are laid out at output size) stay sharp with nearest;
    // anything scaled (photos, video) is filtered.
    Size ps = pic.size();
    bool scaled = src ? (std::fabs(src->w - dst.w) > 0.5f || std::fabs(src->h - dst.h) > 0.5f)
                      : (std::fabs(ps.w - dst.w) > 0.5f || std::fabs(ps.h - dst.h) > 0.5f);
    SDL_SetTextureScaleMode(t, scaled ? SDL_ScaleModeLinear : SDL_ScaleModeNearest);
    if (src) {
        SDL_Rect s = toRect(*src);
        SDL_RenderCopyF(_renderer, t, &s, &d);
    } else {
        SDL_RenderCopyF(_renderer, t, nullptr, &d);
    }
}

void SdlCanvas::setClip(std::optional<RectF> r) {
    if (!r) {
        SDL_RenderSetClipRect(_renderer, nullptr);
        return;
    }
    SDL_Rect c = toRect(*r);
    SDL_RenderSetClipRect(_renderer, &c);
}

std::shared_ptr<Picture> SdlCanvas::pictureFromSurface(SDL_Surface* surface, bool opaque) {
    if (!surface) return nullptr;
    SurfacePtr reduced;
    // A GPU may cap texture sizes below 8K (4096 on some Raspberry Pi drivers).
    SDL_RendererInfo info{};
    if (SDL_GetRendererInfo(_renderer, &info) == 0 && info.max_texture_width > 0 && info.max_texture_height > 0 &&
        (surface->w > info.max_texture_width || surface->h > info.max_texture_height)) {
        double k = std::min(static_cast<double>(info.max_texture_width) / surface->w,
                            static_cast<double>(info.max_texture_height) / surface->h);
        reduced = scaleSurface(surface, std::max(1, static_cast<int>(surface->w * k)),
                               std::max(1, static_cast<int>(surface->h * k)));
        if (!reduced) return nullptr;
        surface = reduced.get();
    }
    TexturePtr t(SDL_CreateTextureFromSurface(_renderer, surface));
    if (!t) {
        kLog.error(std::string("SDL_CreateTextureFromSurface: ") + SDL_GetError());
        return nullptr;
    }
    return std::make_shared<TexturePicture>(t.release(), Size{surface->w, surface->h}, FrameFormat::RGBA32, opaque,
                                            _alive);
}

std::shared_ptr<Picture> SdlCanvas::loadPicture(const std::filesystem::path& file, std::string* error, Size maxSize) {
    SurfacePtr s = decodeImage(file, error, maxSize);
    if (!s) return nullptr;
    auto pic = pictureFromSurface(s.get(), surfaceIsOpaque(s.get()));
    if (!pic && error) *error = file.string() + ": " + SDL_GetError();
    return pic;
}

std::shared_ptr<Picture> SdlCanvas::makePicture(const std::uint8_t* rgba, int w, int h, int pitch) {
    if (!rgba || w <= 0 || h <= 0) return nullptr;
    TexturePtr t(SDL_CreateTexture(_renderer, SDL_PIXELFORMAT_RGBA32, SDL_TEXTUREACCESS_STATIC, w, h));
    if (!t || SDL_UpdateTexture(t.get(), nullptr, rgba, pitch) != 0) {
        kLog.error(std::string("SDL texture: ") + SDL_GetError());
        return nullptr;
    }
    return std::make_shared<TexturePicture>(t.release(), Size{w, h}, FrameFormat::RGBA32, false, _alive);
}

std::shared_ptr<FramePicture> SdlCanvas::makeFramePicture(int w, int h, FrameFormat format) {
    if (w <= 0 || h <= 0) return nullptr;
    Uint32 sdlFormat = format == FrameFormat::YUV420P  ? SDL_PIXELFORMAT_IYUV
                       : format == FrameFormat::NV12   ? SDL_PIXELFORMAT_NV12
                       : format == FrameFormat::XRGB32 ? SDL_PIXELFORMAT_RGB888
                                                       : SDL_PIXELFORMAT_RGBA32;
    TexturePtr t(SDL_CreateTexture(_renderer, sdlFormat, SDL_TEXTUREACCESS_STREAMING, w, h));
    if (!t) {
        kLog.error(std::string("SDL streaming texture: ") + SDL_GetError());
        return nullptr;
    }
    // YUV video frames are opaque; RGBA frames may carry alpha (plugin overlays).
    return std::make_shared<TexturePicture>(t.release(), Size{w, h}, format, format != FrameFormat::RGBA32, _alive);
}

FrameFormat SdlCanvas::videoFormatFor(FrameFormat decoded) const {
    // SDL's software renderer has no YUV textures: it keeps the planes, converts them into
    // a hidden ARGB texture on every update and blits that with a per-pixel conversion
    // into the window's XRGB surface. One conversion into an XRGB texture replaces all three.
    if (_software && (decoded == FrameFormat::YUV420P || decoded == FrameFormat::NV12)) return FrameFormat::XRGB32;
    return decoded;
}

void SdlCanvas::present() { SDL_RenderPresent(_renderer); }

bool SdlCanvas::readPixels(std::vector<std::uint8_t>& rgba, Size& size) {
    size = this->size();
    if (size.w <= 0 || size.h <= 0) return false;
    rgba.assign(static_cast<size_t>(size.w) * size.h * 4, 0);
    return SDL_RenderReadPixels(_renderer, nullptr, SDL_PIXELFORMAT_RGBA32, rgba.data(), size.w * 4) == 0;
}

std::shared_ptr<Picture> uploadSurface(Canvas& canvas, SDL_Surface* surface, bool opaque) {
    if (!surface) return nullptr;
    if (auto* sdl = dynamic_cast<SdlCanvas*>(&canvas)) return sdl->pictureFromSurface(surface, opaque);
    SurfacePtr rgba;
    if (surface->format->format != SDL_PIXELFORMAT_RGBA32) {
        rgba.reset(SDL_ConvertSurfaceFormat(surface, SDL_PIXELFORMAT_RGBA32, 0));
        if (!rgba) return nullptr;
        surface = rgba.get();
    }
    return canvas.makePicture(static_cast<const std::uint8_t*>(surface->pixels), surface->w, surface->h, surface->pitch);
}

} // namespace signage::render
