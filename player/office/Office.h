// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `signage office`: the daemon. Threads: libmosquitto's network thread (callbacks only
// queue), one ingest worker (both SQLite files, acks, status, the daily report timer).
// The public methods below are the API the web console (next issue) calls; they are
// thread-safe.
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/BoundedQueue.h"
#include "core/Clock.h"
#include "db/Database.h"
#include "fleet/Alert.h"
#include "office/OfficeDir.h"
#include "playlog/Merge.h"

namespace signage::office {

struct BoxStatus {
    std::string box;
    std::string state;          // "online" / "offline" (Last Will) / "" never heard
    std::string payload;        // the box's last retained status (TOML)
    std::int64_t statusMs = 0, heartbeatMs = 0; // office time of the last of each
    std::int64_t clockOffsetMs = 0; // box wall − office wall at the last heartbeat
    std::int64_t storedSeq = 0;     // play-log links of its current log in the store
    std::int64_t sinceMs = 0;       // office time its state last changed (online ↔ offline); 0 unknown
};

struct OfficeStats {
    std::uint64_t batches = 0, stored = 0, duplicates = 0, waiting = 0, refused = 0;
    std::uint64_t linksStored = 0, statusMessages = 0, alertAcks = 0, screenshots = 0;
    bool brokerConnected = false;
};

struct Screenshot {
    std::filesystem::path file; // OFFICE_DIR/screenshots/BOX.jpg (or .png)
    std::int64_t receivedMs = 0;
    std::uint64_t bytes = 0;
};

struct AlertAck {
    std::string alert, box, state;
    std::int64_t atMs = 0, receivedMs = 0;
};

class Office {
public:
    Office(OfficeDir dir, OfficeSettings settings, const core::Clock& clock);
    ~Office();
    Office(const Office&) = delete;
    Office& operator=(const Office&) = delete;

    /// Opens the stores, starts (or uses) the broker and connects. False with a reason.
    bool start(std::string* error = nullptr);
    void stop();

    /// Signs and publishes an alert (retained until expiry). Fills id/ward/issued when
    /// empty. Returns the wire form (also what the USB `alert` bundle carries).
    std::string publishAlert(fleet::Alert alert, const std::string& by = {});
    /// Copies a signed bundle (FILE and FILE.minisig) into bundles/ and announces it on
    /// signage/<ward>/bundle (retained, office-signed: fleet/BundleAnnounce.h); the boxes
    /// download it from the HTTPS server. Returns the announcement; throws
    /// std::runtime_error (no .minisig, unreadable, no server, an invalid box name).
    /// With `boxes`: only to those, on each one's signage/<ward>/box/<id>/bundle (retained).
    std::string announceBundle(const std::filesystem::path& bundle, const std::vector<std::string>& boxes = {});
    /// The HTTPS bundle server's port (0: not running).
    int httpPort() const;
    std::vector<BoxStatus> boxes();
    /// Asks `box` for a small screenshot (at most maxWidth px wide); it arrives later
    /// (latestScreenshot). False when the box name is invalid or not connected to the broker.
    bool requestScreenshot(const std::string& box, int maxWidth = 320);
    /// The newest screenshot `box` sent (nullopt: none yet).
    std::optional<Screenshot> latestScreenshot(const std::string& box) const;
    std::vector<AlertAck> alertAcks(const std::string& alertId);
    OfficeStats stats() const;
    /// Writes the report of local day `day` into reports/; returns its path.
    std::filesystem::path writeReport(std::int64_t day);
    /// Re-reads trusted-keys (after enroll/revoke) and makes the broker re-read passwords
    /// (local broker only: an external cluster's accounts are its administrator's).
    void reloadCredentials();

    /// Drills and tests: stop/start the broker this office spawned (external broker: none;
    /// startBroker says so and returns false).
    void stopBroker();
    bool startBroker(std::string* error = nullptr);

    // For the web console (issue 15); added at the end so the fleet work merges cleanly.
    const OfficeDir& dir() const;
    const OfficeSettings& settings() const;
    /// Merges a SIGNAGE-LOGS export (a USB stick's file) into the fleet store, with the
    /// trusted keys read now; all or nothing (playlog::mergeExport).
    playlog::MergeResult mergeUsbExport(const std::filesystem::path& exportFile);
    /// Runs `fn` with the fleet store's lock held (readers open the file themselves).
    void withStoreLocked(const std::function<void()>& fn);
    /// Alerts published (by anyone: console, `signage office alert` through this office),
    /// newest first: id, level, signed wire form, issued, expiry.
    struct AlertRecord {
        std::string id, level, wire, by; // by: console user, "CLI (unix user)", ...
        std::int64_t issuedMs = 0, expiryMs = 0;
    };
    std::vector<AlertRecord> recentAlerts(std::size_t limit);

    struct Impl;

private:
    std::unique_ptr<Impl> _impl;
};

/// Records a published alert in OFFICE_DIR/office.sqlite, where the console lists them:
/// Office::publishAlert and `signage office alert` (another process) both go through it.
void recordAlert(db::Database& officeDb, const fleet::Alert& alert, const std::string& wire, const std::string& by);
/// Opens office.sqlite (schema made when missing) for a process other than the daemon.
db::Database openOfficeDb(const OfficeDir& dir);

} // namespace signage::office
