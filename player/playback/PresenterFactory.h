// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Builds the presenter for an item. The interface lives here; the real factory, the one
// place that knows every item type's implementation (render/, media/, scripting/), is
// app/DefaultPresenterFactory. Tests hand the Stage a fake one.
#include <memory>
#include <string>

#include "content/Model.h"
#include "core/Clock.h"
#include "render/Presenter.h"
#include "scripting/PluginPresenter.h"

namespace signage::render {
class TextLayout;
}


namespace signage::playback {

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

} // namespace signage::playback
