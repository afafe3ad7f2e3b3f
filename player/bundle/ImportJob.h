// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One import on its own worker thread, for the player. The render thread polls
// percent()/finished() once per frame (atomics, never blocks) to draw the banner
// "Đang nạp nội dung… 45%", then "Đã cập nhật: <name, version>" or the refusal, and
// swaps the catalog at the next item boundary when the result is Installed.
#include <atomic>
#include <filesystem>
#include <functional>
#include <stop_token>
#include <string>
#include <thread>

#include "bundle/Importer.h"

namespace signage::bundle {

class ImportJob {
public:
    /// "One visit, both ways": runs on the worker thread after every import that was not
    /// cancelled (installed, already installed or refused), with the directory the bundle
    /// came from (the USB stick's mount point, or the inbox). The app wires the play-log
    /// export and the health report here.
    using AfterImport = std::function<void(const ImportResult& result, const std::filesystem::path& sourceRoot)>;

    /// Starts importing `source` (a file or a directory) at once. `options.progress` and
    /// `options.stop` are replaced by the job's own.
    ImportJob(std::filesystem::path source, std::filesystem::path sourceRoot, ImportOptions options, AfterImport after = {});
    /// Cancels (the import cleans up and leaves the old content) and joins.
    ~ImportJob();
    ImportJob(const ImportJob&) = delete;
    ImportJob& operator=(const ImportJob&) = delete;

    /// Asks the import to stop at its next read; any thread.
    void cancel() { _stop.request_stop(); }
    /// 0..100 over the whole import; any thread, lock-free.
    int percent() const { return _permille.load(std::memory_order_relaxed) / 10; }
    Phase phase() const { return _phase.load(std::memory_order_relaxed); }
    bool finished() const { return _finished.load(std::memory_order_acquire); }
    /// The outcome once finished() (immutable from then on); nullptr before.
    const ImportResult* result() const { return finished() ? &_result : nullptr; }
    /// What the banner says now, in the run's language.
    std::string bannerText() const;

private:
    void run(std::filesystem::path source, std::filesystem::path sourceRoot, ImportOptions options, AfterImport after);

    std::atomic<int> _permille{0};
    std::atomic<Phase> _phase{Phase::Verifying};
    std::atomic<bool> _finished{false};
    ImportResult _result; // written by the worker before _finished is set (release)
    std::stop_source _stop;
    std::thread _thread; // last: starts after every field above exists
};

/// "Đang nạp nội dung… 45%" / "Loading content… 45%".
std::string progressBannerText(int percent);

} // namespace signage::bundle
