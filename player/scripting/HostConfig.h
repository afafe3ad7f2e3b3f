// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the plugin host needs from the player (services) and the limits every plugin runs
// under (options of this component, with their defaults; see STYLE.md habit 9).
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "core/Clock.h"
#include "core/Duration.h"
#include "render/Canvas.h"
#include "scripting/KvStore.h"

namespace signage::scamcheck {
class AsyncChecker;
struct Verdict;
} // namespace signage::scamcheck

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

/// Reads a text aloud (the touch screen's "Đọc to"); the player adapts speech::Speaker.
/// Render thread; none of these may block.
class Voice {
public:
    virtual ~Voice() = default;
    virtual bool speak(const std::string& text, std::string* error) = 0;
    virtual void stop() = 0;
    virtual bool speaking() const = 0;
};

/// Who a worried visitor should call or where to report (signage.toml [checker]).
struct CheckerContact {
    std::string policeName;           // "Công an phường Hồng An"
    std::string policePhone = "113";
    std::string reportUrl;            // the official reporting channel (QR code); may be empty
    std::string reportLabel;          // what the QR code leads to, in words
};

struct HostLimits {
    std::size_t memoryBytes = 16u << 20;                   // Lua heap per plugin
    std::chrono::microseconds callbackBudget{5000};         // frame, enter, leave, input, timers
    std::chrono::microseconds loadBudget{200000};           // main.lua + plugin.load (reads data files)
    std::chrono::microseconds turnBudget{10000};            // all callbacks of one plugin in one loop turn
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
    int utcOffsetMinutes = core::kDefaultUtcOffsetMinutes; // the box's zone (Asia/Ho_Chi_Minh)
    std::function<void(const PlayFact&)> onPlay; // connect to the play log (render thread calls it)
    bool devMode = false;                 // hot reload + errors drawn on screen instead of skipping

    // The touch scam checker (permission "checker"); null: checker.ready() stays false.
    std::shared_ptr<scamcheck::AsyncChecker> checker;
    /// Each completed check, for the play log's counts (render thread; never the text).
    std::function<void(const scamcheck::Verdict&)> onCheck;
    CheckerContact contact;
    Voice* voice = nullptr;               // null: checker.speak answers nil, reason
    /// Any thread: makes the render loop look at the presenters again (a check finished).
    std::function<void()> wake;
};

} // namespace signage::scripting
