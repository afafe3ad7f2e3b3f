#pragma once
// Builds the presenter for an item: the one place that knows every item type's
// implementation (render/ for images and slides, media/ for video and audio,
// scripting/ for plugins).
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "content/Model.h"
#include "core/Clock.h"
#include "render/Presenter.h"
#include "scripting/HostConfig.h"
#include "scripting/PluginPresenter.h"

namespace signage::render {
class TextLayout;
}
namespace signage::audio {
class AudioOutput;
}


namespace signage::app {

class PresenterFactory {
public:
    virtual ~PresenterFactory() = default;
    /// nullptr and `error` when the item cannot be presented at all.
    virtual std::unique_ptr<render::Presenter> make(const content::Item& item, const content::Catalog& catalog,
                                                    std::string& error) = 0;
    /// The slide that shows when nothing is playable (hotline), never fails.
    virtual std::unique_ptr<render::Presenter> makeFallback() = 0;
    /// The shared text engine (fonts load once), for banners; may be null (no font).
    virtual std::shared_ptr<render::TextLayout> textLayout() const = 0;
    /// An overlay for a playlist zone (a ticker, a corner clock); nullptr and `error` if none.
    virtual std::unique_ptr<render::Presenter> makeZone(const content::Zone& zone, const content::Catalog& catalog,
                                                        std::string& error) = 0;
    /// The touch layer's plugin (TouchLayer); nullptr and `error` if it cannot be made.
    virtual std::unique_ptr<scripting::PluginPresenter> makeTouchLayer(const content::Zone& zone,
                                                                      const content::Catalog& catalog, std::string& error) {
        (void)zone;
        (void)catalog;
        error = "no plugins";
        return nullptr;
    }
};

/// What plugins get from the player beyond clock and data dir: the touch checker's
/// engine, voice and contacts, the play-log hook and the loop's wake (see HostServices).
using PluginExtras = std::function<void(scripting::HostServices&)>;

/// The real factory for the player. `audio` receives video and audio items' sound
/// (a NullAudioOutput when headless); it must outlive every presenter made.
/// `clock` and `dataDir` serve plugins (timers, key-value stores); both outlive the factory.
std::unique_ptr<PresenterFactory> makeDefaultPresenterFactory(audio::AudioOutput* audio, const core::Clock& clock,
                                                              const std::filesystem::path& dataDir, bool pluginDevMode,
                                                              const PluginExtras& extras = {});

} // namespace signage::app
