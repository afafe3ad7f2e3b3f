// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlog/Verifier.h"

#include <algorithm>
#include <cstring>

#include "core/Clock.h"
#include "core/Lang.h"
#include "playlog/Cosigned.h"
#include "playlog/Export.h"
#include "playlog/LinkReader.h"
#include "playlog/Schema.h"
#include "playlog/Witness.h"

namespace signage::playlog {

using core::tr;

LogVerifyResult verifyLog(db::Database& db, const LogInfo& log, const std::vector<std::int64_t>& wantSeqs,
                          const ProgressFn& progress) {
    LogVerifyResult r;
    r.log = log;
    r.head = ChainHead{0, genesisHash(log.boxId, log.key, log.uid)};
    try {
    LinkReader reader(db, log.id);
    std::int64_t total = progress ? reader.count() : 0;
    while (auto s = reader.next()) {
        std::int64_t seq = linkSeq(s->link);
        if (seq != r.head.seq + 1) {
            r.ok = false;
            r.firstBadSeq = r.head.seq + 1;
            r.firstBad = describeLink(s->link, s->rowId) + ": " +
                         (seq > r.head.seq + 1
                              ? tr("thiếu dòng seq ", "row seq ") + std::to_string(r.head.seq + 1) +
                                    tr(" ngay trước (đã bị xoá)", " just before it is missing (deleted)")
                              : tr("seq lặp lại hoặc sai thứ tự", "seq repeated or out of order"));
            return r;
        }
        Hash h = chainHash(r.head.hash, s->link);
        if (h != s->storedHash) {
            r.ok = false;
            r.firstBadSeq = seq;
            r.firstBad = describeLink(s->link, s->rowId) + ": " +
                         tr("mã băm không khớp nội dung (dòng đã bị sửa sau khi ghi)",
                            "hash does not match its contents (the row was changed after it was written)");
            return r;
        }
        r.head = ChainHead{seq, h};
        ++r.links;
        if (std::find(wantSeqs.begin(), wantSeqs.end(), seq) != wantSeqs.end()) r.hashesAt[seq] = h;
        if (progress && (r.links & 4095) == 0) progress(r.links, total);
    }
    } catch (const db::DbError& e) {
        // A malformed file: the first link that could not be read is the first bad row.
        r.ok = false;
        r.firstBadSeq = r.head.seq + 1;
        r.firstBad = "seq " + std::to_string(r.head.seq + 1) + tr(": không đọc được (cơ sở dữ liệu hỏng: ", ": cannot be read (the database is malformed: ") +
                     e.what() + ")";
        return r;
    }
    if (progress) progress(r.links, r.links);
    return r;
}

namespace {
bool isExport(db::Database& db) { return hasTable(db, "export_info"); }

std::int64_t countOf(db::Database& db, const std::string& sql) {
    auto st = db.prepare(sql);
    return st.step() ? st.columnInt(0) : 0;
}
} // namespace

FileVerifyResult verifyFile(const std::filesystem::path& file, const ProgressFn& progress, db::Database* office) {
    FileVerifyResult out;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec)) {
        out.ok = false;
        out.problems.push_back(file.string() + ": " + tr("không có tệp", "no such file"));
        return out;
    }
    try {
        verifyOpenFile(out, file, progress, office);
    } catch (const std::exception& e) {
        // A malformed database is bad input, not a failure of this program: say where.
        out.ok = false;
        out.problems.push_back(file.string() + ": " + tr("cơ sở dữ liệu hỏng: ", "the database is malformed: ") + e.what());
    }
    return out;
}

void verifyOpenFile(FileVerifyResult& out, const std::filesystem::path& file, const ProgressFn& progress, db::Database* office) {
    db::Database db(file, db::Database::Mode::ReadOnly);
    out.integrity = integrityCheck(db);
    if (out.integrity != "ok") {
        out.ok = false;
        out.problems.push_back(file.string() + ": integrity_check: " + out.integrity);
    }
    if (schemaVersion(db) < 1) {
        out.ok = false;
        out.problems.push_back(file.string() + ": " + tr("không phải sổ phát", "not a play log"));
        return;
    }
    readOlderSchema(db);
    std::string role = "box";
    {
        auto st = db.prepare("SELECT value FROM meta WHERE key='role'");
        if (st.step()) role = st.columnText(0);
    }
    // What the file is follows from what it holds, never from its own label: an export
    // relabelled "box" must still have its signature checked.
    bool exportInfo = isExport(db);
    bool imports = countOf(db, "SELECT count(*) FROM imports") > 0;
    out.kind = exportInfo || role == "export" ? "export" : (imports || role == "audit") ? "audit" : "box";
    if (out.kind != role) {
        out.ok = false;
        out.problems.push_back(file.string() + ": " + tr("nhãn meta.role=", "meta.role=") + role +
                               tr(" không khớp nội dung (", " does not match the contents (") + out.kind +
                               tr("): tệp đã bị sửa", "): the file was altered"));
    }
    LogStore store(db);
    auto logs = store.logs();
    auto who = [&](const LogInfo& l) { return file.filename().string() + " [" + l.boxId + "]: "; };

    // What must be vouched for: an export's signed head; an audit database's imports.
    std::unordered_map<std::int64_t, std::vector<std::pair<std::int64_t, Hash>>> signedHeads; // log -> (seq, hash)
    if (out.kind == "box" && logs.size() > 1) {
        out.ok = false;
        out.problems.push_back(file.string() + ": " + tr("sổ phát của máy có ", "a box log with ") + std::to_string(logs.size()) +
                               tr(" sổ (chỉ được có một)", " logs (it has exactly one)"));
    }
    if (out.kind == "export") {
        std::optional<ExportInfo> info;
        try {
            info = readExportInfo(db);
        } catch (const std::exception& e) {
            out.problems.push_back(file.string() + ": " + e.what());
        }
        if (!info) {
            out.ok = false;
            out.problems.push_back(file.string() + ": " + tr("bản xuất không có chữ ký", "export is not signed"));
        } else if (!info->signatureValid()) {
            out.ok = false;
            out.problems.push_back(file.string() + ": " + tr("chữ ký không hợp lệ", "signature is not valid"));
        } else {
            out.exportInfo = info;
            for (const auto& l : logs) {
                if (l.uid == info->uid && l.key == info->key && l.boxId == info->boxId)
                    signedHeads[l.id].push_back({info->headSeq, info->headHash});
                else {
                    out.ok = false;
                    out.problems.push_back(who(l) + tr("sổ thừa không được chữ ký của bản xuất bảo đảm (sổ giả chèn thêm)",
                                                       "an extra log the export's signature does not cover (a forged log)"));
                }
            }
            if (info->damage)
                out.warnings.push_back(file.filename().string() + " [" + info->boxId + "]: " +
                                       tr("máy khai báo sổ bị hỏng từ seq ", "the box declares its log damaged from seq ") +
                                       std::to_string(info->damage->firstBadSeq) + " (" + std::to_string(info->damage->linksLeftOut) +
                                       tr(" dòng không xuất): ", " links not exported): ") + info->damage->what);
        }
    } else if (out.kind == "audit") {
        auto st = db.prepare("SELECT i.log, i.head_seq, i.head_hash, i.created_ms, i.signature, i.source FROM imports i");
        while (st.step()) {
            std::int64_t logId = st.columnInt(0);
            auto it = std::find_if(logs.begin(), logs.end(), [&](const LogInfo& l) { return l.id == logId; });
            ExportInfo info;
            info.headSeq = st.columnInt(1);
            auto hh = st.columnBlob(2), sig = st.columnBlob(4);
            if (it == logs.end() || hh.size() != 32 || sig.size() != 64) {
                out.ok = false;
                out.problems.push_back(tr("bản ghi nhập hỏng: ", "malformed import record: ") + st.columnText(5));
                continue;
            }
            std::memcpy(info.headHash.data(), hh.data(), 32);
            std::memcpy(info.signature.data(), sig.data(), 64);
            info.boxId = it->boxId;
            info.key = it->key;
            info.uid = it->uid;
            info.createdMs = st.columnInt(3);
            if (!verifySignature(info.key, info.message(), info.signature)) {
                out.ok = false;
                out.problems.push_back(tr("chữ ký của lần nhập ", "signature of import ") + st.columnText(5) +
                                       tr(" không hợp lệ", " is not valid"));
                continue;
            }
            signedHeads[logId].push_back({info.headSeq, info.headHash});
        }
        for (const auto& l : logs) {
            if (signedHeads[l.id].empty()) {
                out.ok = false;
                out.problems.push_back(who(l) + tr("sổ không có lần nhập nào đã ký (thêm bằng tay)", "a log with no signed import (added by hand)"));
            }
        }
        for (auto& f : storedFindings(db)) {
            out.warnings.push_back(f.boxId + ": " + f.message);
            out.findings.push_back(std::move(f));
        }
    }

    auto checkpoints = readCheckpoints(db);
    std::vector<StoredCheckpoint> officeCps;
    if (office) officeCps = readCheckpoints(*office);
    for (const auto& log : logs) {
        std::vector<std::int64_t> want;
        for (auto& [seq, h] : signedHeads[log.id]) want.push_back(seq);
        std::vector<StoredCheckpoint> mine;
        for (const auto& c : checkpoints)
            if (c.cp.uid == log.uid) {
                want.push_back(c.cp.size);
                mine.push_back(c);
            }
        for (const auto& c : officeCps)
            if (c.cp.uid == log.uid) want.push_back(c.cp.size);
        auto r = verifyLog(db, log, want, progress);
        if (!r.ok) {
            out.ok = false;
            out.problems.push_back(who(log) + r.firstBad);
        }
        std::int64_t maxSigned = 0;
        for (auto& [seq, h] : signedHeads[log.id]) {
            maxSigned = std::max(maxSigned, seq);
            auto it = r.hashesAt.find(seq);
            if (r.ok && (it == r.hashesAt.end() || it->second != h)) {
                out.ok = false;
                out.problems.push_back(who(log) + tr("chuỗi không khớp đầu chuỗi đã ký ở seq ", "chain does not match the signed head at seq ") +
                                       std::to_string(seq) +
                                       (it == r.hashesAt.end() ? tr(" (dòng cuối bị xoá)", " (rows at the end were removed)") : ""));
            }
        }
        if (out.kind != "box" && r.ok && !signedHeads[log.id].empty() && r.head.seq != maxSigned) {
            out.ok = false;
            out.problems.push_back(who(log) + tr("có dòng sau đầu chuỗi đã ký", "rows after the signed head"));
        }
        if (r.ok) {
            auto hashAt = [&](std::int64_t seq) -> std::optional<Hash> {
                if (seq == 0) return genesisHash(log.boxId, log.key, log.uid);
                auto it = r.hashesAt.find(seq);
                if (it == r.hashesAt.end()) return std::nullopt;
                return it->second;
            };
            // In an audit database the checkpoints are the office's own store.
            auto findings = checkCheckpoints(out.kind == "audit" ? nullptr : office, log, mine, hashAt);
            for (auto& f : findings) {
                if (f.refuses()) {
                    out.ok = false;
                    out.problems.push_back(who(log) + f.message);
                } else {
                    out.warnings.push_back(who(log) + f.message);
                }
                out.findings.push_back(std::move(f));
            }
        }
        std::int64_t witnessed = 0;
        for (const auto& c : (out.kind == "audit" ? checkpoints : officeCps))
            if (c.cp.uid == log.uid && c.cosignedMs) witnessed = std::max(witnessed, c.cp.size);
        if (out.kind != "audit") {
            // The office's cosignature the box brought back: the log must still reach its root.
            r.lastCosigned = lastCosigned(mine, log.uid);
            if (r.lastCosigned) {
                const auto& c = *r.lastCosigned;
                auto it = r.hashesAt.find(c.cp.size);
                std::optional<Hash> h;
                if (c.cp.size == 0) h = genesisHash(log.boxId, log.key, log.uid);
                else if (it != r.hashesAt.end()) h = it->second;
                r.extendsCosigned = r.ok && h && *h == c.cp.root;
                if (r.extendsCosigned) witnessed = std::max(witnessed, c.cp.size);
                else if (r.ok) {
                    out.ok = false;
                    out.problems.push_back(
                        who(log) + tr("sổ không còn nối tiếp điểm kiểm ", "the log no longer extends checkpoint ") +
                        std::to_string(c.cp.number) + " (seq " + std::to_string(c.cp.size) +
                        tr(") mà phường ", ") cosigned by ") + cosignerName(c.note, log.boxId) +
                        tr(" đã ký xác nhận ngày ", " on ") + core::formatIsoTime(*c.cosignedMs) +
                        (h ? tr(": các dòng trước đó đã bị viết lại", ": rows before it were rewritten")
                           : tr(": các dòng đã bị xoá", ": rows were removed")));
                }
            }
        }
        r.witnessedUpTo = witnessed;
        out.logs.push_back(std::move(r));
    }
}

} // namespace signage::playlog
