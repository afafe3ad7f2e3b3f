// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle/ImportJob.h"

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "core/Lang.h"
#include "core/Log.h"

namespace signage::bundle {

namespace fs = std::filesystem;

namespace {
const core::Logger kLog("bundle");
}

std::string progressBannerText(int percent) {
    return core::tr("Đang nạp nội dung… ", "Loading content… ") + std::to_string(percent) + "%";
}

ImportJob::ImportJob(fs::path source, fs::path sourceRoot, ImportOptions options, AfterImport after)
    : _thread([this, source = std::move(source), sourceRoot = std::move(sourceRoot), options = std::move(options),
               after = std::move(after)]() mutable { run(std::move(source), std::move(sourceRoot), std::move(options), std::move(after)); }) {}

ImportJob::~ImportJob() {
    _stop.request_stop();
    if (_thread.joinable()) _thread.join();
}

void ImportJob::run(fs::path source, fs::path sourceRoot, ImportOptions options, AfterImport after) {
    // Import worker thread from here on. It is background work: lower its CPU and disk
    // priority (Linux applies both per thread) so the render and video threads keep
    // their frame times; the import just takes a little longer. Failures are harmless.
    pid_t tid = static_cast<pid_t>(::syscall(SYS_gettid));
    ::setpriority(PRIO_PROCESS, static_cast<id_t>(tid), 10);
    constexpr int kIoprioWhoProcess = 1, kIoprioClassBestEffort = 2, kIoprioClassShift = 13;
    ::syscall(SYS_ioprio_set, kIoprioWhoProcess, tid, (kIoprioClassBestEffort << kIoprioClassShift) | 7);
    options.stop = _stop.get_token();
    options.progress = [this](const Progress& p) {
        int permille = static_cast<int>(p.fraction * 1000.0);
        // Monotonic for the banner even when a directory import moves to its next candidate.
        if (permille > _permille.load(std::memory_order_relaxed)) _permille.store(permille, std::memory_order_relaxed);
        _phase.store(p.phase, std::memory_order_relaxed);
    };
    kLog.info("importing " + source.string());
    ImportResult result = importBundle(source, options);
    if (result.ok())
        kLog.info(result.message());
    else
        kLog.warn(result.message());
    if (after && result.reason != Reason::Cancelled) {
        try {
            after(result, sourceRoot);
        } catch (const std::exception& e) {
            kLog.error(std::string("after-import hook: ") + e.what());
        }
    }
    _result = std::move(result);
    if (_result.ok()) _permille.store(1000, std::memory_order_relaxed);
    _phase.store(Phase::Done, std::memory_order_relaxed);
    _finished.store(true, std::memory_order_release);
}

std::string ImportJob::bannerText() const {
    if (const ImportResult* r = result()) return r->message();
    return progressBannerText(percent());
}

} // namespace signage::bundle
