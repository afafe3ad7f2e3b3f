// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Media files for the media tests, made with the ffmpeg CLI at test time and cached in
// the build tree (each test runs as its own process under CTest; generating once keeps
// the suite fast). Every clip encodes its frame number in the picture so tests can
// check order: 8 columns across the top half, column i white when bit i is set; the
// bottom half is white on "flash" frames.
#include <cstdint>
#include <filesystem>
#include <string>

namespace signage::test {

/// Generates (once) a file from ffmpeg arguments placed between `ffmpeg -y` and the
/// output path; the name carries the extension. Fails the calling test when ffmpeg fails.
std::filesystem::path makeMedia(const std::string& name, const std::string& ffmpegArgs);

/// ffmpeg -f lavfi input for a 320x240 counting picture of `seconds` at `fps`, flashing
/// on frames where N % 15 == 7 (every 0.5 s at 30 fps, starting at 7/30 s).
std::string countingVideoInput(double seconds, int fps = 30, int width = 320, int height = 240);
/// 1 kHz clicks of 20 ms aligned with the flashes above, stereo 48 kHz.
std::string clickAudioInput(double seconds);
/// A 440 Hz sine, stereo 48 kHz.
std::string sineAudioInput(double seconds);

// Ready-made clips (H.264 with B-frames, AAC).
std::filesystem::path countedClip();       // 3 s, video + clicks
std::filesystem::path countedVideoOnly();  // 3 s, no audio
std::filesystem::path oneSecondClip();     // 1 s, video + clicks
std::filesystem::path longClip();          // 10 s, video only (read-ahead cannot hold it all)
std::filesystem::path sineMp3();           // 1 s MP3

/// Frame number written into a luma plane by countingVideoInput (-1 when unreadable).
int readFrameCode(const std::uint8_t* luma, int pitch, int width, int height);
/// True when the bottom half is white.
bool readFlash(const std::uint8_t* luma, int pitch, int width, int height);

/// Copies `from` to `to` keeping only the first `fraction` of its bytes.
void truncateCopy(const std::filesystem::path& from, const std::filesystem::path& to, double fraction);
/// Copies `from` to `to` with bytes between fractions `start` and `end` replaced by noise.
void corruptCopy(const std::filesystem::path& from, const std::filesystem::path& to, double start, double end);

} // namespace signage::test
