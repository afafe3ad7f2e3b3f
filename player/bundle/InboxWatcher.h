// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Notices new bundles without polling: inotify on DATA_DIR/inbox, and the kernel's
// mount-table notification (poll() on /proc/self/mountinfo) for USB sticks mounted under
// /media, /mnt or /run/media. Runs on its own thread, which sleeps in poll() until
// something happens; found bundles are reported through a callback on that thread (hand
// them to the app's queue; start an ImportJob from there).
#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "bundle/Fd.h"

namespace signage::bundle {

struct FoundBundle {
    enum class Origin { Inbox, Usb };
    Origin origin = Origin::Inbox;
    std::filesystem::path path;       // Inbox: the bundle file. Usb: the mount point (import it as a directory).
    std::filesystem::path sourceRoot; // the inbox or the mount point (for ImportJob's after-import hook)
};

/// Signed alerts carried by USB (a bundle of kind alert: `signage office alert --usb`):
/// DIR/*.alert and DIR/signage/*.alert, sorted. The inbox watcher reports inbox ones too.
std::vector<std::filesystem::path> findAlertFiles(const std::filesystem::path& dir);

class InboxWatcher {
public:
    struct Options {
        std::filesystem::path inboxDir; // created if missing
        std::vector<std::filesystem::path> mountRoots{"/media", "/mnt", "/run/media"};
        std::filesystem::path mountInfo = "/proc/self/mountinfo"; // empty: no USB watching
        /// Quiet time after the last write to a dropped file before it is reported, so a
        /// bundle still being copied (and its .minisig arriving after it) is not taken early.
        std::chrono::milliseconds settle{1000};
        bool reportExisting = true; // report what is already there at start (a stick left in at boot)
    };
    using OnFound = std::function<void(const FoundBundle&)>;

    InboxWatcher(Options options, OnFound onFound);
    ~InboxWatcher();
    InboxWatcher(const InboxWatcher&) = delete;
    InboxWatcher& operator=(const InboxWatcher&) = delete;

    /// Sets up the watches and starts the thread. Throws std::system_error.
    void start();
    /// Wakes the thread and joins it. Idempotent.
    void stop();

private:
    using Clock = std::chrono::steady_clock;
    struct Seen {
        std::int64_t size = -1, mtime = 0, sigMtime = 0;
        bool operator==(const Seen&) const = default;
    };

    void run();
    void onInotify();
    void onMountsChanged(bool initial);
    void schedule(const std::filesystem::path& bundle, Clock::time_point when);
    void reportDue();
    int pollTimeoutMs() const;

    Options _options;
    OnFound _onFound;
    UniqueFd _inotify, _mounts, _wake;
    // Watcher thread only:
    std::map<std::filesystem::path, Clock::time_point> _pending; // inbox bundle → when to report
    std::map<std::filesystem::path, Seen> _reported;
    std::set<std::filesystem::path> _knownMounts;
    std::thread _thread;
};

} // namespace signage::bundle
