#pragma once
// What the plugin host needs from the player (services) and the limits every plugin runs
// under (options of this component, with their defaults; see STYLE.md habit 9).
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>

#include "core/Clock.h"
#include "core/Duration.h"
#include "render/Canvas.h"
#include "scripting/KvStore.h"

namespace signage::scripting {

class TextRenderer;

/// A fact for the play log: a plugin appeared, left, or reported showing a piece of content.
struct PlayFact {
    enum class Kind { Enter, Leave, Content };
    Kind kind = Kind::Enter;
    std::string plugin;    // plugin name
    std::string placement; // item id, zone id, or "" when played alone
    bool zone = false;     // true for an overlay zone
    std::string contentId; // Content: what the plugin showed (playlog.record's argument)
    core::WallMs at = 0;   // wall time of the fact
    core::Millis duration{0}; // Leave: time on screen; Content: what the plugin declared
};

struct HostLimits {
    std::size_t memoryBytes = 16u << 20;                   // Lua heap per plugin
    std::chrono::microseconds callbackBudget{5000};         // frame, enter, leave, input, timers
    std::chrono::microseconds loadBudget{200000};           // main.lua + plugin.load (reads data files)
    int maxFaults = 3;                                      // faults within faultWindow ...
    core::Millis faultWindow{10000};
    core::Millis coolDown{30000};                           // ... disable the plugin this long,
    core::Millis maxCoolDown{600000};                       //     doubling each time up to this
    KvLimits kv;
    std::size_t maxDrawCommands = 10000;                    // per frame
    std::size_t maxTextBytes = 8192;                        // per gfx.text / gfx.newText
    std::size_t maxImagePixels = 16u << 20;                 // decoded pixels of all images of a plugin
    render::Size maxImageSize{4096, 4096};
    std::size_t maxDataFileBytes = 4u << 20;                // res.read, data.*
    int playRecordsPerMinute = 60;
    int logLinesPerMinute = 120;
    core::Millis reloadCheckEvery{500};                     // dev mode: main.lua mtime poll
};

struct HostServices {
    const core::Clock* clock = nullptr;   // required; outlives the host
    TextRenderer* text = nullptr;         // nullptr: text draws nothing (logged once)
    std::filesystem::path dataDir;        // kv stores live in dataDir/plugins/<name>/; empty = memory only
    int utcOffsetMinutes = 7 * 60;        // the box's zone (Asia/Ho_Chi_Minh)
    std::function<void(const PlayFact&)> onPlay; // connect to the play log (render thread calls it)
    bool devMode = false;                 // hot reload + errors drawn on screen instead of skipping
};

} // namespace signage::scripting
