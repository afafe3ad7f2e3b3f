// SPDX-License-Identifier: GPL-3.0-or-later
// The wiring of item types to their presenters (render/ for stills and slides; media/
// for video and audio and scripting/ for plugins join as their issues land).
#include "app/DefaultPresenterFactory.h"

#include "core/Lang.h"
#include "core/Log.h"
#include "media/AudioPresenter.h"
#include "media/VideoPresenter.h"
#include "render/FallbackPresenter.h"
#include "scripting/LayoutTextRenderer.h"
#include "scripting/PluginHost.h"
#include "scripting/PluginPresenter.h"
#include "render/ImagePresenter.h"
#include "render/SlidePresenter.h"
#include "render/TextLayout.h"

namespace signage::app {

namespace {

class DefaultPresenterFactory final : public playback::PresenterFactory {
public:
    DefaultPresenterFactory(audio::AudioOutput* audio, const core::Clock& clock, const std::filesystem::path& dataDir,
                            bool devMode, const PluginExtras& extras)
        : _audio(audio) {
        std::string error;
        _text = render::TextLayout::create(&error);
        if (!_text) core::Logger("presenters").error(core::tr("không tìm thấy phông chữ: ", "no usable font: ") + error);
        if (_text) _pluginText = std::make_unique<scripting::LayoutTextRenderer>(_text);
        scripting::HostServices services;
        services.clock = &clock;
        services.text = _pluginText.get();
        services.dataDir = dataDir;
        services.devMode = devMode;
        if (extras) extras(services);
        _plugins = std::make_unique<scripting::PluginHost>(services);
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
            return std::make_unique<media::VideoPresenter>(media::VideoOptions::fromItem(item, _audio));
        case content::ItemType::Audio: {
            // The announcement plays over its background slide or image (or a plain fill).
            std::unique_ptr<render::Presenter> background;
            if (const content::Slide* slide = catalog.findSlide(item.slide); slide && _text)
                background = std::make_unique<render::SlidePresenter>(*slide, _text);
            else if (!item.background.empty())
                background = std::make_unique<render::ImagePresenter>(item.background, item.fit, item.letterbox);
            return std::make_unique<media::AudioPresenter>(media::AudioOptions::fromItem(item, _audio), std::move(background));
        }
        case content::ItemType::Plugin: return _plugins->createForItem(item, catalog, error);
        }
        error = "unknown item type";
        return nullptr;
    }

    std::unique_ptr<render::Presenter> makeFallback() override {
        return std::make_unique<render::FallbackPresenter>(_text);
    }

    std::shared_ptr<render::TextLayout> textLayout() const override { return _text; }

    std::unique_ptr<render::Presenter> makeZone(const content::Zone& zone, const content::Catalog& catalog,
                                                std::string& error) override {
        return _plugins->createForZone(zone, catalog, error);
    }

    std::unique_ptr<scripting::PluginPresenter> makeTouchLayer(const content::Zone& zone, const content::Catalog& catalog,
                                                              std::string& error) override {
        return _plugins->createForZone(zone, catalog, error);
    }

private:
    audio::AudioOutput* _audio; // not owned
    std::shared_ptr<render::TextLayout> _text; // shared by every slide: fonts load once
    std::unique_ptr<scripting::LayoutTextRenderer> _pluginText;
    // Declared last: destroyed first. Every plugin presenter it made lives in the Stage,
    // which is destroyed before the factory.
    std::unique_ptr<scripting::PluginHost> _plugins;
};

} // namespace

std::unique_ptr<playback::PresenterFactory> makeDefaultPresenterFactory(audio::AudioOutput* audio, const core::Clock& clock,
                                                              const std::filesystem::path& dataDir, bool pluginDevMode,
                                                              const PluginExtras& extras) {
    return std::make_unique<DefaultPresenterFactory>(audio, clock, dataDir, pluginDevMode, extras);
}

} // namespace signage::app
