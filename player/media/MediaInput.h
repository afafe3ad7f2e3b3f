// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Opening a media file (shared by probeMedia, MediaSource and grabFrame): file checks,
// avformat_open_input with an interrupt callback, stream info, and the checks that make
// a bad file fail at once with a clear reason. Internal to media/.
#include <atomic>
#include <chrono>
#include <optional>
#include <string>

#include "media/FfmpegHandles.h"
#include "media/MediaInfo.h"

namespace signage::media {

/// Lets another thread (or a deadline) interrupt FFmpeg's blocking I/O: checked by
/// FFmpeg between reads. Must outlive the format context that points at it.
struct Interrupt {
    std::atomic<bool> abort{false};
    /// steady_clock deadline in ns since epoch of steady_clock; 0 = none. Real time on
    /// purpose: a stuck read is a real-time fault whatever the player's clock does.
    std::atomic<std::int64_t> deadlineNs{0};
    void setDeadline(std::chrono::milliseconds fromNow);
    void clearDeadline() { deadlineNs.store(0); }
    bool fired() const;
};

struct OpenedInput {
    FormatContextPtr format;
    MediaInfo info;
};

/// Opens and checks `file` for `use`. nullopt and a full message ("PATH: reason") on failure.
/// `interrupt` may be null (no way to abort) and must outlive the returned context.
std::optional<OpenedInput> openInput(const std::filesystem::path& file, MediaUse use, Interrupt* interrupt,
                                     std::string& error);

/// "PATH: reason" in the message language.
std::string fileError(const std::filesystem::path& file, const std::string& reason);

} // namespace signage::media
