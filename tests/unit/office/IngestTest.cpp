// SPDX-License-Identifier: GPL-3.0-or-later
// Play-log batches into the office store: QoS 1 duplicates and reordered delivery are
// absorbed (nothing lost, nothing counted twice); altered, forged and unenrolled
// batches are refused with a reason.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "db/Database.h"
#include "fleet/LogBatch.h"
#include "office/Ingest.h"
#include "playlog/Merge.h"
#include "support/TempDir.h"
#include "unit/playlog/PlayLogTestUtil.h"

using namespace signage;
using namespace signage::playlog;
using namespace signage::playlog::test;
using signage::office::Ingest;
using Status = signage::office::IngestResult::Status;

namespace {
std::int64_t count(db::Database& db, const std::string& sql) {
    auto st = db.prepare(sql);
    return st.step() ? st.columnInt(0) : -1;
}

/// A box that played `n` items (start + end links each, plus startup/shutdown events).
void makeBox(const std::filesystem::path& dir, const std::string& boxId, int n) {
    auto time = std::make_shared<ManualTimeSource>(kCampaignStart, "boot-" + boxId);
    auto o = options(dir, time);
    o.boxId = boxId;
    PlayLog log(o);
    for (int i = 0; i < n; ++i) {
        auto t = log.playStarted(play(i % 2 ? "khong_chuyen_khoan" : "phai_to_giac"));
        time->advance(15000);
        log.playEnded(t, {Outcome::Completed});
    }
}

/// All of a box's links cut into batches of `size`.
std::vector<fleet::LogBatch> batches(const std::filesystem::path& dir, size_t size) {
    db::Database log(dir / "playlog.sqlite", db::Database::Mode::ReadOnly);
    auto key = BoxKey::load(dir / "box.key");
    std::vector<fleet::LogBatch> out;
    std::int64_t after = 0;
    while (auto b = fleet::readBatch(log, key, after, size, kCampaignStart)) {
        after = b->headSeq;
        // Round trip through the wire format, as the office receives it.
        std::string error;
        auto decoded = fleet::decodeBatch(fleet::encodeBatch(*b), &error);
        EXPECT_TRUE(decoded) << error;
        out.push_back(std::move(*decoded));
    }
    return out;
}

TrustedKeys trust(const std::filesystem::path& dir, const std::string& boxId) {
    return {{boxId, BoxKey::load(dir / "box.key").publicKey()}};
}
} // namespace

TEST(Ingest, ReplayedAndReorderedBatchesAreStoredExactlyOnce) {
    signage::test::TempDir tmp;
    makeBox(tmp.path() / "a", "box-a", 200); // 400 play links + startup + shutdown
    auto all = batches(tmp.path() / "a", 37);
    ASSERT_GE(all.size(), 10u);
    std::int64_t links = all.back().headSeq;

    // What QoS 1 and a reconnecting box can do: every batch twice, some three times, in
    // a shuffled order, some of them arriving one by one and some in groups.
    std::vector<fleet::LogBatch> wire;
    for (size_t i = 0; i < all.size(); ++i) {
        wire.push_back(all[i]);
        wire.push_back(all[i]);
        if (i % 3 == 0) wire.push_back(all[i]);
    }
    std::mt19937 rng(14);
    std::shuffle(wire.begin(), wire.end(), rng);

    auto store = openAuditDatabase(tmp.path() / "office.sqlite");
    Ingest ingest(store, trust(tmp.path() / "a", "box-a"));
    std::int64_t added = 0, ack = 0;
    for (size_t i = 0; i < wire.size();) {
        size_t group = std::min<size_t>(wire.size() - i, 1 + i % 4);
        std::vector<fleet::LogBatch> g(wire.begin() + static_cast<long>(i), wire.begin() + static_cast<long>(i + group));
        for (const auto& r : ingest.apply(std::move(g), kCampaignStart)) {
            EXPECT_NE(r.status, Status::Refused) << r.error;
            EXPECT_GE(r.ackSeq, 0);
            added += r.added;
            ack = std::max(ack, r.ackSeq);
        }
        i += group;
    }
    EXPECT_EQ(added, links);
    EXPECT_EQ(ack, links);
    EXPECT_EQ(ingest.waiting(), 0u);
    EXPECT_EQ(count(store, "SELECT count(*) FROM plays"), 200);
    EXPECT_EQ(count(store, "SELECT count(*) FROM plays WHERE end_seq IS NOT NULL"), 200);
    EXPECT_EQ(count(store, "SELECT count(*) FROM events"), links - 400);

    // The box re-sends everything once more after losing its acks: nothing added.
    for (auto& b : all) EXPECT_EQ(ingest.apply(b, kCampaignStart).status, Status::Duplicate);
    EXPECT_EQ(count(store, "SELECT count(*) FROM plays"), 200);
}

TEST(Ingest, OverlappingBatchesAfterALostAckAddOnlyTheNewRows) {
    signage::test::TempDir tmp;
    makeBox(tmp.path() / "a", "box-a", 30);
    auto small = batches(tmp.path() / "a", 10);
    auto big = batches(tmp.path() / "a", 25); // other cut points: overlaps every small one
    auto store = openAuditDatabase(tmp.path() / "office.sqlite");
    Ingest ingest(store, trust(tmp.path() / "a", "box-a"));
    EXPECT_EQ(ingest.apply(small[0], 1).added, 10);
    auto r = ingest.apply(big[0], 1);
    EXPECT_EQ(r.status, Status::Stored);
    EXPECT_EQ(r.added, 15);
    for (auto& b : small) ingest.apply(b, 1);
    for (auto& b : big) ingest.apply(b, 1);
    EXPECT_EQ(count(store, "SELECT count(*) FROM plays"), 30);
    EXPECT_EQ(ingest.linksStored(), static_cast<std::uint64_t>(small.back().headSeq));
}

TEST(Ingest, AlteredForgedAndUnenrolledBatchesAreRefused) {
    signage::test::TempDir tmp;
    makeBox(tmp.path() / "a", "box-a", 10);
    makeBox(tmp.path() / "b", "box-b", 10);
    auto a = batches(tmp.path() / "a", 100);
    auto b = batches(tmp.path() / "b", 100);
    auto store = openAuditDatabase(tmp.path() / "office.sqlite");
    Ingest ingest(store, trust(tmp.path() / "a", "box-a"));

    auto unenrolled = ingest.apply(b[0], 1);
    EXPECT_EQ(unenrolled.status, Status::Refused);
    EXPECT_NE(unenrolled.error.find("box-b"), std::string::npos) << unenrolled.error;

    // A row changed on the way (the signature covers the head; the chain catches the row).
    auto altered = a[0];
    std::get<StartLink>(altered.links[1].link).play.item = "khong_tham_lam";
    auto r = ingest.apply(altered, 1);
    EXPECT_EQ(r.status, Status::Refused);
    EXPECT_NE(r.error.find("play"), std::string::npos) << r.error;

    // Box b's log presented under box a's name.
    auto impostor = b[0];
    impostor.boxId = "box-a";
    EXPECT_EQ(ingest.apply(impostor, 1).status, Status::Refused);

    // A forged head signature.
    auto forged = a[0];
    forged.signature[0] ^= 1;
    EXPECT_EQ(ingest.apply(forged, 1).status, Status::Refused);

    EXPECT_EQ(count(store, "SELECT count(*) FROM plays"), 0);
    EXPECT_EQ(ingest.apply(a[0], 1).status, Status::Stored);
    EXPECT_EQ(count(store, "SELECT count(*) FROM plays"), 10);
}

namespace {
/// Every plays row (all columns but the row id) and every event, in order, as text.
std::string dump(db::Database& db) {
    std::string out;
    auto st =
        db.prepare("SELECT log, seq, boot, wall_ms, mono_ms, synced, site, bundle, playlist, item, media_hash, rule, "
                   "planned_start_ms, planned_end_ms, interrupt, hex(hash), trust, end_seq, end_wall_ms, end_mono_ms, "
                   "end_synced, played_ms, outcome, reason, hex(end_hash) FROM plays ORDER BY id");
    while (st.step()) {
        for (int c = 0; c < st.columnCount(); ++c)
            out += (st.columnIsNull(c) ? std::string("NULL") : st.columnText(c)) + "|";
        out += "\n";
    }
    auto ev = db.prepare("SELECT log, seq, kind, detail, hex(hash) FROM events ORDER BY id");
    while (ev.step())
        out += ev.columnText(1) + " " + ev.columnText(2) + " " + ev.columnText(3) + " " + ev.columnText(4) + "\n";
    return out;
}
} // namespace

// A start and its end in the same batch are stored as one row (one insert instead of an
// insert and an update): the rows must be exactly those the link-by-link path leaves,
// whatever the cut points, and an end altered on the way still refuses its whole batch.
TEST(Ingest, StartAndEndInOneBatchGiveTheSameRowsAsOneLinkAtATime) {
    signage::test::TempDir tmp;
    makeBox(tmp.path() / "a", "box-a", 40);
    auto keys = trust(tmp.path() / "a", "box-a");
    auto ingestAll = [&](const std::string& name, size_t size) {
        auto store = openAuditDatabase(tmp.path() / name);
        Ingest ingest(store, keys);
        for (auto& b : batches(tmp.path() / "a", size)) EXPECT_EQ(ingest.apply(b, 1).status, Status::Stored);
        return dump(store);
    };
    const std::string oneByOne = ingestAll("one.sqlite", 1);               // never both links in a batch
    EXPECT_EQ(std::count(oneByOne.begin(), oneByOne.end(), '\n'), 40 + 2); // 40 plays, startup and shutdown events
    EXPECT_EQ(ingestAll("all.sqlite", 500), oneByOne);                     // every play in one batch
    EXPECT_EQ(ingestAll("odd.sqlite", 7), oneByOne);                       // some plays cut between two batches
    EXPECT_EQ(ingestAll("pairs.sqlite", 2), oneByOne);

    // The end link of a play whose start is in the same batch, changed on the way.
    auto store = openAuditDatabase(tmp.path() / "altered.sqlite");
    Ingest ingest(store, keys);
    auto all = batches(tmp.path() / "a", 500);
    ASSERT_EQ(all.size(), 1u);
    auto altered = all[0];
    auto end = std::find_if(altered.links.begin(), altered.links.end(),
                            [](const StoredLink& l) { return std::holds_alternative<EndLink>(l.link); });
    ASSERT_NE(end, altered.links.end());
    std::get<EndLink>(end->link).playedMs += 1000;
    auto r = ingest.apply(altered, 1);
    EXPECT_EQ(r.status, Status::Refused);
    EXPECT_NE(r.error.find("(end, seq"), std::string::npos) << r.error; // names the altered end link
    EXPECT_EQ(count(store, "SELECT count(*) FROM plays"), 0);           // the start written with it is rolled back too
    EXPECT_EQ(ingest.apply(all[0], 1).status, Status::Stored);
    EXPECT_EQ(dump(store), oneByOne);
}

TEST(LogBatch, TruncatedOrGarbledBytesAreRejectedWithAReason) {
    signage::test::TempDir tmp;
    makeBox(tmp.path() / "a", "box-a", 3);
    auto a = batches(tmp.path() / "a", 100);
    std::string bytes = fleet::encodeBatch(a[0]);
    std::string error;
    for (size_t cut : {size_t{0}, size_t{3}, size_t{50}, bytes.size() - 1}) {
        EXPECT_FALSE(fleet::decodeBatch(std::string_view(bytes).substr(0, cut), &error)) << cut;
        EXPECT_FALSE(error.empty());
    }
    EXPECT_FALSE(fleet::decodeBatch(bytes + "x", &error));
    EXPECT_TRUE(fleet::decodeBatch(bytes, &error));
}
