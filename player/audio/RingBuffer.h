// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A single-producer single-consumer ring of float samples, lock-free (the consumer is the
// audio device callback, which must never wait on a lock the decoder holds).
// Producer: one decode thread. Consumer: one mixing thread (SDL callback or null pump).
#include <atomic>
#include <cstddef>
#include <vector>

namespace signage::audio {

class RingBuffer {
public:
    explicit RingBuffer(std::size_t capacitySamples);

    /// Producer side: copies up to `count` samples; returns how many fitted.
    std::size_t write(const float* data, std::size_t count);
    /// Consumer side: copies up to `count` samples out; returns how many were there.
    std::size_t read(float* out, std::size_t count);
    /// Consumer side: drops everything queued.
    void discardAll();

    std::size_t available() const; // samples readable now
    std::size_t freeSpace() const; // samples writable now
    std::size_t capacity() const { return _buffer.size() - 1; }

private:
    std::vector<float> _buffer;        // one slot stays empty to tell full from empty
    std::atomic<std::size_t> _head{0}; // next write index (producer owns)
    std::atomic<std::size_t> _tail{0}; // next read index (consumer owns)
};

} // namespace signage::audio
