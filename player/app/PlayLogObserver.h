// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Connects the play loop (PlayObserver, render thread) to the proof-of-play log.
// Every call queues a record and returns (playlog::PlayLog never blocks).
//
//   playlog::PlayLog log(options);                    // start-up, see playlog/PlayLog.h
//   PlayLogObserver observer(log, {config.site, manifest.id + "@" + manifest.version});
//   stage.setObserver(&observer);                     // or however the Stage takes it
//   observer.setContext({...});                       // when new content is swapped in
//
// Owned by app/ next to the PlayLog; used only on the render thread.
#include "playback/PlayObserver.h"
#include "playlog/PlayLog.h"

namespace signage::app {

using playback::PlayFacts;
using playback::PlayObserver;

class PlayLogObserver final : public PlayObserver {
public:
    struct Context {
        std::string site;   // where the box stands (config)
        std::string bundle; // content bundle "id@version"
        bool signedBundle = true; // installed by the importer (signature checked); false: plays marked unsigned
    };
    PlayLogObserver(playlog::PlayLog& log, Context context) : _log(log), _context(std::move(context)) {}

    /// New content or a new site: later plays carry it. Render thread.
    void setContext(Context context) { _context = std::move(context); }

    std::uint64_t itemStarted(const PlayFacts& facts) override;
    void itemEnded(std::uint64_t token, const PlayFacts& facts) override;
    /// `kind` is a playlog event name ("content_import", "error", "display_off", …);
    /// anything else is logged as a note "kind: detail".
    void event(const std::string& kind, const std::string& detail) override;

private:
    playlog::PlayStart startOf(const PlayFacts& facts) const;
    playlog::PlayLog& _log;
    Context _context; // render thread only
};

} // namespace signage::app
