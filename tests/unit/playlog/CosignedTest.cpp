// SPDX-License-Identifier: GPL-3.0-or-later
// The way back of the witness: the office's cosignature travels to the box on the stick,
// the box checks and keeps it, and from then on verify on the box itself catches a log
// that no longer extends the cosigned checkpoint. Forged, foreign and unknown-key
// cosignatures are refused and leave the log as it was.
#include <gtest/gtest.h>

#include <fstream>

#include "PlayLogTestUtil.h"
#include "core/Lang.h"
#include "db/Database.h"
#include "playlog/Cosigned.h"
#include "playlog/Export.h"
#include "playlog/LinkReader.h"
#include "playlog/Merge.h"
#include "playlog/RecentEvents.h"
#include "playlog/Verifier.h"
#include "support/TempDir.h"

using namespace signage;
using namespace signage::playlog;
using namespace signage::playlog::test;

namespace {
namespace fs = std::filesystem;

std::int64_t count(db::Database& db, const std::string& sql) {
    auto st = db.prepare(sql);
    return st.step() ? st.columnInt(0) : -1;
}

void play(const fs::path& dir, int n, std::int64_t start) {
    auto time = std::make_shared<ManualTimeSource>(start, "boot-1");
    PlayLog log(options(dir, time));
    for (int i = 0; i < n; ++i) {
        auto t = log.playStarted(signage::playlog::test::play(i % 2 ? "khong_chuyen_khoan" : "phai_to_giac"));
        time->advance(15000);
        log.playEnded(t, {Outcome::Completed});
    }
}

std::string joined(const std::vector<std::string>& v) {
    std::string s;
    for (auto& x : v) s += x + "\n";
    return s;
}

// What someone holding box.key and the source can do: change a play, recompute every hash.
void rewriteAndRechain(const fs::path& dbFile) {
    db::Database db(dbFile);
    db.exec("UPDATE plays SET played_ms=150000 WHERE id=(SELECT min(id) FROM plays)");
    LogStore store(db);
    auto log = store.logs().at(0);
    std::vector<std::pair<StoredLink, Hash>> links;
    {
        LinkReader reader(db, log.id);
        Hash h = genesisHash(log.boxId, log.key, log.uid);
        while (auto s = reader.next()) {
            h = chainHash(h, s->link);
            links.push_back({*s, h});
        }
    }
    for (auto& [s, h] : links) {
        const char* sql = std::holds_alternative<StartLink>(s.link)   ? "UPDATE plays SET hash=?1 WHERE id=?2"
                          : std::holds_alternative<EndLink>(s.link)   ? "UPDATE plays SET end_hash=?1 WHERE id=?2"
                          : std::holds_alternative<EventLink>(s.link) ? "UPDATE events SET hash=?1 WHERE id=?2"
                                                                      : "UPDATE touch_checks SET hash=?1 WHERE id=?2";
        auto st = db.prepare(sql);
        st.bindBlob(1, h.data(), h.size()).bind(2, s.rowId);
        st.step();
    }
}

struct Fixture {
    signage::test::TempDir tmp;
    fs::path box = tmp.path() / "box";
    fs::path stick = tmp.path() / "stick" / "SIGNAGE-LOGS";
    BoxKey officeKey = BoxKey::generate();
    OfficeWitness witness{&officeKey, "phuong-hong-an"};
    db::Database audit = openAuditDatabase(tmp.path() / "audit.sqlite");
    ExportResult exported;
    std::optional<SignedNote> cosigned;

    Fixture() {
        play(box, 4, kCampaignStart);
        fs::create_directories(stick);
        exported = exportLog(box / "playlog.sqlite", BoxKey::load(box / "box.key"), stick, kCampaignStart + 3600000);
        TrustedKeys trusted{{exported.info.boxId, exported.info.key}};
        auto r = mergeExport(audit, exported.file, trusted, kCampaignStart + 7200000, {}, &witness);
        EXPECT_TRUE(r.ok) << r.error;
        cosigned = r.cosigned;
    }
    std::int64_t cosignedOnBox() {
        db::Database db(box / "playlog.sqlite", db::Database::Mode::ReadOnly);
        return count(db, "SELECT count(*) FROM checkpoints WHERE cosigned_ms IS NOT NULL");
    }
};
} // namespace

TEST(Cosigned, TheBoxKeepsTheOfficesCosignatureAndVerifyChecksTheLogStillExtendsIt) {
    core::setLang(core::Lang::En);
    Fixture f;
    ASSERT_TRUE(f.cosigned);
    std::string error;
    auto cp = parseCheckpoint(f.cosigned->body, error);
    ASSERT_TRUE(cp) << error;
    auto file = writeCosignedNote(f.stick, *cp, *f.cosigned);
    EXPECT_EQ(file.filename().string(), "box-hong-an-01_checkpoint-1.cosigned.note");

    // Before the visit: nothing cosigned on the box, verify says so.
    auto before = verifyFile(f.box / "playlog.sqlite");
    ASSERT_TRUE(before.ok) << joined(before.problems);
    ASSERT_EQ(before.logs.size(), 1u);
    EXPECT_FALSE(before.logs[0].lastCosigned);

    auto r = importCosignatures(f.box / "playlog.sqlite", f.stick, {f.officeKey.publicKey()});
    ASSERT_EQ(r.size(), 1u);
    EXPECT_EQ(r[0].status, CosignImport::Status::Imported) << r[0].why;
    EXPECT_EQ(r[0].number, 1);
    EXPECT_EQ(r[0].office, "phuong-hong-an");
    EXPECT_EQ(f.cosignedOnBox(), 1);
    // A second visit with the same stick adds nothing.
    auto again = importCosignatures(f.box / "playlog.sqlite", f.stick, {f.officeKey.publicKey()});
    ASSERT_EQ(again.size(), 1u);
    EXPECT_EQ(again[0].status, CosignImport::Status::AlreadyKnown) << again[0].why;

    // The player keeps recording: the log still extends the cosigned checkpoint.
    play(f.box, 2, kCampaignStart + 8000000);
    auto after = verifyFile(f.box / "playlog.sqlite");
    ASSERT_TRUE(after.ok) << joined(after.problems);
    ASSERT_TRUE(after.logs[0].lastCosigned);
    EXPECT_EQ(after.logs[0].lastCosigned->cp.number, 1);
    EXPECT_TRUE(after.logs[0].extendsCosigned);
    EXPECT_EQ(after.logs[0].witnessedUpTo, cp->size);
    EXPECT_GT(after.logs[0].head.seq, cp->size);

    // The staff menu's glance shows its date.
    auto glance = glanceAtLog(f.box / "playlog.sqlite", 5);
    ASSERT_TRUE(glance.lastCosigned);
    EXPECT_EQ(glance.lastCosigned->number, 1);
    EXPECT_EQ(glance.lastCosigned->createdMs, kCampaignStart + 3600000);

    // The operator rewrites a play before it and re-chains: on the box alone this used to
    // verify; now the cosigned checkpoint the box holds catches it.
    rewriteAndRechain(f.box / "playlog.sqlite");
    auto forged = verifyFile(f.box / "playlog.sqlite");
    EXPECT_FALSE(forged.ok);
    EXPECT_FALSE(forged.logs[0].extendsCosigned);
    EXPECT_NE(joined(forged.problems).find("no longer extends checkpoint 1"), std::string::npos)
        << joined(forged.problems);
    core::setLang(core::Lang::Vi);
    auto vi = verifyFile(f.box / "playlog.sqlite");
    EXPECT_NE(joined(vi.problems).find("không còn nối tiếp điểm kiểm 1"), std::string::npos) << joined(vi.problems);
}

TEST(Cosigned, UnknownKeysOtherBoxesAndCheckpointsTheLogLacksAreRefused) {
    core::setLang(core::Lang::En);
    Fixture f;
    ASSERT_TRUE(f.cosigned);
    std::string error;
    auto cp = *parseCheckpoint(f.cosigned->body, error);
    const auto trusted = f.officeKey.publicKey();
    auto boxKey = BoxKey::load(f.box / "box.key");

    // 1. The right checkpoint, cosigned by a key the box does not trust.
    {
        SignedNote n = signCheckpoint(cp, boxKey);
        cosign(n, BoxKey::generate(), "phuong-gia", kCampaignStart / 1000);
        std::ofstream(f.stick / "a_checkpoint-1.cosigned.note") << n.text();
    }
    // 2. Another box's checkpoint, cosigned by the trusted office key.
    {
        Checkpoint other = cp;
        other.boxId = "box-cho-02";
        auto otherKey = BoxKey::generate();
        SignedNote n = signCheckpoint(other, otherKey);
        cosign(n, f.officeKey, "phuong-hong-an", kCampaignStart / 1000);
        std::ofstream(f.stick / "b_checkpoint-1.cosigned.note") << n.text();
    }
    // 3. A checkpoint of this box the log does not contain (another root), box-signed and cosigned.
    {
        Checkpoint made = cp;
        made.number = 7;
        made.root[0] ^= 0xff;
        SignedNote n = signCheckpoint(made, boxKey);
        cosign(n, f.officeKey, "phuong-hong-an", kCampaignStart / 1000);
        std::ofstream(f.stick / "c_checkpoint-7.cosigned.note") << n.text();
    }
    // 4. Not a note at all.
    std::ofstream(f.stick / "d.cosigned.note") << "hello\n";

    auto r = importCosignatures(f.box / "playlog.sqlite", f.stick, {trusted});
    ASSERT_EQ(r.size(), 4u);
    for (const auto& x : r) EXPECT_EQ(x.status, CosignImport::Status::Refused) << x.file << ": " << x.why;
    EXPECT_NE(r[0].why.find("unknown office key (phuong-gia)"), std::string::npos) << r[0].why;
    EXPECT_NE(r[1].why.find("another box (box-cho-02)"), std::string::npos) << r[1].why;
    EXPECT_NE(r[2].why.find("a checkpoint this log does not contain (checkpoint 7"), std::string::npos) << r[2].why;
    EXPECT_NE(r[3].why.find("not a signed checkpoint"), std::string::npos) << r[3].why;
    EXPECT_EQ(f.cosignedOnBox(), 0);

    // No office key configured: even the office's real cosignature is refused, saying why.
    writeCosignedNote(f.stick, cp, *f.cosigned);
    auto none = importCosignatures(f.box / "playlog.sqlite", f.stick, {});
    bool said = false;
    for (const auto& x : none) said = said || x.why.find("[box] office_keys") != std::string::npos;
    EXPECT_TRUE(said);
    EXPECT_EQ(f.cosignedOnBox(), 0);
    core::setLang(core::Lang::Vi);
}
