// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The C++ side of one running plugin, as the bindings (wrap_*.cpp) see it. Reached from
// any coroutine of the plugin's state through contextOf(L). Owned by PluginInstance,
// declared there before the LuaState so it outlives every finalizer. Render thread only.
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <memory>
#include <string>
#include <vector>

#include "render/Canvas.h"
#include "scripting/CheckMailbox.h"
#include "scripting/DrawList.h"
#include "scripting/HostConfig.h"
#include "scripting/KvStore.h"
#include "scripting/PluginLog.h"
#include "scripting/PluginManifest.h"
#include "scripting/TextCache.h"
#include "scripting/TimerSet.h"
#include "scripting/Tween.h"

namespace signage::scripting {

/// Where a plugin plays: a playlist item (fullscreen), an overlay zone, or alone
/// (`signage play PLUGIN_DIR`).
struct Placement {
    enum class Kind { Item, Zone, Standalone };
    Kind kind = Kind::Standalone;
    std::string id; // item id or zone id
    std::map<std::string, std::string> options;
    std::optional<std::array<float, 4>> rect; // Zone: x, y, w, h as fractions of the screen
};

/// Pixels of images and text objects a plugin holds, shared with every Drawable so the
/// count drops when Lua collects one.
struct PixelBudget {
    std::size_t used = 0;
    std::size_t limit = 0;
};

/// A picture a plugin holds (gfx.newImage / gfx.newText), counted against its budget.
struct Drawable {
    std::shared_ptr<render::Picture> picture;
    std::shared_ptr<PixelBudget> budget;
    std::size_t pixels = 0;
    Drawable(std::shared_ptr<render::Picture> pic, std::shared_ptr<PixelBudget> b, std::size_t px)
        : picture(std::move(pic)), budget(std::move(b)), pixels(px) {}
    ~Drawable() {
        if (budget) budget->used -= pixels;
    }
    Drawable(const Drawable&) = delete;
    Drawable& operator=(const Drawable&) = delete;
};

struct PluginContext {
    PluginContext(PluginManifest m, Placement p, const HostServices& s, const HostLimits& l, std::shared_ptr<PluginLog> lg)
        : manifest(std::move(m)), placement(std::move(p)), services(s), limits(l), logPtr(std::move(lg)), log(*logPtr) {
        pixels->limit = l.maxImagePixels;
    }

    PluginManifest manifest;
    Placement placement;
    HostServices services;
    HostLimits limits;
    std::shared_ptr<PluginLog> logPtr; // shared by every instance of the plugin (faults logged once)
    PluginLog& log;

    render::Canvas* canvas = nullptr; // set by the presenter at open(); outlives the plugin
    render::Size area;                // the zone's size in pixels (gfx.size)
    core::SteadyMs now = 0;           // clock time of the current host entry (frame, timer, input)
    DrawList* recording = nullptr;    // non-null only inside plugin.frame
    float offsetX = 0, offsetY = 0;   // gfx.translate, reset each frame
    std::vector<std::pair<float, float>> offsetStack; // gfx.push / gfx.pop

    TimerSet timers;
    std::vector<std::weak_ptr<Tween>> tweens; // live tweens (animating while one runs)
    TextCache textCache;
    std::map<std::string, std::shared_ptr<render::Picture>> qrPictures; // gfx.qr: "<size>:<text>", a few
    std::shared_ptr<PixelBudget> pixels = std::make_shared<PixelBudget>();
    std::shared_ptr<KvStore> kv;      // only with the "kv" permission
    bool finishRequested = false;     // plugin.finish(): the item ends early
    bool takeover = false;            // plugin.takeover(true): a touch session holds the whole screen

    // checker.check: the newest check's number and callback (registry ref), and where
    // the worker leaves its verdict.
    std::uint64_t checkSeq = 0;
    int checkCallbackRef = -2;        // LUA_NOREF
    std::shared_ptr<CheckMailbox> checks = std::make_shared<CheckMailbox>();
    bool warnedNoText = false;

    // playlog.record rate limit
    core::SteadyMs playWindowStart = 0;
    int playRecordsInWindow = 0;

    /// Wall time (for the time module): the host clock.
    core::WallMs wallNow() const { return services.clock->wallNow(); }
};

} // namespace signage::scripting
