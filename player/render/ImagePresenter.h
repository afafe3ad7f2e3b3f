// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shows an image item: read and decoded in prepare() (worker thread), sized for the output
// and uploaded in open(), then drawn with `contain` (whole picture, bars in the letterbox
// colour) or `cover` (fills, crops the centre). Static: nextChange() is nullopt.
// prepare() on one worker thread, everything else on the render thread.
#include <filesystem>
#include <memory>

#include "content/Model.h"
#include "render/ImageDecoder.h"
#include "render/Presenter.h"

namespace signage::render {

class ImagePresenter : public Presenter {
public:
    /// `outputHint`: the screen size when known, so prepare() can drop the pixels of a
    /// larger photo at once (memory on small boxes).
    ImagePresenter(std::filesystem::path file, content::Fit fit, content::Color letterbox, Size outputHint = {});
    /// From a playlist item of type image (file, fit, letterbox).
    explicit ImagePresenter(const content::Item& item, Size outputHint = {})
        : ImagePresenter(item.file, item.fit, item.letterbox, outputHint) {}

    /// Reads and decodes the file (worker thread); false with a message naming the file when
    /// it is missing, broken, not an image or over 8K.
    bool prepare(std::string& error) override;
    /// Sizes the picture for canvas.size() and uploads it. Runs prepare() first itself if
    /// nobody did (tests, `signage render`).
    bool open(Canvas& canvas, std::string& error) override;
    void draw(Canvas& canvas, const RectF& area, float opacity, core::SteadyMs now) override;

private:
    std::filesystem::path _file;
    content::Fit _fit;
    content::Color _letterbox;
    Size _hint;
    std::shared_ptr<LoadedImage> _loaded; // from prepare() until open() has uploaded it
    std::shared_ptr<Picture> _picture;
};

} // namespace signage::render
