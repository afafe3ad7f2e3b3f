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

std::string safeName(const std::string& s) {
    std::string out;
    for (char c : s) out += (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_') ? c : '_';
    return out;
}
} // namespace

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
        tmp = target;
        tmp += ".tmp";
        std::filesystem::remove(tmp, ec);
        src.exec("VACUUM INTO " + sqlQuote(tmp.string()));
    }
    try {
        ExportResult result;
        result.file = target;
        {
            db::Database copy(tmp);
            copy.exec("PRAGMA journal_mode=DELETE");
            LogStore store(copy);
            auto logs = store.logs();
            const LogInfo& log = logs.at(0);
            if (log.key != key.publicKey())
                throw std::runtime_error(tr("khoá máy không khớp khoá của sổ phát", "the box key does not match the log's key"));
            // 2. Never sign a log that does not verify.
            auto v = verifyLog(copy, log, {}, progress);
            if (!v.ok) throw std::runtime_error(tr("sổ phát không hợp lệ, không ký: ", "the log does not verify, not signing: ") + v.firstBad);
            // 3. Sign the head; drop derived tables (the reader rebuilds them).
            ExportInfo info{log.boxId, log.key, log.uid, v.head.seq, v.head.hash, nowMs, {}};
            info.signature = key.sign(info.message());
            copy.transaction([&] {
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
            });
            result.info = info;
            result.links = v.links;
        }
        // 4. Whole file on disk before it gets its final name.
        fsyncPath(tmp, false);
        std::filesystem::rename(tmp, target);
        fsyncPath(target.parent_path().empty() ? "." : target.parent_path(), true);
        return result;
    } catch (...) {
        std::filesystem::remove(tmp, ec);
        throw;
    }
}

} // namespace signage::playlog
