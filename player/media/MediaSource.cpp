// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/MediaSource.h"

#include <set>

#include "core/Lang.h"
#include "core/Log.h"
#include "media/SourceShared.h"

namespace signage::media {

namespace {
// Never destroyed, like the registry below: a worker left detached on a stuck read can
// return after main() (a FIFO opened at exit, a mount that comes back) and still log.
const core::Logger& kLog = *new core::Logger("media");
// Packet queues: at most about 3 s of 30 fps video and 4 s of AAC, so a file whose audio
// and video are interleaved loosely does not starve one decoder while the other is full;
// while both decoders have data, about 1 s of 8 Mbit/s video is read ahead (the byte bound:
// 1 MiB instead of up to 3 MB at 8 Mbit/s and 10 MB at 25; see PacketQueues.h).
constexpr LaneLimits kVideoPackets{96, 1 << 20};
constexpr LaneLimits kAudioPackets{192, 1 << 20};
// How long the destructor waits for workers before detaching one stuck in I/O.
constexpr auto kJoinGrace = std::chrono::milliseconds(300);

// Files with a worker left stuck in I/O (a FIFO, a hung mount) that has not returned:
// a new source for one of them fails at once instead of leaving one more stuck thread
// each time a playlist loops over it. Any thread. Never destroyed: a detached worker's
// mark is released whenever its read returns, which may be during the process's exit
// (ASan saw the erase below reach a destroyed set).
std::mutex& gStuckMutex = *new std::mutex;
std::set<std::string>& gStuckFiles = *new std::set<std::string>; // guarded by gStuckMutex

bool fileIsStuck(const std::filesystem::path& file) {
    std::lock_guard lock(gStuckMutex);
    return gStuckFiles.count(file.string()) > 0;
}

std::shared_ptr<void> markStuck(const std::filesystem::path& file) {
    std::lock_guard lock(gStuckMutex);
    gStuckFiles.insert(file.string());
    return std::shared_ptr<void>(nullptr, [name = file.string()](void*) {
        std::lock_guard released(gStuckMutex);
        gStuckFiles.erase(name);
    });
}
} // namespace

SourceShared::SourceShared(SourceOptions o)
    : options(std::move(o)), packets(kVideoPackets, kAudioPackets),
      frames(std::max<std::size_t>(1, options.frameQueue)) {}

std::int64_t SourceShared::nowNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void SourceShared::stop() {
    stopping.store(true);
    interrupt.abort.store(true);
    packets.close();
    frames.close();
    if (options.audio) options.audio->close();
    changed.notify_all();
}

void SourceShared::fail(const std::string& reason) {
    {
        std::lock_guard lock(mutex);
        if (!failure.empty() || stopping.load()) return;
        failure = reason;
        failedFlag.store(true);
    }
    kLog.warn(reason);
    stop();
}

MediaSource::MediaSource(SourceOptions options) : _shared(std::make_shared<SourceShared>(std::move(options))) {
    auto& s = *_shared;
    const auto now = SourceShared::nowNs();
    s.videoProgressNs.store(now);
    s.audioProgressNs.store(now);
    if (fileIsStuck(s.options.file)) {
        s.fail(fileError(s.options.file, core::tr("lần mở trước vẫn treo (FIFO hay ổ treo?)",
                                            "an earlier open is still stuck (a FIFO or a hung mount?)")));
        std::lock_guard lock(s.mutex);
        s.openDone = true;
        return; // no threads: nothing more to leave behind
    }
    std::lock_guard lock(s.mutex);
    s.running = s.options.audio ? 3 : 2;
    s.threads.emplace_back(demuxMain, _shared);
    s.threads.emplace_back(videoMain, _shared);
    if (s.options.audio) s.threads.emplace_back(audioMain, _shared);
}

MediaSource::~MediaSource() {
    auto& s = *_shared;
    s.stop();
    std::unique_lock lock(s.mutex);
    const bool done = s.changed.wait_for(lock, kJoinGrace, [&] { return s.running == 0; });
    auto threads = std::move(s.threads);
    if (!done) s.stuckMark = markStuck(s.options.file); // guarded like the rest of s
    lock.unlock();
    for (auto& t : threads) {
        if (done) {
            t.join();
        } else {
            // Stuck in a read the kernel does not interrupt: let it finish on its own; it
            // holds its own reference to the shared state.
            t.detach();
        }
    }
    if (!done) kLog.warn(s.options.file.string() + ": a worker is stuck in I/O; left running detached");
}

bool MediaSource::waitOpened(std::chrono::milliseconds timeout) const {
    auto& s = *_shared;
    std::unique_lock lock(s.mutex);
    s.changed.wait_for(lock, timeout, [&] { return s.openDone || !s.failure.empty(); });
    return s.opened && s.failure.empty();
}

bool MediaSource::waitFrame(std::chrono::milliseconds timeout) const {
    auto& s = *_shared;
    std::unique_lock lock(s.mutex);
    s.changed.wait_for(lock, timeout, [&] {
        return s.frames.size() > 0 || s.videoEof || !s.failure.empty() || (s.openDone && !s.opened) ||
               (s.opened && s.videoIndex < 0);
    });
    return s.frames.size() > 0;
}

bool MediaSource::opened() const {
    std::lock_guard lock(_shared->mutex);
    return _shared->opened;
}

const MediaInfo& MediaSource::info() const { return _shared->info; }

bool MediaSource::hasVideo() const {
    std::lock_guard lock(_shared->mutex);
    return _shared->opened && _shared->videoIndex >= 0;
}

bool MediaSource::hasAudio() const {
    std::lock_guard lock(_shared->mutex);
    return _shared->opened && _shared->audioIndex >= 0;
}

std::string MediaSource::decoderDescription() const {
    std::lock_guard lock(_shared->mutex);
    std::string d = _shared->videoDecoder;
    if (!_shared->conversion.empty()) d += ", " + _shared->conversion;
    if (!_shared->audioDecoder.empty()) d += (d.empty() ? "" : " + ") + _shared->audioDecoder;
    return d;
}

void MediaSource::start() {
    // The preroll may have waited for a long time: the watchdog counts from now.
    _shared->touchVideo();
    _shared->touchAudio();
    {
        std::lock_guard lock(_shared->mutex);
        _shared->started = true;
    }
    _shared->changed.notify_all();
}

std::optional<DecodedFrame> MediaSource::popFrame() { return _shared->frames.tryPop(); }

void MediaSource::reportLateness(int lateMs) { _shared->videoLateMs.store(std::max(0, lateMs)); }

std::int64_t MediaSource::skippedFrames() const { return _shared->skippedFrames.load(); }

std::size_t MediaSource::queuedFrames() const { return _shared->frames.size(); }

bool MediaSource::videoDrained() const {
    std::lock_guard lock(_shared->mutex);
    return _shared->videoEof && _shared->frames.size() == 0;
}

bool MediaSource::audioDecoded() const {
    std::lock_guard lock(_shared->mutex);
    return _shared->audioEof;
}

void MediaSource::checkWatchdog(bool waitingForVideo, bool waitingForAudio) {
    auto& s = *_shared;
    if (s.failedFlag.load()) return;
    const std::int64_t limitNs = std::chrono::duration_cast<std::chrono::nanoseconds>(s.options.watchdog).count();
    const std::int64_t now = SourceShared::nowNs();
    bool openDone, videoEof, audioEof;
    {
        std::lock_guard lock(s.mutex);
        openDone = s.openDone;
        videoEof = s.videoEof;
        audioEof = s.audioEof;
    }
    if (!openDone) return; // opening has its own deadline
    if (waitingForVideo && !videoEof && s.frames.size() == 0 && now - s.videoProgressNs.load() > limitNs) {
        fail(fileError(s.options.file, core::tr("giải mã hình bị treo: không có khung hình mới trong ",
                                               "video decoding stalled: no new frame for ") +
                                           std::to_string(s.options.watchdog.count()) + " ms"));
    } else if (waitingForAudio && !audioEof && now - s.audioProgressNs.load() > limitNs) {
        fail(fileError(s.options.file, core::tr("giải mã tiếng bị treo: không có âm thanh mới trong ",
                                               "audio decoding stalled: no new sound for ") +
                                           std::to_string(s.options.watchdog.count()) + " ms"));
    }
}

bool MediaSource::failed() const { return _shared->failedFlag.load(); }

std::string MediaSource::failureReason() const {
    std::lock_guard lock(_shared->mutex);
    return _shared->failure;
}

void MediaSource::fail(const std::string& reason) { _shared->fail(reason); }

} // namespace signage::media
