// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a media file holds, as probeMedia() reports it (no FFmpeg types: app/ and
// content validation may include this).
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/Duration.h"

namespace signage::media {

struct StreamInfo {
    enum class Kind { Video, Audio, Subtitle, Other };
    int index = -1;
    Kind kind = Kind::Other;
    std::string codec;        // FFmpeg codec name: "h264", "hevc", "aac", "none" when unknown
    bool decodable = false;   // a decoder exists in this FFmpeg build
    bool attachedPicture = false; // cover art inside an audio file, not a video
    int width = 0, height = 0;    // video
    double fps = 0;               // video, average frame rate when known
    std::string pixelFormat;      // video: "yuv420p", "nv12", ...
    int sampleRate = 0, channels = 0; // audio
    std::optional<core::Millis> duration;
};

struct MediaInfo {
    std::filesystem::path file;
    std::string container;                  // "mov,mp4,m4a,3gp,3g2,mj2", "matroska,webm", "mp3", ...
    std::optional<core::Millis> duration;   // nullopt when unknown (live streams, broken headers)
    bool durationEstimated = false;         // guessed from the bit rate (VBR MP3 without a header)
    std::int64_t bitRate = 0;
    std::vector<StreamInfo> streams;
    int videoStream = -1; // the stream played as video (no cover art), -1 when none
    int audioStream = -1; // the stream played as audio, -1 when none
    /// Things worth a log line that do not stop playback ("extension .mp4 but the content is matroska").
    std::vector<std::string> warnings;

    const StreamInfo* video() const { return videoStream < 0 ? nullptr : &streams[static_cast<size_t>(videoStream)]; }
    const StreamInfo* audio() const { return audioStream < 0 ? nullptr : &streams[static_cast<size_t>(audioStream)]; }
};

/// What the item that plays the file needs from it.
enum class MediaUse {
    Any,   // just describe it (validate, render)
    Video, // a `video` item: needs a video stream (audio optional)
    Audio  // an `audio` item: needs an audio stream (video ignored)
};

/// Largest picture accepted: 8K UHD area (7680x4320), either orientation, side ≤ 8192.
inline constexpr int kMaxSide = 8192;
inline constexpr std::int64_t kMaxPixels = 7680LL * 4320LL;

/// Opens the file, reads its headers and checks it can be played for `use`: duration,
/// streams, codec names, sizes. nullopt and `error` (Vietnamese or English per core::lang(),
/// naming the file) when it is missing, empty, truncated, corrupt, not media, uses a codec
/// without a decoder, is larger than 8K, is a still image, or lacks the stream `use` needs.
/// Never blocks longer than about 3 s (a FIFO or a hung mount fails with a timeout).
std::optional<MediaInfo> probeMedia(const std::filesystem::path& file, std::string& error,
                                    MediaUse use = MediaUse::Any);

/// One line for logs: "h264 1920x1080 30 fps + aac 48000 Hz 2 ch, 30.0 s (mov,mp4,...)".
std::string describe(const MediaInfo& info);

} // namespace signage::media
