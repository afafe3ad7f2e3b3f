// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shows a text slide. prepare() (worker thread) reads and decodes its image; open()
// (render thread) lays the slide out for the canvas size and paints it once, as its
// background colour plus tiles where anything else is (SlidePainter: the same pixels as one
// full-screen picture, in a fraction of the memory); draw() only fills and copies those
// (again laid out once if the area's size changes), so a static slide costs a few copies
// per redraw and nothing in between (nextChange() is nullopt). A slide fading in is drawn
// as pieces that do not overlap (TilePartition), so every pixel blends exactly once, as
// the whole picture would. Text needs SDL_ttf, which is render-thread only.
#include <SDL_rect.h>

#include <memory>
#include <vector>

#include "content/Model.h"
#include "render/ImageDecoder.h"
#include "render/Presenter.h"
#include "render/SlideLayout.h"
#include "render/SlidePainter.h"
#include "render/TextLayout.h"
#include "render/TilePartition.h"

namespace signage::render {

class SlidePresenter : public Presenter {
public:
    /// `text` is shared by every presenter (fonts are opened once); must not be null.
    SlidePresenter(content::Slide slide, std::shared_ptr<TextLayout> text);

    /// Reads and decodes the slide's image, if any (worker thread). Never fails: a broken
    /// image is left out of the slide (imageError() says why).
    bool prepare(std::string& error) override;
    /// Lays the slide out for canvas.size() and paints it. A slide whose text does not fit
    /// still opens (shown at the smallest readable size, whole lines left out, logged);
    /// a broken image is left out (logged). False only when nothing can be drawn.
    bool open(Canvas& canvas, std::string& error) override;
    void draw(Canvas& canvas, const RectF& area, float opacity, core::SteadyMs now) override;

    /// The layout of the last prepared size (for tests and `signage render`).
    const SlideLayout& layout() const { return _layout; }
    /// Pixels held in tiles (for tests and memory figures); 0 on a null canvas.
    long long tilePixels() const;
    const content::Slide& slide() const { return _slide; }
    /// Why the image was left out, "" when it loaded (or there is none).
    const std::string& imageError() const { return _imageError; }

private:
    struct Tile {
        SDL_Rect rect{}; // in slide pixels
        std::shared_ptr<Picture> picture;
    };
    bool build(Canvas& canvas, Size size, std::string& error);
    void drawFaded(Canvas& canvas, const RectF& area, float opacity);

    content::Slide _slide;
    std::shared_ptr<TextLayout> _text;
    SlideLayout _layout;
    bool _built = false;
    Color _background;
    std::vector<SlidePainter::Solid> _solids; // filled over the background, under the tiles
    std::vector<Tile> _tiles;
    std::shared_ptr<Picture> _nullPicture; // headless: stands for the slide (nothing painted)
    // Only while fading in: the pieces to draw (TilePiece::tile indexes the tiles, then the
    // solids from the last painted), and a strip of rows of each plain colour (background
    // first, then one per solid) to draw the plain pieces from. A few hundred KB, dropped at
    // the first opaque draw.
    std::vector<TilePiece> _pieces;
    std::shared_ptr<Picture> _strip;
    Size _preparedFor;
    std::shared_ptr<LoadedImage> _image; // SVGs: kept for a new layout when the size changes
    bool _rereadImage = false;           // a raster image was dropped after painting
    bool _prepared = false;
    std::string _imageError;
    bool _warnedFit = false;
};

} // namespace signage::render
