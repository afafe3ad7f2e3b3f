// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/RingBuffer.h"

#include <algorithm>
#include <cstring>

namespace signage::audio {

RingBuffer::RingBuffer(std::size_t capacitySamples) : _buffer(capacitySamples + 1) {}

std::size_t RingBuffer::available() const {
    const std::size_t head = _head.load(std::memory_order_acquire);
    const std::size_t tail = _tail.load(std::memory_order_acquire);
    return head >= tail ? head - tail : _buffer.size() - tail + head;
}

std::size_t RingBuffer::freeSpace() const { return capacity() - available(); }

std::size_t RingBuffer::write(const float* data, std::size_t count) {
    const std::size_t head = _head.load(std::memory_order_relaxed);
    const std::size_t n = std::min(count, freeSpace());
    const std::size_t first = std::min(n, _buffer.size() - head);
    std::memcpy(_buffer.data() + head, data, first * sizeof(float));
    std::memcpy(_buffer.data(), data + first, (n - first) * sizeof(float));
    _head.store((head + n) % _buffer.size(), std::memory_order_release);
    return n;
}

std::size_t RingBuffer::read(float* out, std::size_t count) {
    const std::size_t tail = _tail.load(std::memory_order_relaxed);
    const std::size_t n = std::min(count, available());
    const std::size_t first = std::min(n, _buffer.size() - tail);
    std::memcpy(out, _buffer.data() + tail, first * sizeof(float));
    std::memcpy(out + first, _buffer.data(), (n - first) * sizeof(float));
    _tail.store((tail + n) % _buffer.size(), std::memory_order_release);
    return n;
}

void RingBuffer::discardAll() { _tail.store(_head.load(std::memory_order_acquire), std::memory_order_release); }

} // namespace signage::audio
