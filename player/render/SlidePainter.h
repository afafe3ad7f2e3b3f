// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Paints a laid-out slide (SlideLayout): background, accent stripe and rule, bullet dots,
// text, the image fitted into its box, the footer band. Render thread only (uses the
// shared TextLayout).
//
// A slide on screen is kept as its background colour plus tiles: the rectangles where
// anything else is drawn, each painted on its own. A tile is exactly the crop of the whole
// painted slide (the same operations, clipped; see Raster.h), so the background plus the
// tiles, copied in any order, give the whole slide byte for byte, in a fraction of the
// memory of one full-screen picture (8 MB at 1080p).
#include <vector>

#include "content/Model.h"
#include "render/Raster.h"
#include "render/SdlOwners.h"
#include "render/SlideLayout.h"
#include "render/TextLayout.h"

namespace signage::render {

class SlidePainter {
public:
    /// Sets the text lines once (the slow part). `image` (null: none, or it failed to load)
    /// is drawn centred in layout.imageBox; size it with LoadedImage::sized(box, Contain, true).
    /// `layout`, `text` and `image` must outlive the painter.
    SlidePainter(const SlideLayout& layout, const content::Theme& theme, TextLayout& text, SDL_Surface* image);
    SlidePainter(const SlidePainter&) = delete;
    SlidePainter& operator=(const SlidePainter&) = delete;

    /// An opaque rectangle of one colour (accent stripe, rule, footer band).
    struct Solid {
        SDL_Rect rect{};
        Color color;
    };
    /// The opaque background colour.
    Color background() const { return _background; }
    /// Filled over the background in this order; they are not in regions() (a band of one
    /// colour needs no pixels kept), but the regions drawn over them include them.
    const std::vector<Solid>& solids() const { return _solids; }
    /// Where anything else is drawn (text, image, dots), inside the slide; they may
    /// overlap. A pixel outside every region has the colour of the last solid covering it,
    /// or the background.
    const std::vector<SDL_Rect>& regions() const { return _regions; }
    /// Paints `region` of the slide into `target` (RGBA32, region-sized): the same pixels as
    /// painting the whole slide and cropping.
    void paint(SDL_Surface* target, SDL_Rect region) const;
    /// A new opaque RGBA32 surface with `region` painted; nullptr when SDL cannot allocate.
    SurfacePtr paint(SDL_Rect region) const;

private:
    struct Op {
        enum class Kind { Fill, Circle, Blit } kind = Kind::Fill;
        RectF rect;                  // Fill, Circle
        Color color;                 // Fill, Circle
        SDL_Surface* surface = nullptr; // Blit: the image or a text line (owned by _lines)
        int x = 0, y = 0;            // Blit: top-left
        SDL_Rect bounds{};           // pixels it may change, clipped to the slide
    };
    void add(Op op);

    Size _size;
    Color _background;
    std::vector<SurfacePtr> _lines; // the set text lines, blitted by Blit ops
    std::vector<Op> _ops;           // in painting order, after the background
    std::vector<Solid> _solids;
    std::vector<SDL_Rect> _regions;
};

/// The whole slide at layout.size in one opaque RGBA32 surface (`signage render` reference,
/// tests). See SlidePainter.
SurfacePtr paintSlide(const SlideLayout& layout, const content::Theme& theme, TextLayout& text, SDL_Surface* image);

} // namespace signage::render
