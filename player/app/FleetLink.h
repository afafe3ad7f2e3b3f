// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The player's one contact with the ward office's box agent (fleet/Agent.h), kept small
// so the playback core can move (player/playback/) without touching the fleet:
//  - it is a PlayObserver that forwards every call to the play log's observer and tells
//    the agent what is on screen (a non-blocking post);
//  - banner() is the active message alert, drawn by the loop like the import banner.
// Render thread only, except that the agent's own threads do the network work.
#include <filesystem>
#include <memory>
#include <functional>
#include <string>
#include <vector>

#include "playback/PlayObserver.h"
#include "core/Clock.h"

namespace signage::playlog {
class PlayLog;
}
namespace signage::fleet {
class Agent;
}

namespace signage::app {

using playback::PlayFacts;
using playback::PlayObserver;

class FleetLink final : public playback::PlayObserver {
public:
    /// Starts the agent when `configFile` has a [fleet] section; nullptr otherwise, or
    /// when it is misconfigured (each problem logged as file:line:col; the box plays on).
    static std::unique_ptr<FleetLink> start(const std::filesystem::path& configFile, const std::filesystem::path& dataDir,
                                            const core::Clock& clock, playlog::PlayLog& log, playback::PlayObserver& inner);
    ~FleetLink() override;

    std::uint64_t itemStarted(const PlayFacts& facts) override;
    void itemEnded(std::uint64_t token, const PlayFacts& facts) override;
    void event(const std::string& kind, const std::string& detail) override { _inner.event(kind, detail); }

    /// The bundle now playing ("id@version"), for the status.
    void setBundle(std::string label) { _bundle = std::move(label); }
    /// A signed alert from a USB stick or the inbox (any thread; queued, checked by the agent).
    void offerAlert(const std::string& wire, const std::filesystem::path& file);
    /// The office asked for a screenshot: the loop reads the frame and hands it over.
    bool screenshotWanted() const;
    void screenshot(std::vector<std::uint8_t> rgba, int w, int h);
    void setWake(std::function<void()> wake);
    /// The message alert to show in the banner ("" when none).
    std::string banner();

private:
    FleetLink(std::unique_ptr<fleet::Agent> agent, playback::PlayObserver& inner);
    std::unique_ptr<fleet::Agent> _agent;
    playback::PlayObserver& _inner;
    std::string _bundle, _nowPlaying, _lastError;
    bool _interrupt = false;
    std::uint64_t _itemsStarted = 0;
};

} // namespace signage::app
