// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "playlog/Chain.h"

using namespace signage::playlog;

namespace {
StartLink sample() {
    StartLink l;
    l.seq = 7;
    l.at = LinkTime{"boot-a", 1754089200000, 5000, true};
    l.play.site = "cho-hong-an";
    l.play.playlist = "chinh";
    l.play.item = "khong_chuyen_khoan";
    l.play.plannedStartMs = 1754089200000;
    return l;
}
} // namespace

TEST(Chain, EveryFieldChangesTheHash) {
    Hash prev{};
    Hash base = chainHash(prev, sample());
    auto changed = [&](auto mutate) {
        StartLink l = sample();
        mutate(l);
        return chainHash(prev, l) != base;
    };
    EXPECT_TRUE(changed([](StartLink& l) { l.seq = 8; }));
    EXPECT_TRUE(changed([](StartLink& l) { l.at.boot = "boot-b"; }));
    EXPECT_TRUE(changed([](StartLink& l) { l.at.wallMs += 1; }));
    EXPECT_TRUE(changed([](StartLink& l) { l.at.monoMs += 1; }));
    EXPECT_TRUE(changed([](StartLink& l) { l.at.synced = false; }));
    EXPECT_TRUE(changed([](StartLink& l) { l.play.item = "khong_dau_tu"; }));
    EXPECT_TRUE(changed([](StartLink& l) { l.play.plannedStartMs.reset(); }));
    EXPECT_TRUE(changed([](StartLink& l) { l.play.interrupt = true; }));
    // Length prefixes: moving a character between adjacent fields is a change too.
    EXPECT_TRUE(changed([](StartLink& l) {
        l.play.site = "cho-hong-a";
        l.play.bundle = "n";
    }));
    Hash other{};
    other[0] = 1;
    EXPECT_NE(chainHash(other, sample()), base);
    EXPECT_EQ(chainHash(prev, sample()), base); // and it is deterministic
}

TEST(Chain, GenesisBindsBoxKeyAndLog) {
    PublicKey k1{}, k2{};
    k2[0] = 1;
    LogId u1{}, u2{};
    u2[5] = 9;
    auto g = genesisHash("box-1", k1, u1);
    EXPECT_NE(g, genesisHash("box-2", k1, u1));
    EXPECT_NE(g, genesisHash("box-1", k2, u1));
    EXPECT_NE(g, genesisHash("box-1", k1, u2));
}
