// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "PlayLogTestUtil.h"
#include "core/Lang.h"
#include "db/Database.h"
#include "playlog/Export.h"
#include "playlog/Merge.h"
#include "playlog/Verifier.h"
#include "support/TempDir.h"

using namespace signage;
using namespace signage::playlog;
using namespace signage::playlog::test;

namespace {
std::int64_t count(db::Database& db, const std::string& sql) {
    auto st = db.prepare(sql);
    return st.step() ? st.columnInt(0) : -1;
}

/// A box that played `n` items, closed.
void makeBox(const std::filesystem::path& dir, const std::string& boxId, int n, std::int64_t start = kCampaignStart) {
    auto time = std::make_shared<ManualTimeSource>(start, "boot-" + boxId);
    auto o = options(dir, time);
    o.boxId = boxId;
    PlayLog log(o);
    for (int i = 0; i < n; ++i) {
        auto t = log.playStarted(play(i % 2 ? "khong_chuyen_khoan" : "phai_to_giac"));
        time->advance(15000);
        log.playEnded(t, {Outcome::Completed});
    }
}

/// The keys an office enrolled: the boxes of these exports.
TrustedKeys trustOf(std::initializer_list<const ExportResult*> exports) {
    TrustedKeys keys;
    for (auto* e : exports) keys[e->info.boxId] = e->info.key;
    return keys;
}

ExportResult exportBox(const std::filesystem::path& dir, const std::filesystem::path& out) {
    auto key = BoxKey::load(dir / "box.key");
    return exportLog(dir / "playlog.sqlite", key, out, kCampaignStart + 86400000);
}
} // namespace

TEST(ExportMerge, MergingTheSameExportTwiceAddsNothing) {
    signage::test::TempDir tmp;
    makeBox(tmp.path() / "a", "box-a", 10);
    makeBox(tmp.path() / "b", "box-b", 4);
    auto ea = exportBox(tmp.path() / "a", tmp.path());
    auto eb = exportBox(tmp.path() / "b", tmp.path() / "b.signage-log");
    EXPECT_EQ(ea.file.extension(), ".signage-log");
    EXPECT_EQ(ea.info.boxId, "box-a");
    EXPECT_TRUE(verifyFile(ea.file).ok);

    auto audit = openAuditDatabase(tmp.path() / "audit.sqlite");
    auto trusted = trustOf({&ea, &eb});
    auto r1 = mergeExport(audit, ea.file, trusted, 1);
    auto r2 = mergeExport(audit, eb.file, trusted, 1);
    ASSERT_TRUE(r1.ok) << r1.error;
    ASSERT_TRUE(r2.ok) << r2.error;
    EXPECT_EQ(r1.linksAdded, ea.links);
    EXPECT_EQ(count(audit, "SELECT count(*) FROM plays"), 14);
    EXPECT_EQ(count(audit, "SELECT count(*) FROM imports"), 2);

    auto again = mergeExport(audit, ea.file, trusted, 2);
    ASSERT_TRUE(again.ok) << again.error;
    EXPECT_EQ(again.linksAdded, 0);
    EXPECT_EQ(again.linksAlreadyPresent, ea.links);
    EXPECT_EQ(count(audit, "SELECT count(*) FROM plays"), 14);
    EXPECT_EQ(count(audit, "SELECT count(*) FROM events"), 2 * 2); // startup + shutdown per box
    EXPECT_EQ(count(audit, "SELECT count(*) FROM imports"), 2);
    auto v = verifyFile(tmp.path() / "audit.sqlite");
    EXPECT_TRUE(v.ok) << (v.problems.empty() ? "" : v.problems[0]);
    EXPECT_EQ(v.kind, "audit");
}

TEST(ExportMerge, ALaterExportAddsOnlyNewRowsAndCompletesOpenPlays) {
    signage::test::TempDir tmp;
    auto dir = tmp.path() / "box";
    auto time = std::make_shared<ManualTimeSource>(kCampaignStart, "boot-x");
    auto o = options(dir, time);
    auto audit = openAuditDatabase(tmp.path() / "audit.sqlite");
    {
        PlayLog log(o);
        auto t = log.playStarted(play("dang-phat"));
        ASSERT_TRUE(log.flush(std::chrono::seconds(5)));
        auto e1 = exportBox(dir, tmp.path() / "1.signage-log"); // exported while playing
        auto r1 = mergeExport(audit, e1.file, trustOf({&e1}), 1);
        ASSERT_TRUE(r1.ok) << r1.error;
        EXPECT_EQ(count(audit, "SELECT count(*) FROM plays WHERE outcome=0"), 1);
        time->advance(20000);
        log.playEnded(t, {Outcome::Completed});
        log.playStarted(play("tiep-theo"));
    }
    auto e2 = exportBox(dir, tmp.path() / "2.signage-log");
    auto r2 = mergeExport(audit, e2.file, trustOf({&e2}), 2);
    ASSERT_TRUE(r2.ok) << r2.error;
    EXPECT_EQ(r2.linksAlreadyPresent, 2); // startup + the start of the first play
    EXPECT_EQ(count(audit, "SELECT played_ms FROM plays p JOIN names n ON n.id=p.item WHERE n.text='dang-phat'"), 20000);
    EXPECT_EQ(count(audit, "SELECT count(*) FROM plays"), 2);
    EXPECT_TRUE(verifyFile(tmp.path() / "audit.sqlite").ok);
}

TEST(ExportMerge, RefusesUnsignedAlteredAndTruncatedExports) {
    core::setLang(core::Lang::En);
    signage::test::TempDir tmp;
    makeBox(tmp.path() / "a", "box-a", 6);
    auto good = exportBox(tmp.path() / "a", tmp.path() / "good.signage-log");
    auto copyAs = [&](const std::string& name) {
        auto p = tmp.path() / name;
        std::filesystem::copy_file(good.file, p);
        return p;
    };
    auto altered = copyAs("altered.signage-log");
    std::int64_t victim;
    {
        db::Database db(altered);
        victim = count(db, "SELECT max(id) FROM plays");
        db.exec("UPDATE plays SET played_ms=99000 WHERE id=" + std::to_string(victim));
    }
    auto unsignedFile = copyAs("unsigned.signage-log");
    { db::Database(unsignedFile).exec("DROP TABLE export_info"); }
    auto resigned = copyAs("head.signage-log");
    { db::Database(resigned).exec("UPDATE export_info SET value='3' WHERE key='head_seq'"); }
    auto truncated = copyAs("truncated.signage-log");
    { db::Database(truncated).exec("DELETE FROM events WHERE kind='shutdown'"); }

    auto audit = openAuditDatabase(tmp.path() / "audit.sqlite");
    auto trusted = trustOf({&good});
    auto r = mergeExport(audit, altered, trusted, 1);
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.error.find("plays id " + std::to_string(victim)), std::string::npos) << r.error;
    r = mergeExport(audit, unsignedFile, trusted, 1);
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.error.find("not signed"), std::string::npos) << r.error;
    r = mergeExport(audit, resigned, trusted, 1);
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.error.find("signature"), std::string::npos) << r.error;
    r = mergeExport(audit, truncated, trusted, 1);
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.error.find("signed head"), std::string::npos) << r.error;
    // Nothing of the refused files got in; the good one still merges.
    EXPECT_EQ(count(audit, "SELECT count(*) FROM plays"), 0);
    EXPECT_EQ(count(audit, "SELECT count(*) FROM logs"), 0);
    EXPECT_TRUE(mergeExport(audit, good.file, trusted, 1).ok);
    // verify on the files says the same.
    EXPECT_FALSE(verifyFile(altered).ok);
    EXPECT_FALSE(verifyFile(unsignedFile).ok);
    EXPECT_FALSE(verifyFile(truncated).ok);
    // People read the refusals in Vietnamese by default.
    core::setLang(core::Lang::Vi);
    r = mergeExport(audit, unsignedFile, trusted, 1);
    EXPECT_NE(r.error.find("không có chữ ký"), std::string::npos) << r.error;
}

TEST(ExportMerge, TrustedKeysPinWhichKeyMaySignForABox) {
    signage::test::TempDir tmp;
    makeBox(tmp.path() / "a", "box-a", 2);
    auto e = exportBox(tmp.path() / "a", tmp.path() / "a.signage-log");
    auto keys = tmp.write("trusted.txt", "# ward office keys\nbox-a " + toHex(BoxKey::generate().publicKey()) + "\nbroken line\n");
    std::vector<std::string> errors;
    auto trusted = readTrustedKeys(keys, errors);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_NE(errors[0].find("trusted.txt:3"), std::string::npos);
    auto audit = openAuditDatabase(tmp.path() / "audit.sqlite");
    auto r = mergeExport(audit, e.file, trusted, 1);
    EXPECT_FALSE(r.ok);
    // No trusted keys at all is a refusal, not an "accept anything".
    r = mergeExport(audit, e.file, TrustedKeys{}, 1);
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.error.find("--trusted-keys"), std::string::npos) << r.error;
    trusted["box-a"] = e.info.key;
    EXPECT_TRUE(mergeExport(audit, e.file, trusted, 1).ok);
}

TEST(ExportMerge, AnAuditDatabaseIsNeverABoxLogAndViceVersa) {
    signage::test::TempDir tmp;
    makeBox(tmp.path() / "a", "box-a", 1);
    EXPECT_THROW(openAuditDatabase(tmp.path() / "a" / "playlog.sqlite"), std::runtime_error);
}
