// SPDX-License-Identifier: GPL-3.0-or-later
// media::PacketQueues: the demuxer's packet queues, bounded in packets and in bytes.
#include <gtest/gtest.h>

#include <chrono>
#include <future>

#include "media/PacketQueues.h"

using namespace signage::media;
using namespace std::chrono_literals;

namespace {

PacketItem packetOf(int bytes) {
    PacketItem item{makePacket()};
    if (av_new_packet(item.packet.get(), bytes) < 0) throw std::bad_alloc();
    return item;
}

// A push that has not returned after this long is waiting (the queue is full).
constexpr auto kBlocked = 100ms;
// A push that was let through returns well within this (the machine may be loaded).
constexpr auto kLetThrough = 5s;

constexpr std::size_t kKiB = 1024;
constexpr LaneLimits kVideo{8, 1000 * kKiB};
constexpr LaneLimits kAudio{8, 1000 * kKiB};

std::future<bool> pushLater(PacketQueues& q, Lane lane, int bytes) {
    return std::async(std::launch::async, [&q, lane, bytes] { return q.push(lane, packetOf(bytes)); });
}

} // namespace

TEST(PacketQueues, StopsTakingPacketsAtTheByteBoundUntilOneIsTaken) {
    PacketQueues q(kVideo, kAudio);
    for (int i = 0; i < 3; ++i) ASSERT_TRUE(q.push(Lane::Video, packetOf(400 * kKiB))); // 1,200 KiB > 1,000
    EXPECT_EQ(q.bytes(Lane::Video), 1200 * kKiB);
    auto fourth = pushLater(q, Lane::Video, 400 * kKiB);
    EXPECT_EQ(fourth.wait_for(kBlocked), std::future_status::timeout) << "3 of 8 packets, but over the byte bound";
    EXPECT_EQ(q.packets(Lane::Video), 3U);
    // The other lane is not held back by this one.
    EXPECT_TRUE(q.push(Lane::Audio, packetOf(1 * kKiB)));
    auto taken = q.pop(Lane::Video);
    ASSERT_TRUE(taken);
    EXPECT_EQ(taken->bytes(), 400 * kKiB);
    ASSERT_EQ(fourth.wait_for(kLetThrough), std::future_status::ready);
    EXPECT_TRUE(fourth.get());
    EXPECT_EQ(q.packets(Lane::Video), 3U);
    EXPECT_EQ(q.bytes(Lane::Video), 1200 * kKiB);
}

TEST(PacketQueues, APacketLargerThanTheBoundPassesIntoAnEmptyLane) {
    PacketQueues q(kVideo, kAudio);
    EXPECT_TRUE(q.push(Lane::Video, packetOf(3000 * kKiB)));
    auto next = pushLater(q, Lane::Video, 1 * kKiB);
    EXPECT_EQ(next.wait_for(kBlocked), std::future_status::timeout);
    q.pop(Lane::Video);
    ASSERT_EQ(next.wait_for(kLetThrough), std::future_status::ready);
    EXPECT_TRUE(next.get());
}

TEST(PacketQueues, MarkersHoldNoBytes) {
    PacketQueues q(kVideo, kAudio);
    ASSERT_TRUE(q.push(Lane::Video, packetOf(1000 * kKiB)));
    EXPECT_EQ(q.bytes(Lane::Video), 1000 * kKiB);
    PacketItem marker;
    marker.kind = PacketItem::Kind::EndOfStream;
    EXPECT_EQ(marker.bytes(), 0U);
}

TEST(PacketQueues, ALaneOverItsByteBoundGoesOnWhileTheOtherDecoderWaitsEmpty) {
    // A loosely interleaved file: the audio the audio decoder needs comes after more than
    // the byte bound of video. The demuxer must read on, up to the packet bound.
    PacketQueues q(kVideo, kAudio);
    std::future<bool> blocked, ninth;
    std::future<std::optional<PacketItem>> audio;
    // Destroyed first: a failed assertion leaves no thread waiting on the queue forever.
    struct CloseOnExit {
        PacketQueues& q;
        ~CloseOnExit() { q.close(); }
    } closer{q};
    ASSERT_TRUE(q.push(Lane::Video, packetOf(1000 * kKiB)));
    blocked = pushLater(q, Lane::Video, 500 * kKiB);
    ASSERT_EQ(blocked.wait_for(kBlocked), std::future_status::timeout);
    audio = std::async(std::launch::async, [&q] { return q.pop(Lane::Audio); }); // waits: empty
    ASSERT_EQ(blocked.wait_for(kLetThrough), std::future_status::ready) << "audio starved behind the video byte bound";
    EXPECT_TRUE(blocked.get());
    for (int i = 2; i < 8; ++i) EXPECT_TRUE(q.push(Lane::Video, packetOf(500 * kKiB))) << i;
    EXPECT_EQ(q.packets(Lane::Video), 8U);
    ninth = pushLater(q, Lane::Video, 500 * kKiB);
    EXPECT_EQ(ninth.wait_for(kBlocked), std::future_status::timeout) << "the packet bound still holds";
    ASSERT_TRUE(q.push(Lane::Audio, packetOf(1 * kKiB))); // the audio arrives
    ASSERT_EQ(audio.wait_for(kLetThrough), std::future_status::ready);
    EXPECT_TRUE(audio.get());
    q.pop(Lane::Video); // below the packet bound, but over the byte bound, audio no longer waiting
    EXPECT_EQ(ninth.wait_for(kBlocked), std::future_status::timeout);
    q.close();
    ASSERT_EQ(ninth.wait_for(kLetThrough), std::future_status::ready);
    EXPECT_FALSE(ninth.get());
}

TEST(PacketQueues, CloseWakesWaitersAndPopsDrainWhatIsLeft) {
    PacketQueues q(kVideo, kAudio);
    auto waiting = std::async(std::launch::async, [&q] { return q.pop(Lane::Video); });
    EXPECT_EQ(waiting.wait_for(kBlocked), std::future_status::timeout);
    ASSERT_TRUE(q.push(Lane::Audio, packetOf(10)));
    q.close();
    ASSERT_EQ(waiting.wait_for(kLetThrough), std::future_status::ready);
    EXPECT_FALSE(waiting.get());
    EXPECT_FALSE(q.push(Lane::Audio, packetOf(10)));
    EXPECT_TRUE(q.pop(Lane::Audio));
    EXPECT_FALSE(q.pop(Lane::Audio));
}
