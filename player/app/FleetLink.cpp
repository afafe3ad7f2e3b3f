// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/FleetLink.h"

#include "core/Lang.h"
#include "core/Log.h"
#include "fleet/Agent.h"
#include "fleet/FleetConfig.h"
#include "playlog/PlayLog.h"

namespace signage::app {

std::unique_ptr<FleetLink> FleetLink::start(const std::filesystem::path& configFile, const std::filesystem::path& dataDir,
                                            const core::Clock& clock, playlog::PlayLog& log, PlayObserver& inner) {
    if (configFile.empty()) return nullptr;
    core::Logger out("fleet");
    std::vector<std::string> errors;
    auto config = fleet::loadFleetConfig(configFile, errors);
    for (const auto& e : errors) out.error(e);
    if (!config) {
        if (!errors.empty()) out.error(core::tr("không bật kết nối văn phòng phường; máy vẫn phát như máy chỉ dùng USB",
                                                "ward office link not started; the box plays on as a USB-only box"));
        return nullptr;
    }
    fleet::AgentOptions o;
    o.config = *config;
    o.dataDir = dataDir;
    o.clock = &clock;
    o.version = SIGNAGE_VERSION;
    o.note = [&log](const std::string& detail) { log.event(playlog::EventKind::Note, detail); };
    auto agent = std::make_unique<fleet::Agent>(std::move(o));
    std::string error;
    if (!agent->start(&error)) {
        out.error(core::tr("không bật được kết nối văn phòng: ", "cannot start the ward office link: ") + error);
        return nullptr;
    }
    out.info(core::tr("kết nối văn phòng phường ", "ward office link to ") + config->host + ":" + std::to_string(config->port) + " (" +
             config->ward + "/" + config->box + ")");
    return std::unique_ptr<FleetLink>(new FleetLink(std::move(agent), inner));
}

FleetLink::FleetLink(std::unique_ptr<fleet::Agent> agent, PlayObserver& inner) : _agent(std::move(agent)), _inner(inner) {}

FleetLink::~FleetLink() { _agent->stop(); }

std::uint64_t FleetLink::itemStarted(const PlayFacts& facts) {
    _nowPlaying = facts.playlist + "/" + facts.item;
    _interrupt = facts.interrupt;
    ++_itemsStarted;
    _agent->post({_nowPlaying, _bundle, _lastError, _interrupt, _itemsStarted});
    return _inner.itemStarted(facts);
}

void FleetLink::itemEnded(std::uint64_t token, const PlayFacts& facts) {
    if (facts.outcome == PlayFacts::Outcome::Failed) {
        _lastError = facts.playlist + "/" + facts.item + ": " + facts.reason;
        _agent->post({_nowPlaying, _bundle, _lastError, _interrupt, _itemsStarted});
    }
    _inner.itemEnded(token, facts);
}

void FleetLink::offerAlert(const std::string& wire, const std::filesystem::path& file) {
    _agent->offerAlert(wire, file.string());
}

bool FleetLink::screenshotWanted() const { return _agent->screenshotWanted(); }
void FleetLink::screenshot(std::vector<std::uint8_t> rgba, int w, int h) { _agent->screenshot(std::move(rgba), w, h); }
void FleetLink::setWake(std::function<void()> wake) { _agent->setWake(std::move(wake)); }

std::string FleetLink::banner() { return _agent->banner(); }

} // namespace signage::app
