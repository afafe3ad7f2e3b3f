// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PlayLog: the proof-of-play log as the player sees it. The render thread hands over
// small records with cheap, non-blocking calls; one writer thread (owned here) batches
// them into SQLite transactions at DATA_DIR/playlog.sqlite (WAL), chains every row's hash
// and keeps going through disk-full and other write failures. See docs/playlog.md.
//
// How the player wires it (app/ owns the object; every call below is non-blocking unless
// it says otherwise):
//
//   // start-up, on the main thread, once the data dir and clock are known:
//   playlog::PlayLogOptions o;
//   o.dataDir = dataDir;              // playlog.sqlite and box.key live here
//   o.boxId = config.boxId;           // empty: "box-" + the key's first 8 hex digits
//   o.clock = &clock;                 // the player's Clock (real or virtual)
//   playlog::PlayLog log(o);          // starts the writer; records a `startup` event
//
//   // an item starts on screen (render thread):
//   playlog::PlayStart s{site, bundleId + "@" + version, playlist.id, item.id, sha256Hex,
//                        cue.ruleId, cue.plannedStart, cue.plannedEnd, cue.interrupt};
//   playlog::PlayToken t = log.playStarted(s);
//
//   // it ends (render thread): completed, or cut short, or broken mid-way
//   log.playEnded(t, {playlog::Outcome::Completed});
//   log.playEnded(t, {playlog::Outcome::Interrupted, "emergency broadcast"});
//   log.playEnded(t, {playlog::Outcome::Failed, "decode error: …"});
//
//   // an item that never made it to the screen (missing file, plugin refused to start):
//   log.playNotShown(s, playlog::Outcome::Skipped, "media/x.mp4 missing");
//
//   // box events (any thread):
//   log.event(playlog::EventKind::ContentImport, "chien-dich-8-2025@1.2.0 accepted");
//   log.event(playlog::EventKind::Error, "plugin ticker: runaway, disabled");
//   log.event(playlog::EventKind::DisplayOff);
//
//   // a visitor used the touch check (scamcheck results only, never the typed text):
//   log.touchCheck({"phone", "scam", "fake_authority"});
//
//   // shutdown (main thread, blocks up to `timeout`): records `shutdown`, drains, joins.
//   log.close();                      // the destructor does this too
//
// The Stage already reports plays through app::PlayObserver: app/PlayLogObserver.h is
// the adapter that makes exactly the calls above from PlayFacts.
//
// Clock jumps and changes of the kernel's synchronisation state are detected and
// recorded by the writer itself; the player does not report them.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "core/BoundedQueue.h"
#include "core/Clock.h"
#include "playlog/Records.h"
#include "playlog/Schema.h"
#include "playlog/TimeSource.h"

namespace signage::playlog {

/// Identifies a play between playStarted and playEnded. 0 means "not recorded".
using PlayToken = std::uint64_t;

struct PlayLogOptions {
    std::filesystem::path dataDir;   // required: DATA_DIR
    std::string boxId;               // empty: derived from the box key
    const core::Clock* clock = nullptr; // wall time for rows; null: the real clock
    std::shared_ptr<TimeSource> time;   // overrides `clock` (tests: ManualTimeSource)
    Durability durability = Durability::Full;
    /// A queued record is committed at most this long after it was queued (plus the time
    /// the write takes): the "started ≥ 1 s before a power cut" guarantee rests on it.
    std::chrono::milliseconds commitDelay{250};
    size_t queueCapacity = 8192; // records waiting for the writer (≈ 2 MB at most)
    size_t maxBatch = 2048;      // records per transaction
    std::chrono::milliseconds retryMin{200}, retryMax{5000}; // back-off while writes fail
    std::int64_t clockJumpMs = 2000; // a wall/monotonic disagreement this large is a jump
    /// kUntrusted* bits set on every play of this run (the player sets VirtualClock when
    /// --clock-start/--clock-speed is given, DevMode for content named on the command
    /// line); a play's own PlayStart::untrusted bits are added to them.
    std::uint8_t untrusted = 0;
    /// Fault injection: PRAGMA max_page_count for the writer (0 = no limit). Tests use it
    /// to fill the "disk" without a real small filesystem.
    std::int64_t maxPageCount = 0;
};

struct PlayLogStats {
    std::uint64_t queued = 0;   // records accepted by record calls
    std::uint64_t dropped = 0;  // records refused because the queue was full (also logged as an event)
    std::uint64_t written = 0;  // records committed
    std::uint64_t commits = 0;  // transactions committed
    std::uint64_t failedCommits = 0;
    bool storageOk = true;      // false while writes are failing
    bool open = false;          // the database is open
    size_t queueDepth = 0;
};

class PlayLog {
public:
    /// Starts the writer thread, which opens (or creates) the database and the box key.
    /// Never throws for storage problems: they are logged to stderr and retried, while
    /// records wait in the queue. Throws std::invalid_argument if dataDir is empty.
    explicit PlayLog(PlayLogOptions options);
    ~PlayLog();
    PlayLog(const PlayLog&) = delete;
    PlayLog& operator=(const PlayLog&) = delete;

    /// An item appeared on screen. Returns the token for playEnded (0 when the queue was
    /// full and the record was dropped and counted). Non-blocking.
    PlayToken playStarted(PlayStart start);
    /// The item left the screen. Non-blocking; a 0 token is ignored.
    void playEnded(PlayToken token, PlayEnd end);
    /// An item the schedule chose but that never appeared (outcome Skipped or Failed).
    void playNotShown(PlayStart start, Outcome outcome, std::string reason);
    /// Something happened to the box. Non-blocking; any thread.
    void event(EventKind kind, std::string detail = {}, std::int64_t value = 0);
    /// One touch-screen check, as counts only. Non-blocking; any thread.
    void touchCheck(TouchCheck check);

    /// Blocks until everything queued before the call is committed, or `timeout`.
    /// For tests and for `audit export` in-process; the render thread never calls it.
    bool flush(std::chrono::milliseconds timeout);
    /// Records `shutdown`, drains the queue and stops the writer (waits at most
    /// `timeout`; if storage is still failing then, the rest is given up and counted).
    void close(std::chrono::milliseconds timeout = std::chrono::seconds(3));

    PlayLogStats stats() const;
    /// Fault injection for tests: changes PRAGMA max_page_count before the next batch.
    void setMaxPageCount(std::int64_t pages);
    std::filesystem::path databasePath() const;

    struct Shared; // state shared with the writer thread (PlayLogWriter.cpp)

private:
    bool enqueue(struct QueuedRecord&& rec);
    TimeSample now() const;

    std::shared_ptr<Shared> _shared;
    std::thread _writer;
    std::atomic<PlayToken> _nextToken{1};
    bool _closed = false; // owner thread only
    std::uint8_t _untrusted = 0; // PlayLogOptions::untrusted, fixed at construction
};

} // namespace signage::playlog
