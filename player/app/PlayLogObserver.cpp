// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/PlayLogObserver.h"

namespace signage::app {

namespace {
playlog::Outcome outcomeOf(PlayFacts::Outcome o) {
    switch (o) {
    case PlayFacts::Outcome::Completed: return playlog::Outcome::Completed;
    case PlayFacts::Outcome::Interrupted: return playlog::Outcome::Interrupted;
    case PlayFacts::Outcome::Skipped: return playlog::Outcome::Skipped;
    case PlayFacts::Outcome::Failed: return playlog::Outcome::Failed;
    }
    return playlog::Outcome::Failed;
}
} // namespace

playlog::PlayStart PlayLogObserver::startOf(const PlayFacts& facts) const {
    playlog::PlayStart s;
    s.site = _context.site;
    s.bundle = _context.bundle;
    s.playlist = facts.playlist;
    s.item = facts.item;
    s.mediaHash = facts.mediaHash;
    s.scheduleRule = facts.rule;
    if (facts.plannedStart > 0) {
        s.plannedStartMs = facts.plannedStart;
        if (facts.planned.count() > 0) s.plannedEndMs = facts.plannedStart + facts.planned.count();
    }
    s.interrupt = facts.interrupt;
    if (!_context.signedBundle) s.untrusted |= playlog::kUntrustedUnsignedContent;
    return s;
}

std::uint64_t PlayLogObserver::itemStarted(const PlayFacts& facts) { return _log.playStarted(startOf(facts)); }

void PlayLogObserver::itemEnded(std::uint64_t token, const PlayFacts& facts) {
    if (token == 0) { // never reached the screen
        _log.playNotShown(startOf(facts), outcomeOf(facts.outcome), facts.reason);
        return;
    }
    playlog::PlayEnd end{outcomeOf(facts.outcome), facts.reason, std::nullopt};
    if (facts.played.count() > 0) end.playedMs = facts.played.count();
    _log.playEnded(token, std::move(end));
}

void PlayLogObserver::event(const std::string& kind, const std::string& detail) {
    playlog::EventKind k;
    if (playlog::parseEventKind(kind, k)) _log.event(k, detail);
    else _log.event(playlog::EventKind::Note, kind + ": " + detail);
}

} // namespace signage::app
