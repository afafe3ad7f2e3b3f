// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <fstream>
#include <set>
#include <sstream>

#include "db/Database.h"
#include "playlog/BoxKey.h"
#include "playlog/Checkpoint.h"
#include "playlog/PlayLog.h"
#include "support/RunCommand.h"
#include "support/TempDir.h"

using namespace signage;
using namespace signage::playlog;

/// The binary in English (what these tests read), whatever the caller's environment says.
signage::test::CommandResult runSignage(const std::vector<std::string>& args, int timeout = 60,
                                        std::vector<std::string> env = {"SIGNAGE_LANG=en"}) {
    return signage::test::runSignage(args, timeout, env);
}

namespace {

constexpr std::int64_t kMorning = 1754089200000; // 2025-08-02T06:00:00+07:00

/// A box's data dir with two campaign days of plays.
void makeBox(const std::filesystem::path& dir, const std::string& boxId) {
    auto time = std::make_shared<ManualTimeSource>(kMorning, "boot-" + boxId);
    PlayLogOptions o;
    o.dataDir = dir;
    o.boxId = boxId;
    o.time = time;
    o.durability = Durability::Normal;
    o.commitDelay = std::chrono::milliseconds(10);
    PlayLog log(o);
    for (int day = 0; day < 2; ++day) {
        for (int i = 0; i < 20; ++i) {
            PlayStart s;
            s.site = "cho-hong-an";
            s.playlist = "chinh";
            s.item = i % 2 ? "khong_chuyen_khoan" : "phai_to_giac";
            auto t = log.playStarted(s);
            time->advance(15000);
            log.playEnded(t, {i == 7 ? Outcome::Failed : Outcome::Completed, i == 7 ? "decode error" : ""});
        }
        time->advance(86'400'000 - 20 * 15000);
    }
    log.event(EventKind::Error, "plugin ticker: runaway");
}

std::string readFile(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

TEST(AuditCli, SummaryAndReportsOfABoxLog) {
    signage::test::TempDir tmp;
    makeBox(tmp.path(), "box-1");
    auto dd = tmp.path().string();
    auto r = runSignage({"audit", "summary", "--data-dir", dd, "--now", "2025-08-02T12:00", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("\"today_totals\":{\"plays\":20,\"completed\":19"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\"boxes\":[\"box-1\"]"), std::string::npos) << r.out;

    r = runSignage({"audit", "report", "--data-dir", dd, "--from", "2025-08-02", "--to", "2025-08-03", "--by", "item", "--format", "csv"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out.rfind("\xEF\xBB\xBFItem,Plays,Completed", 0), 0u) << r.out; // BOM first, for Excel
    EXPECT_NE(r.out.find("khong_chuyen_khoan,20,18,0,0,2,0,300,"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Total,40,38,"), std::string::npos) << r.out;

    // People read Vietnamese by default.
    r = runSignage({"audit", "report", "--data-dir", dd, "--from", "2025-08-02", "--to", "2025-08-03"}, 60, {"SIGNAGE_LANG=vi"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("Lượt phát theo ngày"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Tổng cộng"), std::string::npos) << r.out;

    r = runSignage({"audit", "report", "--data-dir", dd, "--from", "2025-13-40"});
    EXPECT_EQ(r.exitCode, 2) << r.err;
    r = runSignage({"audit", "report", "--data-dir", dd, "--format", "xlsx"});
    EXPECT_EQ(r.exitCode, 2) << r.err;
    r = runSignage({"audit", "summary", "--data-dir", (tmp.path() / "nothing").string()});
    EXPECT_EQ(r.exitCode, 3) << r.err;
}

TEST(AuditCli, HtmlIsSelfContainedAndXlsxIsAWorkbook) {
    signage::test::TempDir tmp;
    makeBox(tmp.path(), "box-1");
    auto dd = tmp.path().string();
    auto targets = tmp.write(
        "schedule.toml",
        "[[targets]]\nplaylist = \"chinh\"\nitem = \"khong_chuyen_khoan\"\ntimes = 5\nwindow = \"06:00-08:00\"\n");
    auto html = tmp.path() / "r.html";
    auto r = runSignage({"audit", "report", "--data-dir", dd, "--from", "2025-08-01", "--to", "2025-08-03", "--format", "html",
                         "--targets", targets.string(), "--out", html.string()},
                        60, {"SIGNAGE_LANG=vi"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    std::string page = readFile(html);
    EXPECT_GE(std::count(page.begin(), page.end(), '\n'), 5);
    size_t svgs = 0;
    for (size_t p = 0; (p = page.find("<svg", p)) != std::string::npos; ++p) ++svgs;
    EXPECT_EQ(svgs, 4u); // plays per day, airtime per item, heat map, targets
    EXPECT_EQ(page.find("<script"), std::string::npos);
    EXPECT_EQ(page.find("https://"), std::string::npos);
    std::string withoutNs = page;
    for (size_t p; (p = withoutNs.find("http://www.w3.org/2000/svg")) != std::string::npos;) withoutNs.erase(p, 26);
    EXPECT_EQ(withoutNs.find("http://"), std::string::npos) << "the report must open without network";
    EXPECT_NE(page.find("Số lượt phát theo ngày"), std::string::npos);
    EXPECT_NE(page.find("Chỉ tiêu đạt và không đạt"), std::string::npos);
    EXPECT_NE(page.find("<td class=\"nodata\">không có dữ liệu</td>"),
              std::string::npos); // 2025-08-01: the box was not running

    auto xlsx = tmp.path() / "r.xlsx";
    r = runSignage({"audit", "report", "--data-dir", dd, "--from", "2025-08-02", "--to", "2025-08-03", "--format", "xlsx",
                    "--targets", targets.string(), "--out", xlsx.string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    std::string book = readFile(xlsx);
    ASSERT_GT(book.size(), 1000u);
    EXPECT_EQ(book.substr(0, 2), "PK");
}

TEST(AuditCli, VerifyNamesTheEditedRow) {
    signage::test::TempDir tmp;
    makeBox(tmp.path(), "box-1");
    auto file = tmp.path() / "playlog.sqlite";
    auto r = runSignage({"audit", "verify", "--data-dir", tmp.path().string()});
    ASSERT_EQ(r.exitCode, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("OK"), std::string::npos);
    {
        db::Database db(file);
        db.exec("UPDATE events SET detail='nothing happened' WHERE kind='error'");
    }
    r = runSignage({"audit", "verify", file.string(), "--json"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.out.find("\"ok\":false"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("events id"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("(error, seq"), std::string::npos) << r.out;
}

TEST(AuditCli, ExportThenMergeTwiceAddsNothingAndUnsignedIsRefused) {
    signage::test::TempDir tmp;
    makeBox(tmp.path() / "a", "box-a");
    makeBox(tmp.path() / "b", "box-b");
    std::filesystem::create_directories(tmp.path() / "usb");
    auto usb = (tmp.path() / "usb").string();
    auto r = runSignage({"audit", "export", "--data-dir", (tmp.path() / "a").string(), "--out", usb, "--now", "2025-08-04T08:00"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out.rfind("box-a ", 0), 0u) << r.out; // the line for the trusted-keys file
    std::string keys = r.out;
    auto ea = tmp.path() / "usb" / "box-a_20250804-0800.signage-log";
    ASSERT_TRUE(std::filesystem::exists(ea));
    auto eb = tmp.path() / "usb" / "b.signage-log";
    r = runSignage({"audit", "export", "--data-dir", (tmp.path() / "b").string(), "--out", eb.string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    keys += r.out;
    auto trusted = tmp.write("trusted-keys.txt", keys).string();

    auto audit = (tmp.path() / "phuong.sqlite").string();
    // No trusted keys is an error, not "accept any self-signed export".
    r = runSignage({"audit", "merge", "--into", audit, ea.string()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("--trusted-keys FILE is needed"), std::string::npos) << r.err;
    r = runSignage({"audit", "merge", "--into", audit, ea.string()}, 60, {"SIGNAGE_LANG=vi"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("cần --trusted-keys"), std::string::npos) << r.err;
    r = runSignage({"audit", "merge", "--into", audit, ea.string(), eb.string(), "--trusted-keys", trusted, "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("\"added\":8"), std::string::npos) << r.out; // 40 plays = 80 links, plus events
    r = runSignage({"audit", "merge", "--into", audit, ea.string(), "--trusted-keys", trusted, "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("\"added\":0,"), std::string::npos) << r.out;

    r = runSignage({"audit", "report", "--db", audit, "--from", "2025-08-02", "--to", "2025-08-03", "--by", "box", "--format", "csv"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("box-a,40,"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("box-b,40,"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Total,80,"), std::string::npos) << r.out;

    auto bad = tmp.path() / "usb" / "unsigned.signage-log";
    std::filesystem::copy_file(ea, bad);
    { db::Database(bad).exec("DROP TABLE export_info"); }
    r = runSignage({"audit", "merge", "--into", audit, bad.string(), "--trusted-keys", trusted});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("REFUSED"), std::string::npos) << r.err;
    r = runSignage({"audit", "verify", audit});
    EXPECT_EQ(r.exitCode, 0) << r.out;
}

TEST(AuditCli, QuotaReportsTargetsAndBadTargetFiles) {
    signage::test::TempDir tmp;
    makeBox(tmp.path(), "box-1"); // khong_chuyen_khoan: 10 a day at 06:00–06:05, one failed; no evening plays
    auto dd = tmp.path().string();
    auto good = tmp.write("good.toml", "[[targets]]\nid = \"sang\"\nplaylist = \"chinh\"\nitem = "
                                       "\"khong_chuyen_khoan\"\ntimes = 9\nwindow = \"06:00-07:00\"\n"
                                       "[[targets]]\nid = \"toi\"\nplaylist = \"chinh\"\nitem = "
                                       "\"phai_to_giac\"\ntimes = 1\nwindow = \"17:00-19:00\"\n");
    auto r = runSignage({"audit", "quota", "--data-dir", dd, "--targets", good.string(), "--from", "2025-08-02", "--to", "2025-08-03",
                         "--format", "json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("\"met\":2,\"missed\":2"), std::string::npos) << r.out;
    EXPECT_NE(
        r.out.find(
            "{\"box\":\"box-1\",\"day\":\"2025-08-02\",\"target\":\"sang\",\"target_name\":\"sang\",\"result\":\"met\","
            "\"count\":9,\"min\":9,\"met\":true"),
        std::string::npos)
        << r.out;
    auto bad = tmp.write("bad.toml", "[[targets]]\nitem = \"x\"\ntimes = 0\n");
    r = runSignage({"audit", "quota", "--data-dir", dd, "--targets", bad.string()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("bad.toml:3:"), std::string::npos) << r.err;
}

namespace {
/// Exports box `dir` into `out` and returns the trusted-keys line it prints.
std::string exportTo(const std::filesystem::path& dir, const std::filesystem::path& out, const std::string& now) {
    auto r = runSignage({"audit", "export", "--data-dir", dir.string(), "--out", out.string(), "--now", now});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return r.out;
}
} // namespace

TEST(AuditCli, AForgedLogInsideAnExportFailsVerifyAndIsNeverCounted) {
    signage::test::TempDir tmp;
    makeBox(tmp.path() / "a", "box-a");
    makeBox(tmp.path() / "b", "box-b");
    auto e = tmp.path() / "a.signage-log";
    exportTo(tmp.path() / "a", e, "2025-08-04T08:00");
    // Smuggle box-b's whole log (a valid chain, someone else's key) into box-a's export.
    {
        db::Database db(e);
        db.exec("ATTACH '" + (tmp.path() / "b" / "playlog.sqlite").string() + "' AS b");
        db.exec("INSERT INTO logs(id, box_id, public_key, log_uid, created_ms) SELECT id + 100, box_id, public_key, log_uid, created_ms FROM b.logs");
        db.exec("INSERT OR IGNORE INTO names(text) SELECT text FROM b.names");
        db.exec("CREATE TEMP TABLE nm AS SELECT bn.id AS old, n.id AS new FROM b.names bn JOIN main.names n ON n.text=bn.text");
        db.exec("INSERT INTO boots(id, log, boot_id) SELECT id + 100, log + 100, boot_id FROM b.boots");
        auto n = [](const char* col) { return std::string("(SELECT new FROM nm WHERE old=") + col + ")"; };
        db.exec("INSERT INTO plays SELECT id + 100000, log + 100, seq, boot + 100, wall_ms, mono_ms, synced, " + n("site") + ", " +
                n("bundle") + ", " + n("playlist") + ", " + n("item") + ", " + n("media_hash") + ", " + n("rule") +
                ", planned_start_ms, planned_end_ms, interrupt, hash, end_seq, "
                "end_wall_ms, end_mono_ms, end_synced, played_ms, outcome, reason, end_hash, trust FROM b.plays");
        db.exec("INSERT INTO events SELECT id + 100000, log + 100, seq, boot + 100, wall_ms, mono_ms, synced, kind, detail, value, hash FROM b.events");
    }
    auto r = runSignage({"audit", "verify", e.string()});
    EXPECT_EQ(r.exitCode, 1) << r.out;
    EXPECT_NE(r.out.find("an extra log the export's signature does not cover"), std::string::npos) << r.out;
    r = runSignage({"audit", "report", "--db", e.string(), "--from", "2025-08-02", "--to", "2025-08-03", "--by", "box", "--format", "csv"});
    EXPECT_EQ(r.exitCode, 1) << r.out << r.err;
    EXPECT_EQ(r.out.find("box-b"), std::string::npos) << r.out;
    EXPECT_NE(r.err.find("the log does not verify: no report"), std::string::npos) << r.err;
    r = runSignage({"audit", "summary", "--db", e.string()}, 60, {"SIGNAGE_LANG=vi"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("sổ thừa không được chữ ký của bản xuất bảo đảm"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("không lập báo cáo"), std::string::npos) << r.err;
    // --allow-broken shows figures, never without the warning.
    r = runSignage({"audit", "report", "--db", e.string(), "--from", "2025-08-02", "--to", "2025-08-03", "--allow-broken"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.err.find("they are no evidence"), std::string::npos) << r.err;
    // Relabelling the export a "box" log does not skip its signature.
    {
        db::Database db(e);
        db.exec("DELETE FROM events WHERE log > 100; DELETE FROM plays WHERE log > 100; DELETE FROM logs WHERE id > 100");
        db.exec("UPDATE meta SET value='box' WHERE key='role'");
        db.exec("UPDATE export_info SET value='2' WHERE key='head_seq'");
    }
    r = runSignage({"audit", "verify", e.string()});
    EXPECT_EQ(r.exitCode, 1) << r.out;
    EXPECT_NE(r.out.find("meta.role=box does not match the contents (export)"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("signature is not valid"), std::string::npos) << r.out;
}

TEST(AuditCli, VerifySaysWhatAnUnwitnessedChainCannotProveAndCosignWitnessesIt) {
    signage::test::TempDir tmp;
    makeBox(tmp.path() / "a", "box-a");
    auto r = runSignage({"audit", "verify", "--data-dir", (tmp.path() / "a").string()});
    ASSERT_EQ(r.exitCode, 0) << r.out;
    EXPECT_NE(r.out.find("whoever holds the box holds box.key"), std::string::npos) << r.out;
    r = runSignage({"audit", "verify", "--data-dir", (tmp.path() / "a").string()}, 60, {"SIGNAGE_LANG=vi"});
    EXPECT_NE(r.out.find("người giữ máy giữ box.key"), std::string::npos) << r.out;

    auto e = tmp.path() / "a.signage-log";
    auto keys = tmp.write("keys.txt", exportTo(tmp.path() / "a", e, "2025-08-04T08:00")).string();
    auto office = (tmp.path() / "phuong.sqlite").string(), officeKey = (tmp.path() / "office.key").string();
    r = runSignage({"audit", "cosign", "--into", office, e.string(), "--trusted-keys", keys, "--office-key", officeKey, "--office-name",
                    "phuong-hong-an", "--now", "2025-08-04T09:00"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out.rfind("canhbao-signage/playlog/box-a/", 0), 0u) << r.out;
    EXPECT_NE(r.out.find("\n\n\xE2\x80\x94 box-a "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\xE2\x80\x94 phuong-hong-an "), std::string::npos) << r.out;
    r = runSignage({"audit", "verify", e.string(), "--office", office, "--json"});
    EXPECT_EQ(r.exitCode, 0) << r.out;
    EXPECT_NE(r.out.find("\"cosigned_up_to\":"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\"unwitnessed_warning\":null"), std::string::npos) << r.out;
    // Merge with the witness keeps cosigning; a later export that rewrites history is refused.
    r = runSignage({"audit", "merge", "--into", office, e.string(), "--trusted-keys", keys, "--office-key", officeKey, "--office-name",
                    "phuong-hong-an"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
}

TEST(AuditCli, ExportNeverReplacesSomethingThatIsNotARegularFile) {
    signage::test::TempDir tmp;
    makeBox(tmp.path() / "a", "box-a");
    auto fifo = tmp.path() / "not-a-file";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    auto r = runSignage({"audit", "export", "--data-dir", (tmp.path() / "a").string(), "--out", fifo.string()});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_NE(r.err.find("exists and is not a regular file"), std::string::npos) << r.err;
    EXPECT_TRUE(std::filesystem::is_fifo(fifo)) << "the fifo was replaced";
}

TEST(AuditCli, AMalformedDatabaseIsBadInputNotARuntimeFailure) {
    signage::test::TempDir tmp;
    makeBox(tmp.path() / "a", "box-a");
    auto file = tmp.path() / "a" / "playlog.sqlite";
    { db::Database(file).exec("PRAGMA wal_checkpoint(TRUNCATE)"); }
    // Overwrite a page in the middle of the file: SQLite reports "malformed".
    {
        std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(4096 * 3);
        std::string junk(4096, '\xff');
        f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
    }
    auto r = runSignage({"audit", "verify", file.string()});
    EXPECT_EQ(r.exitCode, 1) << r.out << r.err;
    EXPECT_NE(r.out.find("FAILED"), std::string::npos) << r.out;
}

TEST(AuditCli, OneDamagedRowStillExportsTheVerifiedPart) {
    signage::test::TempDir tmp;
    makeBox(tmp.path() / "a", "box-a");
    auto file = tmp.path() / "a" / "playlog.sqlite";
    { db::Database(file).exec("PRAGMA wal_checkpoint(TRUNCATE)"); }
    // 16 bytes of one row flipped on disk: the error event's detail "plugin ticker: runaway".
    {
        std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
        std::stringstream s;
        s << f.rdbuf();
        std::string bytes = s.str();
        auto at = bytes.find("plugin ticker: runaway");
        ASSERT_NE(at, std::string::npos);
        for (size_t i = 0; i < 16; ++i) bytes[at + i] = static_cast<char>(bytes[at + i] ^ 0x01);
        f.seekp(static_cast<std::streamoff>(at));
        f.write(bytes.data() + at, 16);
    }
    auto out = tmp.path() / "d.signage-log";
    auto r = runSignage({"audit", "export", "--data-dir", (tmp.path() / "a").string(), "--out", out.string(), "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("\"damaged_from_seq\":"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("\"damaged_from_seq\":null"), std::string::npos) << r.out;
    EXPECT_NE(r.err.find("signed statement of the damage"), std::string::npos) << r.err;
    r = runSignage({"audit", "verify", out.string()});
    EXPECT_EQ(r.exitCode, 0) << r.out;
    EXPECT_NE(r.out.find("the box declares its log damaged from seq"), std::string::npos) << r.out;
}

TEST(AuditCli, ExportPlaysGivesOneRecordPerPlayInTheDoohShape) {
    signage::test::TempDir tmp;
    makeBox(tmp.path(), "box-1");
    auto dd = tmp.path().string();
    auto r = runSignage(
        {"audit", "export-plays", "--data-dir", dd, "--from", "2025-08-02", "--to", "2025-08-03", "--format", "csv"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    std::istringstream lines(r.out);
    std::string header, line;
    std::getline(lines, header);
    EXPECT_EQ(header.rfind("\xEF\xBB\xBFplay_id,frame_id,site,creative_id,creative_title,playlist,bundle,media_sha256,"
                           "start_time,end_time,"
                           "start_time_utc,end_time_utc,duration_ms,outcome,counted",
                           0),
              0u)
        << header;
    std::set<std::string> ids;
    int rows = 0;
    while (std::getline(lines, line)) {
        if (line.empty() || line == "\r") continue;
        ++rows;
        ids.insert(line.substr(0, line.find(',')));
    }
    EXPECT_EQ(rows, 40);
    EXPECT_EQ(ids.size(), 40u); // a reference per play, never reused
    // The first play: 06:00:00 local, 15 s, the same instant in UTC.
    EXPECT_NE(
        r.out.find(
            ",box-1,cho-hong-an,phai_to_giac,phai_to_giac,chinh,,,2025-08-02T06:00:00+07:00,2025-08-02T06:00:15+07:00,"
            "2025-08-01T23:00:00Z,2025-08-01T23:00:15Z,15000,completed,true,"),
        std::string::npos)
        << r.out.substr(0, 600);

    r = runSignage(
        {"audit", "export-plays", "--data-dir", dd, "--from", "2025-08-02", "--to", "2025-08-02", "--format", "json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out.rfind("[\n{\"play_id\":\"", 0), 0u) << r.out.substr(0, 200);
    EXPECT_NE(r.out.find("\"frame_id\":\"box-1\""), std::string::npos);
    EXPECT_NE(r.out.find("\"start_time_utc\":\"2025-08-01T23:00:00Z\""), std::string::npos);
    EXPECT_NE(r.out.find("\"duration_ms\":15000"), std::string::npos);
    EXPECT_NE(r.out.find("\"outcome\":\"failed\""), std::string::npos);
    size_t records = 0;
    for (size_t p = 0; (p = r.out.find("\"play_id\"", p)) != std::string::npos; ++p) ++records;
    EXPECT_EQ(records, 20u);
}

// Issue 17: what the witness finds is in `audit verify` and in every report, not only in
// the office store.
TEST(AuditCli, WitnessFindingsShowInVerifyAndInTheReports) {
    signage::test::TempDir tmp;
    auto box = tmp.path() / "a";
    makeBox(box, "box-a");
    auto e1 = tmp.path() / "1.signage-log";
    auto keys = tmp.write("keys.txt", exportTo(box, e1, "2025-08-04T08:00")).string();
    auto office = (tmp.path() / "phuong.sqlite").string(), officeKey = (tmp.path() / "office.key").string();
    auto r = runSignage(
        {"audit", "merge", "--into", office, e1.string(), "--trusted-keys", keys, "--office-key", officeKey});
    ASSERT_EQ(r.exitCode, 0) << r.err;

    // The operator deletes the log and starts afresh (same key, new log id).
    for (const char* f : {"playlog.sqlite", "playlog.sqlite-wal", "playlog.sqlite-shm"})
        std::filesystem::remove(box / f);
    makeBox(box, "box-a");
    auto e2 = tmp.path() / "2.signage-log";
    exportTo(box, e2, "2025-08-05T08:00");
    r = runSignage({"audit", "verify", e2.string(), "--office", office});
    EXPECT_EQ(r.exitCode, 0) << r.out << r.err; // a warning, not a refusal
    EXPECT_NE(r.out.find("new log id"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Office witness findings (checkpoints): 1 — new_log[box-a]"), std::string::npos) << r.out;

    r = runSignage(
        {"audit", "merge", "--into", office, e2.string(), "--trusted-keys", keys, "--office-key", officeKey});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    r = runSignage({"audit", "verify", office, "--json"});
    EXPECT_NE(r.out.find("\"kind\":\"new_log\""), std::string::npos) << r.out;

    // Reports from the office store carry a visible warning section.
    r = runSignage({"audit", "report", "--db", office, "--from", "2025-08-02", "--to", "2025-08-03"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out.rfind("OFFICE WITNESS WARNINGS (checkpoints):\n  [box-a] new_log: ", 0), 0u) << r.out;
    r = runSignage({"audit", "summary", "--db", office, "--now", "2025-08-03T12:00", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("\"witness_findings\":[\"[box-a] new_log: "), std::string::npos) << r.out;
    auto html = tmp.path() / "r.html";
    r = runSignage({"audit", "report", "--db", office, "--from", "2025-08-02", "--to", "2025-08-03", "--format", "html",
                    "--out", html.string()},
                   60, {"SIGNAGE_LANG=vi"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    std::string page = readFile(html);
    auto box1 = page.find("<div class=\"warnbox\" id=\"witness\">");
    ASSERT_NE(box1, std::string::npos);
    EXPECT_LT(box1, page.find("<div class=\"cards\">")); // before the figures
    EXPECT_NE(page.find("Cảnh báo của phường", box1), std::string::npos);
    EXPECT_NE(page.find("[box-a] new_log: ", box1), std::string::npos);
    EXPECT_NE(page.find("mã sổ mới ", box1), std::string::npos); // merged in English, read in Vietnamese
    r = runSignage({"audit", "quota", "--db", office, "--targets",
                    tmp.write("t.toml", "[[targets]]\nplaylist = \"chinh\"\nwindow = \"06:00-07:00\"\n").string(),
                    "--from", "2025-08-02"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("OFFICE WITNESS WARNINGS"), std::string::npos) << r.out;
}

TEST(AuditCli, CheckpointSignsOneWithoutExportingAndTheNextExportCarriesIt) {
    signage::test::TempDir tmp;
    auto box = tmp.path() / "a";
    makeBox(box, "box-a");
    auto r = runSignage({"audit", "checkpoint", "--data-dir", box.string(), "--now", "2025-08-04T08:00"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out.rfind("canhbao-signage/playlog/box-a/", 0), 0u) << r.out;
    EXPECT_NE(r.out.find("\ncheckpoint 1\n"), std::string::npos) << r.out;
    EXPECT_NE(r.err.find("Checkpoint 1"), std::string::npos) << r.err;
    r = runSignage(
        {"audit", "export", "--data-dir", box.string(), "--out", (tmp.path() / "e.signage-log").string(), "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("\"checkpoint\":2"), std::string::npos) << r.out;
    r = runSignage({"audit", "checkpoint", "--data-dir", (tmp.path() / "none").string()});
    EXPECT_EQ(r.exitCode, 3) << r.err;
}

TEST(AuditCli, AGapInCheckpointsAndANewLogIdForAKnownBoxAreNamedWithTheirExitCodes) {
    signage::test::TempDir tmp;
    auto box = tmp.path() / "a";
    makeBox(box, "box-a");
    auto keys = tmp.write("keys.txt", exportTo(box, tmp.path() / "1.signage-log", "2025-08-04T08:00")).string();
    auto office = (tmp.path() / "phuong.sqlite").string(), officeKey = (tmp.path() / "office.key").string();
    auto merge = [&](const std::filesystem::path& e) {
        return runSignage({"audit", "merge", "--into", office, e.string(), "--trusted-keys", keys, "--office-key",
                           officeKey, "--cosigned-dir", (tmp.path() / "back").string()});
    };
    auto r = merge(tmp.path() / "1.signage-log");
    ASSERT_EQ(r.exitCode, 0) << r.err;

    // Export 2 never reaches the office; export 3 does: checkpoint 2 is a gap. A warning
    // (exit 0), named in verify and in merge.
    exportTo(box, tmp.path() / "2.signage-log", "2025-08-05T08:00");
    auto e3 = tmp.path() / "3.signage-log";
    exportTo(box, e3, "2025-08-06T08:00");
    r = runSignage({"audit", "verify", e3.string(), "--office", office});
    EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("checkpoints 2…2 signed by the box (at an export or a USB visit) never reached the office"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("Office witness findings (checkpoints): 1 — gap[box-a]"), std::string::npos) << r.out;
    r = merge(e3);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.err.find("WARNING: checkpoints 2…2"), std::string::npos) << r.err;

    // The operator deletes the log and starts afresh (same key, new log id): named, exit 0.
    for (const char* f : {"playlog.sqlite", "playlog.sqlite-wal", "playlog.sqlite-shm"})
        std::filesystem::remove(box / f);
    makeBox(box, "box-a");
    auto e4 = tmp.path() / "4.signage-log";
    exportTo(box, e4, "2025-08-07T08:00");
    r = runSignage({"audit", "verify", e4.string(), "--office", office});
    EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
    EXPECT_NE(r.out.find(" for a box the office knows: the office cosigned log "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Office witness findings (checkpoints): 1 — new_log[box-a]"), std::string::npos) << r.out;
    r = merge(e4);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.err.find("WARNING: new log id "), std::string::npos) << r.err;

    // The store keeps both; verify of the store names them (exit 0: findings warn) in the
    // reader's language, whatever language the merge ran in.
    r = runSignage({"audit", "verify", office});
    EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("Office witness findings (checkpoints): 2 — gap[box-a] new_log[box-a]"), std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("never reached the office"), std::string::npos) << r.out;
    r = runSignage({"audit", "verify", office}, 60, {"SIGNAGE_LANG=vi"});
    EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("Phường phát hiện (điểm kiểm): 2 — gap[box-a] new_log[box-a]"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("chưa từng đến phường"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("mã sổ mới "), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("never reached the office"), std::string::npos) << r.out;
}

TEST(AuditCli, TheOfficesCosignatureGoesBackOnTheStickAndTheBoxKeepsIt) {
    signage::test::TempDir tmp;
    auto box = tmp.path() / "a";
    makeBox(box, "box-a");
    auto stick = tmp.path() / "stick";
    auto logs = stick / "SIGNAGE-LOGS";
    std::filesystem::create_directories(logs);
    auto keys = tmp.write("keys.txt", exportTo(box, logs, "2025-08-04T08:00")).string();
    std::filesystem::path exported;
    for (const auto& e : std::filesystem::directory_iterator(logs))
        if (e.path().extension() == ".signage-log") exported = e.path();
    ASSERT_FALSE(exported.empty());
    auto office = (tmp.path() / "phuong.sqlite").string(), officeKey = (tmp.path() / "office.key").string();
    auto r = runSignage({"audit", "merge", "--into", office, exported.string(), "--trusted-keys", keys, "--office-key",
                         officeKey, "--office-name", "phuong-hong-an", "--now", "2025-08-04T10:00"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    // The office wrote its cosignature beside the export, on the stick.
    EXPECT_NE(r.err.find("Cosignature written for the box to take back: " +
                         (logs / "box-a_checkpoint-1.cosigned.note").string()),
              std::string::npos)
        << r.err;
    ASSERT_TRUE(std::filesystem::exists(logs / "box-a_checkpoint-1.cosigned.note"));

    // Beside it, a forgery: the box's own checkpoint "cosigned" by a key the box does not know.
    {
        std::string error;
        auto note = parseNote(readFile(logs / "box-a_checkpoint-1.cosigned.note"), error);
        ASSERT_TRUE(note) << error;
        note->signatures.resize(1); // the box's line only
        cosign(*note, BoxKey::generate(), "phuong-gia", 1754300000);
        std::ofstream(logs / "zz_checkpoint-1.cosigned.note") << note->text();
    }
    auto config =
        tmp.write("signage.toml", "[box]\noffice_keys = [\"" + toHex(BoxKey::load(officeKey).publicKey()) + "\"]\n");

    // Before the visit the box knows of no cosignature.
    r = runSignage({"audit", "verify", "--data-dir", box.string()});
    ASSERT_EQ(r.exitCode, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("[box-a] no checkpoint cosigned by the office on this box yet"), std::string::npos) << r.out;

    // The next USB visit (usb-import runs this when the player is not running).
    r = runSignage({"audit", "checkpoint", "--data-dir", box.string(), "--stick", stick.string(), "--config",
                    config.string(), "--now", "2025-08-05T08:00"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.err.find("office cosignature of checkpoint 1 imported"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("cosignature refused: zz_checkpoint-1.cosigned.note (checkpoint 1): cosigned by an unknown "
                         "office key (phuong-gia)"),
              std::string::npos)
        << r.err;

    r = runSignage({"audit", "verify", "--data-dir", box.string()});
    ASSERT_EQ(r.exitCode, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("[box-a] last checkpoint cosigned by the office: 1 (seq "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(", phuong-hong-an, 2025-08-04T10:00:00+07:00); the log still extends it"), std::string::npos)
        << r.out;
    r = runSignage({"audit", "verify", "--data-dir", box.string(), "--json"});
    EXPECT_NE(r.out.find("\"last_cosigned\":{\"number\":1,"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\"extends\":true}"), std::string::npos) << r.out;
    // The box's next export carries it; the office still accepts the export.
    auto e2 = tmp.path() / "2.signage-log";
    exportTo(box, e2, "2025-08-06T08:00");
    r = runSignage({"audit", "merge", "--into", office, e2.string(), "--trusted-keys", keys, "--office-key", officeKey,
                    "--office-name", "phuong-hong-an", "--cosigned-dir", (tmp.path() / "back").string()});
    EXPECT_EQ(r.exitCode, 0) << r.err;
}
