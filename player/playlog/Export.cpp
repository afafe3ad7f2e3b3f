// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlog/Export.h"

#include <fcntl.h>
#include <unistd.h>

#include <cctype>
#include <map>
#include <stdexcept>

#include "core/Clock.h"
#include "core/Lang.h"
#include "playlog/Schema.h"
#include "playlog/Verifier.h"
#include "playlog/Witness.h"

namespace signage::playlog {

using core::tr;

namespace {
std::string sqlQuote(const std::string& s) {
    std::string out = "'";
    for (char c : s) {
        if (c == '\'') out += '\'';
        out += c;
    }
    return out + "'";
}

void fsyncPath(const std::filesystem::path& p, bool dir) {
    int fd = ::open(p.c_str(), dir ? (O_RDONLY | O_DIRECTORY) : O_RDONLY);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

std::string fileStamp(std::int64_t ms) {
    std::string iso = core::formatIsoTime(ms); // 2025-08-02T06:00:00+07:00
    return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2) + "-" + iso.substr(11, 2) + iso.substr(14, 2);
}

/// rename() would replace whatever is at `target`: a device node, a fifo, a directory.
void refuseNonRegular(const std::filesystem::path& target) {
    std::error_code ec;
    std::filesystem::file_status st = std::filesystem::symlink_status(target, ec);
    if (std::filesystem::exists(st) && !std::filesystem::is_regular_file(st))
        throw std::runtime_error(target.string() + ": " + tr("đã có và không phải tệp thường: không ghi đè",
                                                             "exists and is not a regular file: not replacing it"));
}

std::string safeName(const std::string& s) {
    std::string out;
    for (char c : s) out += (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_') ? c : '_';
    return out;
}
} // namespace

std::string ExportInfo::damageMessage() const {
    if (!damage) return {};
    return "canhbao-signage playlog damage v1\nbox=" + boxId + "\nkey=" + toHex(key) + "\nlog=" + toHex(uid) +
           "\nfirst_bad_seq=" + std::to_string(damage->firstBadSeq) + "\nlinks_left_out=" + std::to_string(damage->linksLeftOut) +
           "\nwhat=" + damage->what + "\ncreated_ms=" + std::to_string(createdMs) + "\n";
}

std::int64_t truncateLog(db::Database& db, std::int64_t log, std::int64_t fromSeq) {
    std::int64_t before = 0, after = 0;
    auto count = [&] {
        auto st = db.prepare("SELECT (SELECT count(*) FROM plays WHERE log=?1) + (SELECT count(end_seq) FROM plays WHERE log=?1) "
                             "+ (SELECT count(*) FROM events WHERE log=?1) + (SELECT count(*) FROM touch_checks WHERE log=?1)");
        st.bind(1, log);
        return st.step() ? st.columnInt(0) : 0;
    };
    before = count();
    for (const char* sql : {"DELETE FROM plays WHERE log=?1 AND seq>=?2",
                            "UPDATE plays SET end_seq=NULL, end_wall_ms=NULL, end_mono_ms=NULL, end_synced=NULL, played_ms=NULL, "
                            "outcome=0, reason=NULL, end_hash=NULL WHERE log=?1 AND end_seq>=?2",
                            "DELETE FROM events WHERE log=?1 AND seq>=?2", "DELETE FROM touch_checks WHERE log=?1 AND seq>=?2"}) {
        auto st = db.prepare(sql);
        st.bind(1, log).bind(2, fromSeq);
        st.step();
    }
    after = count();
    return before - after;
}

std::optional<ExportInfo> readExportInfo(db::Database& db) {
    {
        auto st = db.prepare("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='export_info'");
        if (!st.step() || st.columnInt(0) == 0) return std::nullopt;
    }
    std::map<std::string, std::string> kv;
    auto st = db.prepare("SELECT key, value FROM export_info");
    while (st.step()) kv[st.columnText(0)] = st.columnText(1);
    if (!kv.count("signature")) return std::nullopt;
    ExportInfo info;
    bool ok = kv["format"] == "1" && fromHex(kv["public_key"], info.key) && fromHex(kv["log_uid"], info.uid) &&
              fromHex(kv["head_hash"], info.headHash) && fromHex(kv["signature"], info.signature);
    try {
        info.headSeq = std::stoll(kv["head_seq"]);
        info.createdMs = std::stoll(kv["created_ms"]);
    } catch (const std::exception&) {
        ok = false;
    }
    info.boxId = kv["box_id"];
    if (kv.count("damage_signature")) {
        DamageStatement d;
        try {
            d.firstBadSeq = std::stoll(kv["damage_first_bad_seq"]);
            d.linksLeftOut = std::stoll(kv["damage_links_left_out"]);
        } catch (const std::exception&) {
            ok = false;
        }
        d.what = kv["damage_what"];
        info.damage = d;
        ok = ok && fromHex(kv["damage_signature"], info.damageSignature);
    }
    if (!ok) throw std::runtime_error(tr("thông tin bản xuất hỏng", "malformed export_info"));
    return info;
}

ExportResult exportLog(const std::filesystem::path& dbFile, const BoxKey& key, const std::filesystem::path& out,
                       std::int64_t nowMs, const ProgressFn& progress) {
    std::error_code ec;
    if (!std::filesystem::exists(dbFile, ec))
        throw std::runtime_error(dbFile.string() + ": " + tr("chưa có sổ phát", "no play log yet"));

    // 1. A consistent snapshot, even while the player's writer keeps appending.
    std::filesystem::path target = out;
    std::filesystem::path tmp;
    {
        db::Database src(dbFile, db::Database::Mode::ReadOnly);
        LogStore store(src);
        auto logs = store.logs();
        if (logs.size() != 1) throw std::runtime_error(dbFile.string() + ": " + tr("không phải sổ phát của một máy", "not a single box's log"));
        if (std::filesystem::is_directory(out, ec))
            target = out / (safeName(logs[0].boxId) + "_" + fileStamp(nowMs) + ".signage-log");
        refuseNonRegular(target);
        tmp = target;
        tmp += ".tmp";
        refuseNonRegular(tmp);
        std::filesystem::remove(tmp, ec);
        src.exec("VACUUM INTO " + sqlQuote(tmp.string()));
    }
    try {
        ExportResult result;
        result.file = target;
        {
            db::Database copy(tmp);
            copy.exec("PRAGMA journal_mode=DELETE");
            migrate(copy); // a log from an older player: its export has the current shape
            LogStore store(copy);
            auto logs = store.logs();
            const LogInfo& log = logs.at(0);
            if (log.key != key.publicKey())
                throw std::runtime_error(tr("khoá máy không khớp khoá của sổ phát", "the box key does not match the log's key"));
            // 2. Never sign what does not verify: a damaged log is exported up to its
            //    first bad link, with a signed statement of what was left out.
            auto v = verifyLog(copy, log, {}, progress);
            std::optional<DamageStatement> damage;
            if (!v.ok) {
                damage = DamageStatement{v.firstBadSeq, 0, v.firstBad};
                copy.transaction([&] { damage->linksLeftOut = truncateLog(copy, log.id, v.firstBadSeq); });
                if (progress) progress(0, 0);
            }
            // 3. Sign the head and a checkpoint; drop derived tables (the reader rebuilds them).
            ExportInfo info{log.boxId, log.key, log.uid, v.head.seq, v.head.hash, nowMs, {}};
            info.signature = key.sign(info.message());
            if (damage) {
                info.damage = damage;
                info.damageSignature = key.sign(info.damageMessage());
            }
            copy.transaction([&] {
                result.checkpoint = makeCheckpoint(copy, log, v.head, key, nowMs);
                copy.exec("DELETE FROM rollup; DELETE FROM rollup_day; DELETE FROM rollup_hour; DELETE FROM rollup_boots; "
                          "DELETE FROM rollup_state;");
                copy.exec("INSERT OR REPLACE INTO meta(key, value) VALUES('role', 'export')");
                copy.exec("CREATE TABLE export_info(key TEXT PRIMARY KEY, value TEXT NOT NULL)");
                auto ins = copy.prepare("INSERT INTO export_info(key, value) VALUES(?1, ?2)");
                auto put = [&](const char* k, const std::string& val) {
                    ins.bind(1, k).bind(2, val);
                    ins.step();
                    ins.reset();
                };
                put("format", "1");
                put("box_id", info.boxId);
                put("public_key", toHex(info.key));
                put("log_uid", toHex(info.uid));
                put("head_seq", std::to_string(info.headSeq));
                put("head_hash", toHex(info.headHash));
                put("created_ms", std::to_string(info.createdMs));
                put("signature", toHex(info.signature));
                if (info.damage) {
                    put("damage_first_bad_seq", std::to_string(info.damage->firstBadSeq));
                    put("damage_links_left_out", std::to_string(info.damage->linksLeftOut));
                    put("damage_what", info.damage->what);
                    put("damage_signature", toHex(info.damageSignature));
                }
            });
            result.info = info;
            result.links = v.links;
        }
        // 4. Whole file on disk before it gets its final name.
        fsyncPath(tmp, false);
        refuseNonRegular(target);
        // The box keeps its checkpoints so the next export continues their numbering.
        try {
            db::Database box(dbFile);
            migrate(box);
            storeCheckpoint(box, *result.checkpoint);
        } catch (const std::exception& e) {
            throw std::runtime_error(dbFile.string() + ": " + tr("không lưu được điểm kiểm: ", "cannot keep the checkpoint: ") + e.what());
        }
        std::filesystem::rename(tmp, target);
        fsyncPath(target.parent_path().empty() ? "." : target.parent_path(), true);
        return result;
    } catch (...) {
        std::filesystem::remove(tmp, ec);
        throw;
    }
}

StoredCheckpoint checkpointLog(const std::filesystem::path& dbFile, const BoxKey& key, std::int64_t nowMs) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(dbFile, ec))
        throw std::runtime_error(dbFile.string() + ": " + tr("chưa có sổ phát", "no play log yet"));
    LogInfo log;
    ChainHead head;
    {
        // One read transaction: every cursor of the verifier sees the same snapshot.
        db::Database src(dbFile, db::Database::Mode::ReadOnly);
        src.exec("BEGIN");
        LogStore store(src);
        auto logs = store.logs();
        if (logs.size() != 1)
            throw std::runtime_error(dbFile.string() + ": " +
                                     tr("không phải sổ phát của một máy", "not a single box's log"));
        log = logs[0];
        if (log.key != key.publicKey())
            throw std::runtime_error(
                tr("khoá máy không khớp khoá của sổ phát", "the box key does not match the log's key"));
        head = verifyLog(src, log).head; // a damaged log: the verified part only
        src.exec("COMMIT");
    }
    try {
        db::Database box(dbFile);
        migrate(box);
        StoredCheckpoint c;
        box.transaction([&] { c = makeCheckpoint(box, log, head, key, nowMs); });
        return c;
    } catch (const std::exception& e) {
        throw std::runtime_error(dbFile.string() + ": " +
                                 tr("không lưu được điểm kiểm: ", "cannot keep the checkpoint: ") + e.what());
    }
}

} // namespace signage::playlog
