// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/PacketQueues.h"

#include <algorithm>

namespace signage::media {

PacketQueues::PacketQueues(LaneLimits video, LaneLimits audio) {
    _lanes[0].limits = video;
    _lanes[1].limits = audio;
    for (auto& q : _lanes) q.limits.packets = std::max<std::size_t>(1, q.limits.packets);
}

bool PacketQueues::hasRoom(const Queue& q, const Queue& other) {
    if (q.items.size() >= q.limits.packets) return false;
    if (q.items.empty() || q.bytes < q.limits.bytes) return true;
    return other.waiting > 0 && other.items.empty();
}

bool PacketQueues::push(Lane l, PacketItem item) {
    std::unique_lock lock(_mutex);
    Queue& q = lane(l);
    const Queue& o = other(l);
    _changed.wait(lock, [&] { return _closed || hasRoom(q, o); });
    if (_closed) return false;
    q.bytes += item.bytes();
    q.items.push_back(std::move(item));
    lock.unlock();
    _changed.notify_all();
    return true;
}

std::optional<PacketItem> PacketQueues::pop(Lane l) {
    std::unique_lock lock(_mutex);
    Queue& q = lane(l);
    if (q.items.empty() && !_closed) {
        // A demuxer held back by the other lane's byte bound may go on now (see push).
        ++q.waiting;
        _changed.notify_all();
        _changed.wait(lock, [&] { return _closed || !q.items.empty(); });
        --q.waiting;
    }
    if (q.items.empty()) return std::nullopt;
    PacketItem item = std::move(q.items.front());
    q.items.pop_front();
    q.bytes -= item.bytes();
    lock.unlock();
    _changed.notify_all();
    return item;
}

void PacketQueues::close() {
    {
        std::lock_guard lock(_mutex);
        _closed = true;
    }
    _changed.notify_all();
}

std::size_t PacketQueues::packets(Lane l) const {
    std::lock_guard lock(_mutex);
    return _lanes[static_cast<int>(l)].items.size();
}

std::size_t PacketQueues::bytes(Lane l) const {
    std::lock_guard lock(_mutex);
    return _lanes[static_cast<int>(l)].bytes;
}

} // namespace signage::media
