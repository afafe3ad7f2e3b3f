// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The box agent: the box's side of the ward office. Its own worker thread plus
// libmosquitto's network thread; the render thread only posts snapshots (a bounded
// queue, never waits) and reads the current alert banner (a string under a short lock).
//
// What it does, all at-least-once:
//  - retained status (online / offline through the Last Will, bundle, now playing, free
//    disk, clock state, last error) and a heartbeat;
//  - play-log upload: signed batches (LogBatch) of the links after the last acked seq, a
//    window of them on the wire, re-sent from the last ack after a reconnect or an ack
//    timeout; the acked seq survives restarts (DATA_DIR/fleet/upload.state);
//  - alerts: verified (Alert.h), item alerts become the player's interrupt
//    (DATA_DIR/control/interrupt.toml, until their expiry, so they stop even offline),
//    message alerts the banner; got / shown / ended go to the play log and the office;
//  - bundle announcements (BundleAnnounce.h): a third thread downloads the bundle from
//    the office (Download.h, resumable), checks size and sha256 and drops it with its
//    .minisig into DATA_DIR/inbox, where the content updater imports it like a USB one.
#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <string_view>

#include "core/BoundedQueue.h"
#include "core/Clock.h"
#include "core/Diagnostic.h"
#include "fleet/FleetConfig.h"

namespace signage::fleet {

/// The screenshot width a "screenshot-request" message from the office asks for
/// (`max_width = N`, clamped to 16..1280), 320 when it names none. Read with core's TOML
/// reader: a syntax error or a wrong type is reported in `diags` at
/// "screenshot-request:line:col" and gives 320 (the shot is still taken); unknown keys are
/// ignored, a newer office may send more (docs/architecture.md, "TOML files").
int screenshotRequestWidth(std::string_view payload, core::Diagnostics& diags);

struct AgentOptions {
    FleetConfig config;
    std::filesystem::path dataDir;          // playlog.sqlite, box.key, fleet/, control/
    const core::Clock* clock = nullptr;     // wall time for alerts and status; null: real
    std::string version;                    // the player's version, in the status
    /// A line for the play log (any thread; must not block): alert acks, upload faults.
    std::function<void(const std::string& detail)> note;
    /// Bench hook (bench/fleet times the stages of an alert's way): `stage` is "arrived"
    /// (libmosquitto's network thread, before the message is queued) or "handling" (the
    /// worker took it off the queue). Any thread; must not block. Null: nothing.
    std::function<void(const char* stage, const std::string& topic)> trace;
};

/// What the render thread tells the agent, at most a few times a second.
struct AgentSnapshot {
    std::string nowPlaying; // "playlist/item"
    std::string bundle;     // "id@version"
    std::string lastError;
    bool interrupt = false; // an interrupt (emergency) is on screen
    std::uint64_t itemsStarted = 0; // items started so far (a boundary: priority and normal alerts wait for one)
};

struct AgentStats {
    bool connected = false;
    std::int64_t ackedSeq = 0, sentSeq = 0, logSeq = 0;
    std::uint64_t batchesSent = 0, acks = 0, refusals = 0, resends = 0;
    std::uint64_t alertsTaken = 0, alertsRefused = 0;
    std::uint64_t screenshotsSent = 0;
    bool haveOfficeTime = false;
    std::int64_t officeOffsetMs = 0; // office wall clock − this box's, from the last ack
    std::uint64_t bundlesDownloaded = 0, downloadsRefused = 0, downloadsInterrupted = 0, downloadResumes = 0;
};

class Agent {
public:
    explicit Agent(AgentOptions options);
    ~Agent();
    Agent(const Agent&) = delete;
    Agent& operator=(const Agent&) = delete;

    /// Starts both threads; never blocks on the network. False with a reason when the
    /// settings cannot work (CA file unwritable, no box key yet is fine: it waits).
    bool start(std::string* error = nullptr);
    /// Publishes "offline" (a clean goodbye), disconnects, joins. Waits at most ~1 s.
    void stop();

    /// Render thread: hands over what is on screen. Never blocks; dropped when full.
    void post(AgentSnapshot snapshot);
    /// An alert that came by USB (a `.alert` file, any thread, never blocks): checked
    /// exactly like one from the broker (signature, ward, target, expiry, replay).
    void offerAlert(std::string wire, std::string from);
    /// The office asked for a screenshot (render thread, cheap): read the frame and hand
    /// it to screenshot(). `wake` (any thread) makes the render loop look soon.
    bool screenshotWanted() const;
    void screenshot(std::vector<std::uint8_t> rgba, int w, int h);
    void setWake(std::function<void()> wake);
    /// Render thread: the message of the highest active message alert ("" if none).
    std::string banner();
    AgentStats stats() const;

    struct Impl;

private:
    std::unique_ptr<Impl> _impl;
};

} // namespace signage::fleet
