// The wiring of item types to their presenters (render/ for stills and slides; media/
// for video and audio and scripting/ for plugins join as their issues land).
#include "app/PresenterFactory.h"

#include "core/Lang.h"
#include "core/Log.h"
#include "render/FallbackPresenter.h"
#include "render/ImagePresenter.h"
#include "render/SlidePresenter.h"
#include "render/TextLayout.h"

namespace signage::app {

namespace {

class DefaultPresenterFactory final : public PresenterFactory {
public:
    DefaultPresenterFactory() {
        std::string error;
        _text = render::TextLayout::create(&error);
        if (!_text) core::Logger("presenters").error(core::tr("không tìm thấy phông chữ: ", "no usable font: ") + error);
    }

    std::unique_ptr<render::Presenter> make(const content::Item& item, const content::Catalog& catalog,
                                            std::string& error) override {
        switch (item.type) {
        case content::ItemType::Image: return std::make_unique<render::ImagePresenter>(item);
        case content::ItemType::Slide: {
            const content::Slide* slide = catalog.findSlide(item.slide);
            if (!slide) {
                error = core::tr("không có trang chiếu \"", "no slide \"") + item.slide + "\"";
                return nullptr;
            }
            if (!_text) {
                error = core::tr("không có phông chữ", "no font");
                return nullptr;
            }
            return std::make_unique<render::SlidePresenter>(*slide, _text);
        }
        case content::ItemType::Video:
        case content::ItemType::Audio:
            error = core::tr("chưa hỗ trợ phát video/âm thanh", "video/audio playback is not built in yet");
            return nullptr;
        case content::ItemType::Plugin:
            error = core::tr("chưa hỗ trợ plugin", "plugins are not built in yet");
            return nullptr;
        }
        error = "unknown item type";
        return nullptr;
    }

    std::unique_ptr<render::Presenter> makeFallback() override {
        return std::make_unique<render::FallbackPresenter>(_text);
    }

private:
    std::shared_ptr<render::TextLayout> _text; // shared by every slide: fonts load once
};

} // namespace

std::unique_ptr<PresenterFactory> makeDefaultPresenterFactory() { return std::make_unique<DefaultPresenterFactory>(); }

} // namespace signage::app
