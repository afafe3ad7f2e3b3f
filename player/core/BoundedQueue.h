// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A bounded multi-producer multi-consumer queue between threads (mpv/LÖVE style):
// producers never grow memory without limit; the consumer can wait with a timeout.
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace signage::core {

template <typename T>
class BoundedQueue {
public:
    explicit BoundedQueue(size_t capacity) : _capacity(capacity) {}

    /// Adds without waiting; false when full or closed (the caller decides what to drop).
    bool tryPush(T value) {
        {
            std::lock_guard lock(_mutex);
            if (_closed || _items.size() >= _capacity) return false;
            _items.push_back(std::move(value));
        }
        _notEmpty.notify_one();
        return true;
    }

    /// Waits for room; false if the queue was closed meanwhile.
    bool push(T value) {
        std::unique_lock lock(_mutex);
        _notFull.wait(lock, [&] { return _closed || _items.size() < _capacity; });
        if (_closed) return false;
        _items.push_back(std::move(value));
        lock.unlock();
        _notEmpty.notify_one();
        return true;
    }

    std::optional<T> tryPop() {
        std::unique_lock lock(_mutex);
        if (_items.empty()) return std::nullopt;
        return popLocked(lock);
    }

    /// Waits up to `timeout` for an item; nullopt on timeout or when closed and drained.
    template <typename Rep, typename Period>
    std::optional<T> popFor(std::chrono::duration<Rep, Period> timeout) {
        std::unique_lock lock(_mutex);
        if (!_notEmpty.wait_for(lock, timeout, [&] { return _closed || !_items.empty(); })) return std::nullopt;
        if (_items.empty()) return std::nullopt;
        return popLocked(lock);
    }

    /// Waits for an item; nullopt once closed and drained.
    std::optional<T> pop() {
        std::unique_lock lock(_mutex);
        _notEmpty.wait(lock, [&] { return _closed || !_items.empty(); });
        if (_items.empty()) return std::nullopt;
        return popLocked(lock);
    }

    /// Wakes every waiter; later pushes fail; pops drain what is left.
    void close() {
        {
            std::lock_guard lock(_mutex);
            _closed = true;
        }
        _notEmpty.notify_all();
        _notFull.notify_all();
    }

    void clear() {
        {
            std::lock_guard lock(_mutex);
            _items.clear();
        }
        _notFull.notify_all();
    }

    size_t size() const {
        std::lock_guard lock(_mutex);
        return _items.size();
    }
    size_t capacity() const { return _capacity; }
    bool closed() const {
        std::lock_guard lock(_mutex);
        return _closed;
    }

private:
    std::optional<T> popLocked(std::unique_lock<std::mutex>& lock) {
        T value = std::move(_items.front());
        _items.pop_front();
        lock.unlock();
        _notFull.notify_one();
        return value;
    }

    const size_t _capacity;
    mutable std::mutex _mutex; // guards _items and _closed
    std::condition_variable _notEmpty, _notFull;
    std::deque<T> _items;
    bool _closed = false;
};

} // namespace signage::core
