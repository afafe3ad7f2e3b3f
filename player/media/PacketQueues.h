// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The demux thread's two packet queues (video and audio), each bounded in packets and in
// bytes, under one lock. Internal to media/.
//
// Why bytes: a packet count alone holds 96 video packets, 3 MB at 8 Mbit/s and 10 MB at
// 25 Mbit/s, when about a second of reading ahead is enough for a local file. Why one lock:
// a byte bound alone would stall a loosely interleaved file (its audio lies further on in
// the file than a second of video), so a lane past its byte bound still takes packets while
// the other lane's decoder is waiting on an empty queue; the packet bound stays a hard limit
// (the bound before there was a byte bound).
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>

#include "media/FfmpegHandles.h"

namespace signage::media {

/// A demuxed packet, or a marker telling a decoder the file ended (and, when looping,
/// starts over: timestamps after it are `cycleMs` later).
struct PacketItem {
    enum class Kind { Data, EndOfCycle, EndOfStream };
    PacketPtr packet;
    Kind kind = Kind::Data;
    std::int64_t cycleMs = 0;

    /// What it holds in memory, for the byte bound (markers: 0).
    std::size_t bytes() const { return packet && packet->size > 0 ? static_cast<std::size_t>(packet->size) : 0; }
};

enum class Lane { Video = 0, Audio = 1 };

struct LaneLimits {
    std::size_t packets = 1; // hard bound
    std::size_t bytes = 0;   // soft bound (see push)
};

class PacketQueues {
public:
    PacketQueues(LaneLimits video, LaneLimits audio);

    /// Waits for room in `lane`; false once closed. There is room below the packet bound
    /// when the lane holds less than its byte bound, is empty (one packet larger than the
    /// bound still passes), or the other lane's decoder is waiting on an empty queue.
    bool push(Lane lane, PacketItem item);
    /// Waits for a packet; nullopt once closed and drained.
    std::optional<PacketItem> pop(Lane lane);
    /// Wakes every waiter; later pushes fail; pops drain what is left.
    void close();

    std::size_t packets(Lane lane) const;
    std::size_t bytes(Lane lane) const;

private:
    struct Queue {
        LaneLimits limits;
        std::deque<PacketItem> items;
        std::size_t bytes = 0;
        int waiting = 0; // consumers inside pop() on the empty queue
    };
    static bool hasRoom(const Queue& q, const Queue& other);
    Queue& lane(Lane l) { return _lanes[static_cast<int>(l)]; }
    Queue& other(Lane l) { return _lanes[1 - static_cast<int>(l)]; }

    mutable std::mutex _mutex;        // guards _lanes and _closed
    std::condition_variable _changed; // any push, pop, consumer starting to wait, or close
    Queue _lanes[2];
    bool _closed = false;
};

} // namespace signage::media
