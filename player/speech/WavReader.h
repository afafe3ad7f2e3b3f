// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads the 16-bit PCM WAV that `espeak-ng --stdout` streams: the header first (its size
// fields are placeholders while streaming, 0 or 0x7fffffff), then samples as they come.
// Pure: fed bytes, gives samples. Any thread.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace signage::speech {

struct WavFormat {
    int sampleRate = 0;
    int channels = 0;
};

class WavReader {
public:
    /// Takes the next bytes of the stream; appends the samples they complete (floats
    /// −1..1, interleaved as in the file) to `out`. False with `error` on a malformed header.
    bool feed(const std::uint8_t* data, std::size_t size, std::vector<float>& out, std::string* error);
    /// Known once the header has been read.
    const std::optional<WavFormat>& format() const { return _format; }

private:
    bool parseHeader(std::string* error);

    std::vector<std::uint8_t> _pending; // header bytes, or an odd trailing byte
    std::optional<WavFormat> _format;
    bool _inData = false;
};

} // namespace signage::speech
