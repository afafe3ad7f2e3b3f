// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Canvas on an SDL_Renderer (GPU, the software renderer of a window, or a software
// renderer on a plain SDL_Surface for `signage render`). The renderer belongs to the
// caller (platform::Display or RenderCommand) and must outlive this canvas.
// Render thread only.
#include <memory>

#include "render/Canvas.h"
#include "render/SdlOwners.h"

namespace signage::render {

class SdlCanvas : public Canvas {
public:
    explicit SdlCanvas(SDL_Renderer* renderer);
    /// Frees nothing of the renderer; marks every Picture made here as orphaned, because
    /// SDL frees a renderer's textures with it (a Picture outliving us must not free again).
    ~SdlCanvas() override;
    SdlCanvas(const SdlCanvas&) = delete;
    SdlCanvas& operator=(const SdlCanvas&) = delete;

    Size size() const override;
    void clear(Color c) override;
    void fillRect(const RectF& r, Color c) override;
    void drawPicture(const Picture& pic, const RectF& dst, float opacity = 1.0f,
                     std::optional<RectF> src = std::nullopt) override;
    void setClip(std::optional<RectF> r) override;

    std::shared_ptr<Picture> loadPicture(const std::filesystem::path& file, std::string* error,
                                         Size maxSize = {}) override;
    std::shared_ptr<Picture> makePicture(const std::uint8_t* rgba, int w, int h, int pitch) override;
    std::shared_ptr<FramePicture> makeFramePicture(int w, int h, FrameFormat format) override;
    FrameFormat videoFormatFor(FrameFormat decoded) const override;

    void present() override;
    /// Reads what was drawn since the last present(); call it before present() (after a
    /// present the back buffer of a GPU renderer is undefined).
    bool readPixels(std::vector<std::uint8_t>& rgba, Size& size) override;

    /// Makes a texture picture from a surface (what the slide painter produces). `opaque`:
    /// the surface has no transparent pixels, so it is copied without blending.
    std::shared_ptr<Picture> pictureFromSurface(SDL_Surface* surface, bool opaque = false);
    SDL_Renderer* renderer() const { return _renderer; }

private:
    SDL_Renderer* _renderer; // not owned
    bool _software = false;  // SDL_RENDERER_SOFTWARE: video goes up as XRGB32 (videoFormatFor)
    // Shared with every picture made here; reset in the destructor (see above).
    std::shared_ptr<bool> _alive;
};

/// Uploads an RGBA32 surface to any canvas: a texture on an SdlCanvas, a size-only picture
/// on a NullCanvas. nullptr on failure (logged).
std::shared_ptr<Picture> uploadSurface(Canvas& canvas, SDL_Surface* surface, bool opaque = false);

} // namespace signage::render
