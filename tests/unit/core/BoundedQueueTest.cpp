// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <thread>

#include "core/BoundedQueue.h"

using signage::core::BoundedQueue;

TEST(BoundedQueue, RefusesWhenFullAndDrainsInOrder) {
    BoundedQueue<int> q(2);
    EXPECT_TRUE(q.tryPush(1));
    EXPECT_TRUE(q.tryPush(2));
    EXPECT_FALSE(q.tryPush(3));
    EXPECT_EQ(q.tryPop(), 1);
    EXPECT_EQ(q.tryPop(), 2);
    EXPECT_EQ(q.tryPop(), std::nullopt);
}

TEST(BoundedQueue, CloseWakesAWaitingConsumer) {
    BoundedQueue<int> q(1);
    std::thread closer([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        q.close();
    });
    EXPECT_EQ(q.pop(), std::nullopt);
    closer.join();
    EXPECT_FALSE(q.tryPush(1));
}

TEST(BoundedQueue, PopForTimesOut) {
    BoundedQueue<int> q(1);
    EXPECT_EQ(q.popFor(std::chrono::milliseconds(5)), std::nullopt);
}
