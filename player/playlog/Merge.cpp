// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlog/Merge.h"

#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "core/Lang.h"
#include "playlog/LinkReader.h"
#include "playlog/Schema.h"

namespace signage::playlog {

using core::tr;

namespace {
/// A reason to refuse an export (as opposed to a failure of this machine).
struct Refused : std::runtime_error {
    using std::runtime_error::runtime_error;
};

std::optional<Hash> hashAt(db::Database& db, std::int64_t log, std::int64_t seq) {
    static constexpr const char* kSql[] = {
        "SELECT hash FROM plays WHERE log=?1 AND seq=?2",
        "SELECT end_hash FROM plays WHERE log=?1 AND end_seq=?2",
        "SELECT hash FROM events WHERE log=?1 AND seq=?2",
        "SELECT hash FROM touch_checks WHERE log=?1 AND seq=?2",
    };
    for (const char* sql : kSql) {
        auto st = db.prepare(sql);
        st.bind(1, log).bind(2, seq);
        if (st.step()) {
            auto b = st.columnBlob(0);
            Hash h{};
            if (b.size() == h.size()) std::memcpy(h.data(), b.data(), h.size());
            return h;
        }
    }
    return std::nullopt;
}

void insertLink(LogStore& store, std::int64_t log, const StoredLink& s, const Hash& h) {
    std::visit(
        [&](const auto& l) {
            using T = std::decay_t<decltype(l)>;
            if constexpr (std::is_same_v<T, StartLink>) store.insertStart(log, l, h);
            else if constexpr (std::is_same_v<T, EndLink>) {
                if (!store.updateEnd(log, l, h)) throw Refused(describeLink(s.link, s.rowId) + ": end without its start");
            } else if constexpr (std::is_same_v<T, EventLink>) store.insertEvent(log, l, h);
            else store.insertTouch(log, l, h);
        },
        s.link);
}
} // namespace

TrustedKeys readTrustedKeys(const std::filesystem::path& file, std::vector<std::string>& errors) {
    TrustedKeys keys;
    std::ifstream in(file);
    if (!in) {
        errors.push_back(file.string() + ": " + tr("không đọc được", "cannot read"));
        return keys;
    }
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
        ++n;
        auto hash = line.find('#');
        if (hash != std::string::npos) line.resize(hash);
        std::string box, hex;
        std::istringstream ls(line);
        if (!(ls >> box)) continue;
        PublicKey k{};
        if (!(ls >> hex) || !fromHex(hex, k)) {
            errors.push_back(file.string() + ":" + std::to_string(n) + ": " +
                             tr("cần \"mã-máy khoá-hex-64-ký-tự\"", "expected \"box-id 64-hex-digit-key\""));
            continue;
        }
        keys[box] = k;
    }
    return keys;
}

db::Database openAuditDatabase(const std::filesystem::path& file) {
    db::Database db(file);
    configureWriter(db, Durability::Full);
    migrate(db);
    auto st = db.prepare("SELECT value FROM meta WHERE key='role'");
    if (st.step()) {
        if (st.columnText(0) != "audit")
            throw std::runtime_error(file.string() + ": " + tr("không phải cơ sở dữ liệu kiểm toán (role=", "not an audit database (role=") +
                                     st.columnText(0) + ")");
    } else {
        db.exec("INSERT INTO meta(key, value) VALUES('role', 'audit')");
    }
    return db;
}

MergeResult mergeExport(db::Database& audit, const std::filesystem::path& exportFile, const TrustedKeys& trusted,
                        std::int64_t nowMs, const ProgressFn& progress, const OfficeWitness* witness) {
    MergeResult r;
    r.source = exportFile;
    try {
        std::error_code ec;
        if (!std::filesystem::is_regular_file(exportFile, ec)) throw Refused(tr("không có tệp", "no such file"));
        db::Database ex(exportFile, db::Database::Mode::ReadOnly);
        int version = 0;
        try {
            version = schemaVersion(ex);
        } catch (const db::DbError&) {
        }
        if (version < 1) throw Refused(tr("không phải bản xuất sổ phát", "not a play-log export"));
        if (version > kSchemaVersion) throw Refused(tr("bản xuất từ phiên bản mới hơn", "export from a newer version"));
        auto info = readExportInfo(ex);
        if (!info) throw Refused(tr("bản xuất không có chữ ký: từ chối", "export is not signed: refused"));
        r.boxId = info->boxId;
        if (!info->signatureValid()) throw Refused(tr("chữ ký không hợp lệ: bản xuất đã bị sửa", "signature is not valid: the export was altered"));
        if (trusted.empty())
            throw Refused(tr("chưa có khoá tin cậy nào (--trusted-keys): không nhận bản xuất của máy chưa đăng ký",
                             "no trusted keys (--trusted-keys): exports of boxes not enrolled are refused"));
        {
            auto it = trusted.find(info->boxId);
            if (it == trusted.end()) throw Refused(tr("máy không có trong danh sách khoá tin cậy", "box is not in the trusted keys"));
            if (it->second != info->key) throw Refused(tr("khoá ký khác khoá tin cậy của máy", "signed with a key other than the box's trusted key"));
        }
        LogStore exStore(ex);
        std::optional<LogInfo> exLog = exStore.findLog(info->uid);
        if (!exLog || exLog->key != info->key || exLog->boxId != info->boxId)
            throw Refused(tr("danh tính sổ không khớp chữ ký: bản xuất đã bị sửa", "log identity does not match the signature: the export was altered"));
        if (exStore.logs().size() != 1)
            throw Refused(tr("bản xuất có sổ thừa không được chữ ký bảo đảm (sổ giả chèn thêm)",
                             "the export holds an extra log its signature does not cover (a forged log)"));
        if (info->damage)
            r.warnings.push_back(tr("máy khai báo sổ bị hỏng từ seq ", "the box declares its log damaged from seq ") +
                                 std::to_string(info->damage->firstBadSeq) + " (" + std::to_string(info->damage->linksLeftOut) +
                                 tr(" dòng không xuất): ", " links not exported): ") + info->damage->what);
        auto exportCps = readCheckpoints(ex, info->uid);
        std::unordered_map<std::int64_t, Hash> hashes{{0, genesisHash(info->boxId, info->key, info->uid)}};
        std::unordered_set<std::int64_t> want;
        for (const auto& c : exportCps) want.insert(c.cp.size);
        for (const auto& c : readCheckpoints(audit, info->uid)) want.insert(c.cp.size);

        LogStore store(audit);
        audit.transaction([&] {
            auto existing = store.findLog(info->uid);
            if (existing && (existing->key != info->key || existing->boxId != info->boxId))
                throw Refused(tr("mâu thuẫn với dữ liệu đã gộp (khoá khác)", "contradicts merged data (different key)"));
            LogInfo alog = existing ? *existing : store.createLog(info->boxId, info->key, info->uid, exLog->createdMs);
            ChainHead ahead = store.loadHead(alog);
            ChainHead h{0, genesisHash(info->boxId, info->key, info->uid)};
            std::optional<std::string> contradiction;
            LinkReader reader(ex, exLog->id);
            std::int64_t total = progress ? reader.count() : 0, done = 0;
            while (auto s = reader.next()) {
                std::int64_t seq = linkSeq(s->link);
                if (seq != h.seq + 1)
                    throw Refused(describeLink(s->link, s->rowId) + ": " + tr("thiếu dòng trước nó (đã bị xoá)", "a row before it is missing (deleted)"));
                Hash hash = chainHash(h.hash, s->link);
                if (hash != s->storedHash)
                    throw Refused(describeLink(s->link, s->rowId) + ": " + tr("dòng đã bị sửa", "row was altered"));
                if (seq > info->headSeq) throw Refused(describeLink(s->link, s->rowId) + ": " + tr("dòng sau đầu chuỗi đã ký", "row after the signed head"));
                // A contradiction refuses the export, but the chain is read to its end first so
                // that the witness can say what happened (a rewritten tail, usually).
                if (seq == ahead.seq && hash != ahead.hash && !contradiction)
                    contradiction = tr("mâu thuẫn với dữ liệu đã gộp ở seq ", "contradicts merged data at seq ") + std::to_string(seq);
                if (contradiction) {
                } else if (seq > ahead.seq) {
                    insertLink(store, alog.id, *s, hash);
                    ++r.linksAdded;
                } else {
                    ++r.linksAlreadyPresent;
                }
                h = ChainHead{seq, hash};
                if (want.count(seq)) hashes[seq] = hash;
                if (progress && (++done & 4095) == 0) progress(done, total);
            }
            auto exportHashAt = [&](std::int64_t seq) -> std::optional<Hash> {
                auto it = hashes.find(seq);
                return it == hashes.end() ? std::nullopt : std::optional<Hash>(it->second);
            };
            if (contradiction) {
                r.findings = checkCheckpoints(&audit, *exLog, exportCps, exportHashAt);
                for (const auto& f : r.findings)
                    if (f.refuses()) throw Refused(f.message);
                throw Refused(*contradiction);
            }
            if (h.seq != info->headSeq || h.hash != info->headHash)
                throw Refused(tr("chuỗi không kết thúc ở đầu chuỗi đã ký (dòng cuối bị xoá)", "chain does not end at the signed head (rows were removed)"));
            if (ahead.seq > info->headSeq) {
                auto have = hashAt(audit, alog.id, info->headSeq);
                if (!have || *have != info->headHash)
                    throw Refused(tr("mâu thuẫn với dữ liệu đã gộp ở seq ", "contradicts merged data at seq ") + std::to_string(info->headSeq));
            }
            // The witness: does this export extend what the office cosigned before?
            r.findings = checkCheckpoints(&audit, *exLog, exportCps, exportHashAt);
            for (const auto& f : r.findings)
                if (f.refuses()) throw Refused(f.message);
            for (const auto& f : r.findings) r.warnings.push_back(f.message);
            storeFindings(audit, r.findings, exportFile.filename().string(), nowMs);
            if (witness) r.cosigned = cosignLatest(audit, exportCps, *witness, nowMs);
            auto dup = audit.prepare("SELECT 1 FROM imports WHERE log=?1 AND head_seq=?2 AND head_hash=?3");
            dup.bind(1, alog.id).bind(2, info->headSeq).bindBlob(3, info->headHash.data(), info->headHash.size());
            if (!dup.step()) {
                auto ins = audit.prepare("INSERT INTO imports(log, source, head_seq, head_hash, created_ms, signature, imported_ms, "
                                         "links_added) VALUES(?1,?2,?3,?4,?5,?6,?7,?8)");
                ins.bind(1, alog.id).bind(2, exportFile.filename().string()).bind(3, info->headSeq);
                ins.bindBlob(4, info->headHash.data(), info->headHash.size()).bind(5, info->createdMs);
                ins.bindBlob(6, info->signature.data(), info->signature.size()).bind(7, nowMs).bind(8, r.linksAdded);
                ins.step();
            }
            if (progress) progress(total, total);
        });
        r.ok = true;
    } catch (const Refused& e) {
        r.error = e.what();
        // A refusal the witness made is kept: the office console and reports show it.
        std::vector<WitnessFinding> refused;
        for (const auto& f : r.findings)
            if (f.refuses()) refused.push_back(f);
        if (!refused.empty()) {
            try {
                audit.transaction([&] { storeFindings(audit, refused, exportFile.filename().string(), nowMs); });
            } catch (const std::exception&) {
            }
        }
    } catch (const std::exception& e) {
        r.error = e.what();
    }
    return r;
}

} // namespace signage::playlog
