#include "playlog/Verifier.h"

#include <algorithm>
#include <cstring>

#include "core/Lang.h"
#include "playlog/Export.h"
#include "playlog/LinkReader.h"
#include "playlog/Schema.h"

namespace signage::playlog {

using core::tr;

LogVerifyResult verifyLog(db::Database& db, const LogInfo& log, const std::vector<std::int64_t>& wantSeqs,
                          const ProgressFn& progress) {
    LogVerifyResult r;
    r.log = log;
    r.head = ChainHead{0, genesisHash(log.boxId, log.key, log.uid)};
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
    if (progress) progress(r.links, r.links);
    return r;
}

FileVerifyResult verifyFile(const std::filesystem::path& file, const ProgressFn& progress) {
    FileVerifyResult out;
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) {
        out.ok = false;
        out.problems.push_back(file.string() + ": " + tr("không có tệp", "no such file"));
        return out;
    }
    db::Database db(file, db::Database::Mode::ReadOnly);
    out.integrity = integrityCheck(db);
    if (out.integrity != "ok") {
        out.ok = false;
        out.problems.push_back(file.string() + ": integrity_check: " + out.integrity);
    }
    if (schemaVersion(db) < 1) {
        out.ok = false;
        out.problems.push_back(file.string() + ": " + tr("không phải sổ phát", "not a play log"));
        return out;
    }
    {
        auto st = db.prepare("SELECT value FROM meta WHERE key='role'");
        out.kind = st.step() ? st.columnText(0) : "box";
    }
    LogStore store(db);
    auto logs = store.logs();

    // What must be vouched for: an export's signed head; an audit database's imports.
    std::unordered_map<std::int64_t, std::vector<std::pair<std::int64_t, Hash>>> signedHeads; // log -> (seq, hash)
    if (out.kind == "export") {
        auto info = readExportInfo(db);
        if (!info) {
            out.ok = false;
            out.problems.push_back(file.string() + ": " + tr("bản xuất không có chữ ký", "export is not signed"));
        } else if (!info->signatureValid()) {
            out.ok = false;
            out.problems.push_back(file.string() + ": " + tr("chữ ký không hợp lệ", "signature is not valid"));
        } else {
            for (const auto& l : logs)
                if (l.uid == info->uid && l.key == info->key) signedHeads[l.id].push_back({info->headSeq, info->headHash});
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
            if (!info.signatureValid()) {
                out.ok = false;
                out.problems.push_back(tr("chữ ký của lần nhập ", "signature of import ") + st.columnText(5) +
                                       tr(" không hợp lệ", " is not valid"));
                continue;
            }
            signedHeads[logId].push_back({info.headSeq, info.headHash});
        }
    }

    for (const auto& log : logs) {
        std::vector<std::int64_t> want;
        for (auto& [seq, h] : signedHeads[log.id]) want.push_back(seq);
        auto r = verifyLog(db, log, want, progress);
        std::string who = file.filename().string() + " [" + log.boxId + "]: ";
        if (!r.ok) {
            out.ok = false;
            out.problems.push_back(who + r.firstBad);
        }
        for (auto& [seq, h] : signedHeads[log.id]) {
            auto it = r.hashesAt.find(seq);
            if (r.ok && (it == r.hashesAt.end() || it->second != h)) {
                out.ok = false;
                out.problems.push_back(who + tr("chuỗi không khớp đầu chuỗi đã ký ở seq ", "chain does not match the signed head at seq ") +
                                       std::to_string(seq) +
                                       (it == r.hashesAt.end() ? tr(" (dòng cuối bị xoá)", " (rows at the end were removed)") : ""));
            }
        }
        if (out.kind == "export" && r.ok && !signedHeads[log.id].empty() && r.head.seq != signedHeads[log.id][0].first) {
            out.ok = false;
            out.problems.push_back(who + tr("có dòng sau đầu chuỗi đã ký", "rows after the signed head"));
        }
        out.logs.push_back(std::move(r));
    }
    return out;
}

} // namespace signage::playlog
