// SPDX-License-Identifier: GPL-3.0-or-later
// The forgeries an operator who holds the box (and box.key) can try, and what catches
// each: checkpoints cosigned by the office, verify deciding from contents, trust bits.
#include <gtest/gtest.h>

#include "PlayLogTestUtil.h"
#include "core/Lang.h"
#include "db/Database.h"
#include "playlog/AuditDb.h"
#include "playlog/Checkpoint.h"
#include "playlog/Export.h"
#include "playlog/LinkReader.h"
#include "playlog/Merge.h"
#include "playlog/Verifier.h"
#include "playlog/Witness.h"
#include "support/TempDir.h"

using namespace signage;
using namespace signage::playlog;
using namespace signage::playlog::test;

namespace {
std::int64_t count(db::Database& db, const std::string& sql) {
    auto st = db.prepare(sql);
    return st.step() ? st.columnInt(0) : -1;
}

/// Appends `n` completed plays to the box log in `dir` (a new run of the player).
void play(const std::filesystem::path& dir, int n, std::int64_t start, std::uint8_t untrusted = 0) {
    auto time = std::make_shared<ManualTimeSource>(start, "boot-1");
    auto o = options(dir, time);
    o.untrusted = untrusted;
    PlayLog log(o);
    for (int i = 0; i < n; ++i) {
        auto t = log.playStarted(signage::playlog::test::play(i % 2 ? "khong_chuyen_khoan" : "phai_to_giac"));
        time->advance(15000);
        log.playEnded(t, {Outcome::Completed});
    }
}

ExportResult exportBox(const std::filesystem::path& dir, const std::filesystem::path& out, std::int64_t now) {
    return exportLog(dir / "playlog.sqlite", BoxKey::load(dir / "box.key"), out, now);
}

std::string joined(const std::vector<std::string>& v) {
    std::string s;
    for (auto& x : v) s += x + "\n";
    return s;
}

struct Office {
    BoxKey key = BoxKey::generate();
    OfficeWitness witness{&key, "phuong-hong-an"};
};
} // namespace

TEST(Checkpoint, IsASignedNoteInTheC2spShapeAndTheCosignatureVerifies) {
    auto box = BoxKey::generate();
    Checkpoint cp{"box-1", {}, 42, {}, 3, kCampaignStart};
    cp.uid[0] = 0xab;
    cp.root[31] = 7;
    auto note = signCheckpoint(cp, box);
    std::string text = note.text();
    // origin, size, base64 root hash, extensions, blank line, "— name base64(id ‖ sig)"
    EXPECT_EQ(text.rfind("canhbao-signage/playlog/box-1/ab000000000000000000000000000000\n42\n", 0), 0u) << text;
    EXPECT_NE(text.find("\n\n\xE2\x80\x94 box-1 "), std::string::npos) << text;
    std::string error;
    auto parsed = parseNote(text, error);
    ASSERT_TRUE(parsed) << error;
    auto back = parseCheckpoint(parsed->body, error);
    ASSERT_TRUE(back) << error;
    EXPECT_EQ(*back, cp);
    EXPECT_TRUE(hasValidSignature(*parsed, "box-1", box.publicKey()));
    EXPECT_FALSE(hasValidSignature(*parsed, "box-1", BoxKey::generate().publicKey()));

    Office office;
    cosign(*parsed, office.key, office.witness.name, 1754100000);
    EXPECT_EQ(validCosignature(*parsed, office.witness.name, office.key.publicKey()), 1754100000);
    auto reparsed = parseNote(parsed->text(), error);
    ASSERT_TRUE(reparsed) << error;
    EXPECT_EQ(validCosignature(*reparsed, office.witness.name, office.key.publicKey()), 1754100000);
    // A changed size breaks both signatures.
    reparsed->body.replace(reparsed->body.find("\n42\n"), 4, "\n43\n");
    EXPECT_FALSE(hasValidSignature(*reparsed, "box-1", box.publicKey()));
    EXPECT_FALSE(validCosignature(*reparsed, office.witness.name, office.key.publicKey()));
}

TEST(Witness, ARewrittenTailIsCaughtOnceTheOfficeHasCosigned) {
    core::setLang(core::Lang::En);
    signage::test::TempDir tmp;
    auto dir = tmp.path() / "box";
    play(dir, 4, kCampaignStart);
    Office office;
    auto audit = openAuditDatabase(tmp.path() / "audit.sqlite");
    auto e1 = exportBox(dir, tmp.path() / "1.signage-log", kCampaignStart + 3600000);
    ASSERT_TRUE(e1.checkpoint);
    EXPECT_EQ(e1.checkpoint->cp.number, 1);
    TrustedKeys trusted{{e1.info.boxId, e1.info.key}};
    auto r1 = mergeExport(audit, e1.file, trusted, 1, {}, &office.witness);
    ASSERT_TRUE(r1.ok) << r1.error;
    ASSERT_TRUE(r1.cosigned);
    EXPECT_EQ(count(audit, "SELECT count(*) FROM checkpoints WHERE cosigned_ms IS NOT NULL"), 1);

    // The operator rewrites a play before the checkpoint and re-chains everything after it.
    {
        db::Database db(dir / "playlog.sqlite");
        auto id = db.prepare("SELECT id FROM names WHERE text='khong_chuyen_khoan'");
        ASSERT_TRUE(id.step());
        auto names = std::to_string(id.columnInt(0));
        db.exec("UPDATE plays SET played_ms=150000 WHERE item=" + names);
        // Re-chain: recompute every hash (what someone with the source and box.key can do).
        LogStore store(db);
        auto log = store.logs().at(0);
        // Rebuild by reading links and rewriting hashes in seq order.
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
            const char* sql = std::holds_alternative<StartLink>(s.link)  ? "UPDATE plays SET hash=?1 WHERE id=?2"
                              : std::holds_alternative<EndLink>(s.link)  ? "UPDATE plays SET end_hash=?1 WHERE id=?2"
                              : std::holds_alternative<EventLink>(s.link) ? "UPDATE events SET hash=?1 WHERE id=?2"
                                                                          : "UPDATE touch_checks SET hash=?1 WHERE id=?2";
            auto st = db.prepare(sql);
            st.bindBlob(1, h.data(), h.size()).bind(2, s.rowId);
            st.step();
        }
        db.exec("DELETE FROM checkpoints"); // and hides the checkpoint it signed before
    }
    // On the box alone the rewritten log verifies: that is what the warning says.
    auto onBox = verifyFile(dir / "playlog.sqlite");
    EXPECT_TRUE(onBox.ok) << joined(onBox.problems);
    EXPECT_NE(unwitnessedWarning().find("cosigned"), std::string::npos);

    auto e2 = exportBox(dir, tmp.path() / "2.signage-log", kCampaignStart + 7200000);
    auto againstOffice = verifyFile(e2.file, {}, &audit);
    EXPECT_FALSE(againstOffice.ok);
    EXPECT_NE(joined(againstOffice.problems).find("does not extend the cosigned checkpoint 1"), std::string::npos)
        << joined(againstOffice.problems);
    auto r2 = mergeExport(audit, e2.file, trusted, 2, {}, &office.witness);
    EXPECT_FALSE(r2.ok);
    EXPECT_NE(r2.error.find("does not extend"), std::string::npos) << r2.error;
    // The refusal is kept in the office store and shown by verify.
    EXPECT_EQ(count(audit, "SELECT count(*) FROM witness_findings WHERE kind='not_extending'"), 1);
    auto v = verifyFile(tmp.path() / "audit.sqlite");
    EXPECT_NE(joined(v.warnings).find("does not extend"), std::string::npos) << joined(v.warnings);

    core::setLang(core::Lang::Vi);
    auto vi = verifyFile(e2.file, {}, &audit);
    EXPECT_NE(joined(vi.problems).find("không nối tiếp"), std::string::npos) << joined(vi.problems);
}

TEST(Witness, ANewLogForAKnownBoxAndAGapAreReported) {
    core::setLang(core::Lang::En);
    signage::test::TempDir tmp;
    auto dir = tmp.path() / "box";
    play(dir, 2, kCampaignStart);
    Office office;
    auto audit = openAuditDatabase(tmp.path() / "audit.sqlite");
    auto e1 = exportBox(dir, tmp.path() / "1.signage-log", kCampaignStart + 1000);
    TrustedKeys trusted{{e1.info.boxId, e1.info.key}};
    ASSERT_TRUE(mergeExport(audit, e1.file, trusted, 1, {}, &office.witness).ok);

    // Two exports that never reach the office, then one that does: checkpoints 2 and 3 are a gap.
    play(dir, 1, kCampaignStart + 100000);
    exportBox(dir, tmp.path() / "lost2.signage-log", kCampaignStart + 200000);
    exportBox(dir, tmp.path() / "lost3.signage-log", kCampaignStart + 300000);
    auto e4 = exportBox(dir, tmp.path() / "4.signage-log", kCampaignStart + 400000);
    EXPECT_EQ(e4.checkpoint->cp.number, 4);
    auto r4 = mergeExport(audit, e4.file, trusted, 2, {}, &office.witness);
    ASSERT_TRUE(r4.ok) << r4.error;
    ASSERT_EQ(r4.findings.size(), 1u);
    EXPECT_EQ(r4.findings[0].kind, WitnessFinding::Kind::Gap);
    EXPECT_NE(r4.findings[0].message.find("checkpoints 2…3"), std::string::npos) << r4.findings[0].message;

    // The operator deletes the log and starts afresh: a new log id for a known box.
    std::filesystem::remove(dir / "playlog.sqlite");
    std::filesystem::remove(dir / "playlog.sqlite-wal");
    std::filesystem::remove(dir / "playlog.sqlite-shm");
    play(dir, 3, kCampaignStart + 500000);
    auto e5 = exportBox(dir, tmp.path() / "5.signage-log", kCampaignStart + 600000);
    auto r5 = mergeExport(audit, e5.file, trusted, 3, {}, &office.witness);
    ASSERT_TRUE(r5.ok) << r5.error;
    ASSERT_EQ(r5.findings.size(), 1u);
    EXPECT_EQ(r5.findings[0].kind, WitnessFinding::Kind::NewLog);
    EXPECT_NE(r5.findings[0].message.find("new log id"), std::string::npos);
    auto v = verifyFile(tmp.path() / "audit.sqlite");
    EXPECT_TRUE(v.ok) << joined(v.problems);
    EXPECT_NE(joined(v.warnings).find("new log id"), std::string::npos) << joined(v.warnings);
    EXPECT_NE(joined(v.warnings).find("never reached the office"), std::string::npos) << joined(v.warnings);
}

TEST(Witness, VerifyDecidesFromContentsNotFromMetaRoleAndCatchesAnExtraLog) {
    core::setLang(core::Lang::En);
    signage::test::TempDir tmp;
    play(tmp.path() / "a", 2, kCampaignStart);
    play(tmp.path() / "b", 5, kCampaignStart);
    auto e = exportBox(tmp.path() / "a", tmp.path() / "a.signage-log", kCampaignStart + 1000);

    // Flip the role and drop nothing else: the signature must still be checked.
    auto relabelled = tmp.path() / "relabelled.signage-log";
    std::filesystem::copy_file(e.file, relabelled);
    {
        db::Database db(relabelled);
        db.exec("UPDATE meta SET value='box' WHERE key='role'");
        db.exec("UPDATE export_info SET value='1' WHERE key='head_seq'");
    }
    auto v = verifyFile(relabelled);
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.kind, "export");
    EXPECT_NE(joined(v.problems).find("signature is not valid"), std::string::npos) << joined(v.problems);

    // An extra log (another box's rows, chained correctly) smuggled into a signed export.
    auto forged = tmp.path() / "forged.signage-log";
    std::filesystem::copy_file(e.file, forged);
    {
        db::Database db(forged);
        db.exec("ATTACH '" + (tmp.path() / "b" / "playlog.sqlite").string() + "' AS b");
        db.exec("INSERT INTO logs(id, box_id, public_key, log_uid, created_ms) SELECT 99, 'box-a', public_key, log_uid, created_ms FROM b.logs");
        db.exec("INSERT INTO names(text) SELECT text FROM b.names WHERE text NOT IN (SELECT text FROM names)");
    }
    v = verifyFile(forged);
    EXPECT_FALSE(v.ok);
    EXPECT_NE(joined(v.problems).find("extra log"), std::string::npos) << joined(v.problems);
}

TEST(Untrusted, PlaysOnAVirtualClockAreMarkedHashedAndNeverCounted) {
    signage::test::TempDir tmp;
    auto dir = tmp.path() / "box";
    play(dir, 4, kCampaignStart);                                 // real
    play(dir, 6, kCampaignStart + 600000, kUntrustedVirtualClock); // a --clock-speed run
    {
        db::Database db(dir / "playlog.sqlite");
        EXPECT_EQ(count(db, "SELECT count(*) FROM plays WHERE trust=1"), 6);
    }
    EXPECT_TRUE(verifyFile(dir / "playlog.sqlite").ok);
    {
        // The mark is part of the chain: clearing it is an edit verify names.
        db::Database db(dir / "playlog.sqlite");
        db.exec("UPDATE plays SET trust=0 WHERE id=(SELECT max(id) FROM plays)");
    }
    EXPECT_FALSE(verifyFile(dir / "playlog.sqlite").ok);
    {
        db::Database db(dir / "playlog.sqlite");
        db.exec("UPDATE plays SET trust=1 WHERE id=(SELECT max(id) FROM plays)");
    }
    auto a = AuditDb::open(dir / "playlog.sqlite");
    Filter f{localTime(kCampaignStart, a.utcOffsetMin()).day, localTime(kCampaignStart, a.utcOffsetMin()).day, {}, {}};
    Totals t;
    for (auto& [k, v] : a.aggregate(f, {})) t.add(v);
    EXPECT_EQ(t.plays, 4);
    auto apart = a.untrusted(f);
    ASSERT_EQ(apart.size(), 1u);
    EXPECT_EQ(apart[kUntrustedVirtualClock], 6);
    core::setLang(core::Lang::Vi);
    EXPECT_EQ(untrustedLabel(kUntrustedVirtualClock | kUntrustedDevMode), "đồng hồ ảo, chế độ phát triển");
    core::setLang(core::Lang::En);
    EXPECT_EQ(untrustedLabel(kUntrustedUnsignedContent), "unsigned content");
}

TEST(Damage, OneDamagedRowStillExportsTheVerifiedPartWithASignedStatement) {
    core::setLang(core::Lang::En);
    signage::test::TempDir tmp;
    auto dir = tmp.path() / "box";
    play(dir, 10, kCampaignStart);
    std::int64_t badSeq;
    {
        db::Database db(dir / "playlog.sqlite");
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        badSeq = count(db, "SELECT seq FROM plays ORDER BY seq LIMIT 1 OFFSET 5");
        db.exec("UPDATE plays SET wall_ms=wall_ms+16 WHERE seq=" + std::to_string(badSeq));
    }
    auto e = exportBox(dir, tmp.path() / "d.signage-log", kCampaignStart + 86400000);
    ASSERT_TRUE(e.info.damage);
    EXPECT_EQ(e.info.damage->firstBadSeq, badSeq);
    EXPECT_GT(e.info.damage->linksLeftOut, 0);
    EXPECT_EQ(e.info.headSeq, badSeq - 1);
    auto v = verifyFile(e.file);
    EXPECT_TRUE(v.ok) << joined(v.problems);
    EXPECT_NE(joined(v.warnings).find("damaged from seq " + std::to_string(badSeq)), std::string::npos) << joined(v.warnings);
    // The statement is signed: changing it breaks the export.
    auto edited = tmp.path() / "edited.signage-log";
    std::filesystem::copy_file(e.file, edited);
    { db::Database(edited).exec("UPDATE export_info SET value='0' WHERE key='damage_links_left_out'"); }
    EXPECT_FALSE(verifyFile(edited).ok);
    auto audit = openAuditDatabase(tmp.path() / "audit.sqlite");
    auto r = mergeExport(audit, e.file, TrustedKeys{{e.info.boxId, e.info.key}}, 1);
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_NE(joined(r.warnings).find("damaged"), std::string::npos);
    EXPECT_EQ(r.linksAdded, badSeq - 1);
}

TEST(Damage, AMalformedDatabaseIsBadInputNamingWhereItBroke) {
    core::setLang(core::Lang::En);
    signage::test::TempDir tmp;
    auto junk = tmp.write("junk.sqlite", std::string(8192, 'x'));
    auto v = verifyFile(junk);
    EXPECT_FALSE(v.ok);
    ASSERT_FALSE(v.problems.empty());
    EXPECT_NE(v.problems[0].find("junk.sqlite"), std::string::npos) << v.problems[0];
}

TEST(Witness, StoredFindingsAreCodesRenderedInTheReadersLanguage) {
    signage::test::TempDir tmp;
    auto office = openAuditDatabase(tmp.path() / "audit.sqlite");
    LogInfo log;
    log.boxId = "box-a";
    core::setLang(core::Lang::En); // the merge runs in English
    WitnessFinding gap{WitnessFinding::Kind::Gap, "box-a", {}, "undelivered", {{"from", "2"}, {"to", "3"}}};
    gap.message = renderFinding(gap);
    EXPECT_NE(gap.message.find("checkpoints 2…3 signed by the box"), std::string::npos) << gap.message;
    storeFindings(office, {gap}, "3.signage-log", 1);
    // A row an older program stored as words is shown as it was.
    office.exec("INSERT INTO witness_findings(box_id, kind, detail, source, found_ms) "
                "VALUES('box-a', 'gap', 'old words', 'old.signage-log', 1)");
    EXPECT_EQ(count(office, "SELECT count(*) FROM witness_findings WHERE detail LIKE '%never reached%'"), 0)
        << "codes and parameters are stored, not the words";

    core::setLang(core::Lang::Vi);
    auto vi = storedFindings(office);
    ASSERT_EQ(vi.size(), 2u);
    EXPECT_EQ(vi[0].message, "3.signage-log: điểm kiểm 2…3 do máy ký (khi xuất hoặc khi cắm USB) chưa từng đến phường "
                             "(có lần xuất không được nộp)");
    EXPECT_EQ(vi[0].code, "undelivered");
    EXPECT_EQ(vi[0].param("to"), "3");
    EXPECT_EQ(vi[1].message, "old.signage-log: old words");
    core::setLang(core::Lang::En);
    auto en = storedFindings(office);
    EXPECT_EQ(en[0].message,
              "3.signage-log: checkpoints 2…3 signed by the box (at an export or a USB visit) never reached "
              "the office (logs that were not delivered)");
    core::setLang(core::Lang::Vi);
}
