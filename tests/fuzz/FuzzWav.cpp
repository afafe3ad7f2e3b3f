// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the streaming WAV reader fed by espeak-ng, in uneven chunks.
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "speech/WavReader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    signage::speech::WavReader reader;
    std::vector<float> samples;
    std::string error;
    std::size_t chunk = size ? (data[0] % 61) + 1 : 1;
    for (std::size_t at = 0; at < size; at += chunk) {
        std::size_t n = std::min(chunk, size - at);
        if (!reader.feed(data + at, n, samples, &error)) break;
    }
    return 0;
}
