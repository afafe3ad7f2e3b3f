// SPDX-License-Identifier: GPL-3.0-or-later
#include "speech/WavReader.h"

#include <cstring>

namespace signage::speech {

namespace {
std::uint32_t le32(const std::uint8_t* p) { return p[0] | (p[1] << 8) | (p[2] << 16) | (std::uint32_t(p[3]) << 24); }
std::uint16_t le16(const std::uint8_t* p) { return static_cast<std::uint16_t>(p[0] | (p[1] << 8)); }
constexpr std::size_t kMaxHeader = 4096; // a header longer than this is not espeak's
} // namespace

bool WavReader::parseHeader(std::string* error) {
    // RIFF <size> WAVE, then chunks: "fmt " (format) ... "data" <size> samples.
    if (_pending.size() < 12) return true;
    if (std::memcmp(_pending.data(), "RIFF", 4) != 0 || std::memcmp(_pending.data() + 8, "WAVE", 4) != 0) {
        if (error) *error = "not a WAV stream";
        return false;
    }
    std::size_t at = 12;
    while (at + 8 <= _pending.size()) {
        const std::uint8_t* chunk = _pending.data() + at;
        std::uint32_t size = le32(chunk + 4);
        if (std::memcmp(chunk, "data", 4) == 0) {
            if (!_format) {
                if (error) *error = "WAV data before its format";
                return false;
            }
            _pending.erase(_pending.begin(), _pending.begin() + static_cast<std::ptrdiff_t>(at + 8));
            _inData = true; // the data size is a placeholder while streaming: read to the end
            return true;
        }
        if (at + 8 + size > _pending.size()) break; // the chunk is not complete yet
        if (std::memcmp(chunk, "fmt ", 4) == 0) {
            if (size < 16 || le16(chunk + 8) != 1 || le16(chunk + 22) != 16) {
                if (error) *error = "only 16-bit PCM WAV is read";
                return false;
            }
            WavFormat f;
            f.channels = le16(chunk + 10);
            f.sampleRate = static_cast<int>(le32(chunk + 12));
            if (f.channels < 1 || f.channels > 8 || f.sampleRate < 1000 || f.sampleRate > 192000) {
                if (error) *error = "unusable WAV format";
                return false;
            }
            _format = f;
        }
        at += 8 + size + (size & 1);
    }
    if (_pending.size() > kMaxHeader) {
        if (error) *error = "WAV header too long";
        return false;
    }
    return true;
}

bool WavReader::feed(const std::uint8_t* data, std::size_t size, std::vector<float>& out, std::string* error) {
    _pending.insert(_pending.end(), data, data + size);
    if (!_inData && !parseHeader(error)) return false;
    if (!_inData) return true;
    std::size_t samples = _pending.size() / 2;
    for (std::size_t i = 0; i < samples; ++i)
        out.push_back(static_cast<float>(static_cast<std::int16_t>(le16(&_pending[i * 2]))) / 32768.0f);
    _pending.erase(_pending.begin(), _pending.begin() + static_cast<std::ptrdiff_t>(samples * 2));
    return true;
}

} // namespace signage::speech
