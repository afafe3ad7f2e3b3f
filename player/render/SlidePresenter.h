#pragma once
// Shows a text slide. prepare() (worker thread) reads and decodes its image; open()
// (render thread) lays the slide out for the canvas size and paints it into one cached
// Picture; draw() only copies that picture (again laid out once if the area's size
// changes), so a static slide costs one texture copy per redraw and nothing in between
// (nextChange() is nullopt). Text needs SDL_ttf, which is render-thread only.
#include <memory>

#include "content/Model.h"
#include "render/ImageDecoder.h"
#include "render/Presenter.h"
#include "render/SlideLayout.h"
#include "render/TextLayout.h"

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
    const content::Slide& slide() const { return _slide; }
    /// Why the image was left out, "" when it loaded (or there is none).
    const std::string& imageError() const { return _imageError; }

private:
    bool build(Canvas& canvas, Size size, std::string& error);

    content::Slide _slide;
    std::shared_ptr<TextLayout> _text;
    SlideLayout _layout;
    std::shared_ptr<Picture> _picture;
    Size _preparedFor;
    std::shared_ptr<LoadedImage> _image; // kept for a new layout when the size changes
    bool _prepared = false;
    std::string _imageError;
    bool _warnedFit = false;
};

} // namespace signage::render
