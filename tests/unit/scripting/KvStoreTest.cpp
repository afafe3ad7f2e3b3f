// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "scripting/KvStore.h"
#include "support/TempDir.h"

using namespace signage::scripting;

namespace {

TEST(KvStore, PersistsAcrossInstances) {
    signage::test::TempDir dir;
    auto file = dir.path() / "plugins" / "clock" / "kv.sqlite";
    {
        KvStore kv(file, {});
        EXPECT_EQ(kv.set("city", std::string("Mỹ Tho")), KvStore::SetResult::Ok);
        EXPECT_EQ(kv.set("count", std::int64_t{41}), KvStore::SetResult::Ok);
        EXPECT_EQ(kv.set("ratio", 0.5), KvStore::SetResult::Ok);
        EXPECT_EQ(kv.set("on", true), KvStore::SetResult::Ok);
        EXPECT_EQ(kv.set("gone", std::string("x")), KvStore::SetResult::Ok);
        EXPECT_TRUE(kv.remove("gone"));
        EXPECT_FALSE(kv.remove("never"));
        EXPECT_EQ(kv.set("count", std::int64_t{42}), KvStore::SetResult::Ok);
    } // destructor writes what is pending
    KvStore again(file, {});
    EXPECT_EQ(std::get<std::string>(*again.get("city")), "Mỹ Tho");
    EXPECT_EQ(std::get<std::int64_t>(*again.get("count")), 42);
    EXPECT_DOUBLE_EQ(std::get<double>(*again.get("ratio")), 0.5);
    EXPECT_TRUE(std::get<bool>(*again.get("on")));
    EXPECT_FALSE(again.get("gone"));
    EXPECT_EQ(again.keys(), (std::vector<std::string>{"city", "count", "on", "ratio"}));
}

TEST(KvStore, QuotaAndLimits) {
    KvLimits limits;
    limits.quotaBytes = 100;
    limits.maxKeyBytes = 10;
    limits.maxValueBytes = 50;
    KvStore kv({}, limits); // memory only
    EXPECT_EQ(kv.set("", std::string("x")), KvStore::SetResult::KeyInvalid);
    EXPECT_EQ(kv.set("k123456789012", std::string("x")), KvStore::SetResult::KeyInvalid);
    EXPECT_EQ(kv.set("k", std::string(51, 'x')), KvStore::SetResult::ValueTooLarge);
    EXPECT_EQ(kv.set("a", std::string(49, 'x')), KvStore::SetResult::Ok); // 50 bytes
    EXPECT_EQ(kv.set("b", std::string(49, 'x')), KvStore::SetResult::Ok); // 100 bytes
    EXPECT_EQ(kv.set("c", std::int64_t{1}), KvStore::SetResult::QuotaExceeded);
    EXPECT_EQ(kv.bytesUsed(), 100u);
    EXPECT_EQ(kv.set("b", std::string(10, 'x')), KvStore::SetResult::Ok) << "replacing frees the old value's bytes";
    EXPECT_EQ(kv.set("c", std::int64_t{1}), KvStore::SetResult::Ok);
    EXPECT_EQ(kv.bytesUsed(), 50u + 11u + 9u);
}

TEST(KvStore, FlushWritesInTheBackground) {
    signage::test::TempDir dir;
    auto file = dir.path() / "kv.sqlite";
    KvStore kv(file, {});
    for (int i = 0; i < 100; ++i) kv.set("k" + std::to_string(i), std::int64_t{i});
    kv.flush();
    EXPECT_EQ(kv.failedWrites(), 0u);
    KvStore reader(file, {});
    EXPECT_EQ(reader.keys().size(), 100u);
}

} // namespace

namespace {
TEST(KvStore, ReadingOnlyCreatesNoFile) {
    signage::test::TempDir dir;
    auto file = dir.path() / "plugins" / "p" / "kv.sqlite";
    {
        KvStore kv(file, {});
        EXPECT_FALSE(kv.get("x"));
        EXPECT_TRUE(kv.keys().empty());
        kv.flush();
    }
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "plugins")) << "no write, no file";
}
} // namespace
