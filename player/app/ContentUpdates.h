// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Staff update a box with a USB stick or by dropping a bundle in DATA_DIR/inbox. This
// watches for bundles (bundle::InboxWatcher: inotify and mount notifications, its own
// thread), imports one at a time on a worker (bundle::ImportJob), loads the new content
// on a worker, and hands it to the render thread, which swaps it in at an item boundary.
// The banner ("Đang nạp nội dung… 45%", "Đã cập nhật: …" or why it was refused) is
// what staff see on the screen. Render thread: poll(), banner(); the rest is internal.
#include <atomic>
#include <filesystem>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "playback/ContentSource.h"
#include "core/BoundedQueue.h"
#include "core/Clock.h"
#include "core/Log.h"

namespace signage::bundle {
class ImportJob;
class InboxWatcher;
struct FoundBundle;
struct ImportResult;
} // namespace signage::bundle

namespace signage::app {

using playback::LoadedContent;

class ContentUpdates {
public:
    /// `afterImport` runs on the import worker after each import (the play-log export to
    /// the stick); `wake` makes the render loop call poll() soon. Both any thread.
    using AfterImport = std::function<void(const bundle::ImportResult&, const std::filesystem::path& sourceRoot)>;
    ContentUpdates(std::filesystem::path dataDir, const core::Clock& clock, std::function<void()> wake,
                   AfterImport afterImport = {});
    ~ContentUpdates();

    /// Who this box is ([box] id and site of signage.toml), checked against each bundle's
    /// [target]: a bundle for other boxes or sites is refused, and so is any targeted
    /// bundle while both are empty. Call before start().
    void setBox(std::string boxId, std::string site);
    /// Signed alerts found on a stick or in the inbox go to `fn` with their bytes, on the
    /// watcher's thread (must not block: the fleet agent queues them and checks them
    /// exactly like an MQTT alert): bundles of kind alert (bundle/AlertBundle.h, verified
    /// here like any bundle first: a refused one is logged and the box plays on) and loose
    /// *.alert files. Inbox files are removed once read; a stick is left as it is. Call
    /// before start().
    using AlertFileFn = std::function<void(const std::string& wire, const std::filesystem::path& file)>;
    void onAlertFile(AlertFileFn fn) { _onAlertFile = std::move(fn); }
    /// Where USB sticks are looked for (bundle::InboxWatcher::Options; tests point these at a
    /// fake mount table). Call before start().
    void setUsbMounts(std::filesystem::path mountInfo, std::vector<std::filesystem::path> mountRoots) {
        _mountInfo = std::move(mountInfo);
        _mountRoots = std::move(mountRoots);
    }
    /// Starts watching the inbox and USB mounts. Logs and carries on if watching fails.
    void start();
    /// Render thread, once per loop turn: starts queued imports and returns the new
    /// content once it is installed and loaded (nullptr otherwise). Never blocks.
    std::shared_ptr<LoadedContent> poll();
    /// The banner text to show now (empty: none).
    std::string banner() const;
    /// When the banner changes next (progress steps, hiding the result); nullopt: never.
    std::optional<core::SteadyMs> nextBannerChange() const;
    /// Import results worth recording: "content-import" events (render thread drains).
    std::optional<std::string> takeEvent();

private:
    bool takeAlerts(const bundle::FoundBundle& found); // watcher thread: true when nothing is left to import
    std::filesystem::path _dataDir;
    const core::Clock& _clock;
    std::function<void()> _wake;
    AfterImport _afterImport;
    AlertFileFn _onAlertFile;
    std::optional<std::filesystem::path> _mountInfo; // unset: the watcher's defaults
    std::vector<std::filesystem::path> _mountRoots;
    std::string _boxId, _site; // set before start(), read by the render thread only
    core::Logger _log{"content"};

    struct Found {
        std::filesystem::path bundle, sourceRoot; // the inbox file or the stick's mount point
    };
    core::BoundedQueue<Found> _found{16};                      // watcher thread -> render thread
    std::unique_ptr<bundle::InboxWatcher> _watcher;
    std::unique_ptr<bundle::ImportJob> _job;                    // render thread owns
    std::future<std::shared_ptr<LoadedContent>> _loading;      // loads the installed content
    std::string _resultText;                                   // shown after the job
    core::SteadyMs _resultUntil = 0;
    std::optional<std::string> _event;
};

} // namespace signage::app
