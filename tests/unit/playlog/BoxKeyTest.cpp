// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>

#include "playlog/BoxKey.h"
#include "support/TempDir.h"

using namespace signage::playlog;

TEST(BoxKey, IsCreatedPrivateOnceAndReloadedTheSame) {
    signage::test::TempDir dir;
    auto file = dir.path() / "data" / "box.key";
    auto a = BoxKey::loadOrCreate(file);
    struct stat st {};
    ASSERT_EQ(::stat(file.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600);
    auto b = BoxKey::loadOrCreate(file);
    EXPECT_EQ(a.publicKey(), b.publicKey());
    auto sig = a.sign("xin chào");
    EXPECT_TRUE(verifySignature(b.publicKey(), "xin chào", sig));
    EXPECT_FALSE(verifySignature(b.publicKey(), "xin chao", sig));
    EXPECT_FALSE(verifySignature(BoxKey::generate().publicKey(), "xin chào", sig));
}

TEST(BoxKey, MalformedFileIsAnErrorNamingIt) {
    signage::test::TempDir dir;
    auto file = dir.write("box.key", "seed=zz\n");
    try {
        BoxKey::loadOrCreate(file);
        FAIL();
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find(file.string()), std::string::npos);
    }
}

TEST(BoxKey, HexRoundTrips) {
    std::array<std::uint8_t, 4> in{0x00, 0x7f, 0xa5, 0xff}, out{};
    EXPECT_EQ(toHex(in), "007fa5ff");
    EXPECT_TRUE(fromHex("007FA5ff", out));
    EXPECT_EQ(in, out);
    EXPECT_FALSE(fromHex("007fa5", out));
    EXPECT_FALSE(fromHex("007fa5fg", out));
}
