#pragma once
// Shows an image item: decoded once in open() (sized for the output), then drawn with
// `contain` (whole picture, bars in the letterbox colour) or `cover` (fills, crops the
// centre). Static: nextChange() is nullopt. Render thread only.
#include <filesystem>
#include <memory>

#include "content/Model.h"
#include "render/Presenter.h"

namespace signage::render {

class ImagePresenter : public Presenter {
public:
    ImagePresenter(std::filesystem::path file, content::Fit fit, content::Color letterbox);
    /// From a playlist item of type image (file, fit, letterbox).
    explicit ImagePresenter(const content::Item& item) : ImagePresenter(item.file, item.fit, item.letterbox) {}

    /// Decodes the file; false with a message naming it when missing, broken or over 8K.
    bool open(Canvas& canvas, std::string& error) override;
    void draw(Canvas& canvas, const RectF& area, float opacity, core::SteadyMs now) override;

private:
    std::filesystem::path _file;
    content::Fit _fit;
    content::Color _letterbox;
    std::shared_ptr<Picture> _picture;
};

} // namespace signage::render
