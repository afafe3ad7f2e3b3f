// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlog/Witness.h"

#include <algorithm>
#include <cstring>
#include <sstream>
#include <stdexcept>

#include "core/Clock.h"
#include "core/Lang.h"
#include "playlog/Schema.h"

namespace signage::playlog {

using core::tr;

namespace {
std::string num(std::int64_t v) { return std::to_string(v); }

// A checkpoint's parameters: what describe() shows.
std::vector<std::pair<std::string, std::string>> cpParams(const Checkpoint& cp) {
    return {{"number", num(cp.number)}, {"size", num(cp.size)}, {"created_ms", num(cp.createdMs)}};
}

std::int64_t toInt(const std::string& s) {
    try {
        return std::stoll(s);
    } catch (const std::exception&) {
        return 0;
    }
}

std::string describe(const WitnessFinding& f) {
    return tr("điểm kiểm ", "checkpoint ") + f.param("number") + " (seq " + f.param("size") + ", " +
           core::formatIsoTime(toInt(f.param("created_ms"))) + ")";
}

WitnessFinding finding(WitnessFinding::Kind k, const LogInfo& log, std::string code,
                       std::vector<std::pair<std::string, std::string>> params) {
    WitnessFinding f{k, log.boxId, {}, std::move(code), std::move(params)};
    f.message = renderFinding(f);
    return f;
}
} // namespace

std::string WitnessFinding::param(std::string_view key) const {
    for (const auto& [k, v] : params)
        if (k == key) return v;
    return {};
}

std::string renderFinding(const WitnessFinding& f) {
    const std::string& c = f.code;
    if (c == "unsigned") return describe(f) + tr(": không có chữ ký hợp lệ của máy", ": not validly signed by the box");
    if (c == "chain_mismatch")
        return describe(f) + tr(": chuỗi của bản xuất không khớp (các dòng đã bị viết lại sau khi máy ký)",
                                ": the export's chain does not match it (rows were rewritten after the box signed)");
    if (c == "missing") return tr("thiếu điểm kiểm ", "checkpoints missing: ") + f.param("from") + "…" + f.param("to");
    if (c == "new_log")
        return tr("mã sổ mới ", "new log id ") + f.param("uid") +
               tr(" cho một máy phường đã biết: phường đã ký xác nhận sổ ",
                  " for a box the office knows: the office cosigned log ") +
               f.param("last_uid") + tr(" đến ", " up to ") + describe(f) +
               tr("; sổ cũ đã bị xoá hoặc làm lại", "; the earlier log was deleted or reset");
    if (c == "rewritten" || c == "removed")
        return tr("bản xuất không nối tiếp ", "the export does not extend the cosigned ") + describe(f) +
               (c == "rewritten" ? tr(" đã được phường ký xác nhận: các dòng trước đó đã bị viết lại",
                                      ": rows before it were rewritten")
                                 : tr(" đã được phường ký xác nhận: các dòng đã bị xoá", ": rows were removed"));
    if (c == "cosigned_missing")
        return describe(f) +
               tr(" mà phường đã ký không còn trong bản xuất (máy đã xoá điểm kiểm)",
                  " cosigned by the office is missing from the export (the box's checkpoints were removed)");
    if (c == "undelivered")
        return tr("điểm kiểm ", "checkpoints ") + f.param("from") + "…" + f.param("to") +
               tr(" do máy ký (khi xuất hoặc khi cắm USB) chưa từng đến phường (có lần xuất không được nộp)",
                  " signed by the box (at an export or a USB visit) never reached the office (logs that were not "
                  "delivered)");
    return f.message; // an unknown code (a newer program): what was stored
}

std::string_view findingKindName(WitnessFinding::Kind k) {
    switch (k) {
    case WitnessFinding::Kind::BadCheckpoint: return "bad_checkpoint";
    case WitnessFinding::Kind::NotExtending: return "not_extending";
    case WitnessFinding::Kind::NewLog: return "new_log";
    case WitnessFinding::Kind::Gap: return "gap";
    }
    return "unknown";
}

std::vector<StoredCheckpoint> readCheckpoints(db::Database& db, const std::optional<LogId>& uid) {
    std::vector<StoredCheckpoint> out;
    readOlderSchema(db);
    if (!hasTable(db, "checkpoints") && schemaVersion(db) >= 3) return out;
    auto st = db.prepare(std::string("SELECT note, cosigned_ms FROM checkpoints") + (uid ? " WHERE log_uid=?1" : "") +
                         " ORDER BY box_id, log_uid, number");
    if (uid) st.bindBlob(1, uid->data(), uid->size());
    while (st.step()) {
        std::string error;
        auto note = parseNote(st.columnText(0), error);
        std::optional<Checkpoint> cp;
        if (note) cp = parseCheckpoint(note->body, error);
        if (!cp) throw std::runtime_error(tr("điểm kiểm hỏng trong cơ sở dữ liệu: ", "malformed checkpoint in the database: ") + error);
        out.push_back({*cp, *note, st.columnIsNull(1) ? std::nullopt : std::optional<std::int64_t>(st.columnInt(1))});
    }
    return out;
}

void storeCheckpoint(db::Database& db, const StoredCheckpoint& c) {
    auto st = db.prepare("INSERT INTO checkpoints(box_id, log_uid, number, size, root, created_ms, note, cosigned_ms) "
                         "VALUES(?1,?2,?3,?4,?5,?6,?7,?8) ON CONFLICT(log_uid, number) DO UPDATE SET note=excluded.note, "
                         "cosigned_ms=excluded.cosigned_ms");
    st.bind(1, c.cp.boxId).bindBlob(2, c.cp.uid.data(), c.cp.uid.size()).bind(3, c.cp.number).bind(4, c.cp.size);
    st.bindBlob(5, c.cp.root.data(), c.cp.root.size()).bind(6, c.cp.createdMs).bind(7, c.note.text());
    if (c.cosignedMs) st.bind(8, *c.cosignedMs);
    else st.bindNull(8);
    st.step();
}

StoredCheckpoint makeCheckpoint(db::Database& db, const LogInfo& log, const ChainHead& head, const BoxKey& boxKey,
                                std::int64_t nowMs) {
    Checkpoint cp{log.boxId, log.uid, head.seq, head.hash, 1, nowMs};
    auto st = db.prepare("SELECT max(number) FROM checkpoints WHERE log_uid=?1");
    st.bindBlob(1, log.uid.data(), log.uid.size());
    if (st.step() && !st.columnIsNull(0)) cp.number = st.columnInt(0) + 1;
    StoredCheckpoint c{cp, signCheckpoint(cp, boxKey), std::nullopt};
    storeCheckpoint(db, c);
    return c;
}

std::vector<WitnessFinding> checkCheckpoints(db::Database* office, const LogInfo& log,
                                             const std::vector<StoredCheckpoint>& exportCps,
                                             const std::function<std::optional<Hash>(std::int64_t)>& hashAt) {
    std::vector<WitnessFinding> out;
    auto add = [&](WitnessFinding::Kind k, std::string code, std::vector<std::pair<std::string, std::string>> params) {
        out.push_back(finding(k, log, std::move(code), std::move(params)));
    };
    std::int64_t expect = 1, lastSize = 0;
    for (const auto& c : exportCps) {
        if (c.cp.uid != log.uid) continue;
        if (c.cp.boxId != log.boxId || c.note.body != c.cp.body() || !hasValidSignature(c.note, log.boxId, log.key)) {
            add(WitnessFinding::Kind::BadCheckpoint, "unsigned", cpParams(c.cp));
            continue;
        }
        if (c.cp.number != expect)
            add(WitnessFinding::Kind::Gap, "missing", {{"from", num(expect)}, {"to", num(c.cp.number - 1)}});
        expect = c.cp.number + 1;
        auto h = hashAt(c.cp.size);
        if (!h || *h != c.cp.root || c.cp.size < lastSize)
            add(WitnessFinding::Kind::BadCheckpoint, "chain_mismatch", cpParams(c.cp));
        lastSize = std::max(lastSize, c.cp.size);
    }
    if (!office) return out;

    std::vector<StoredCheckpoint> known; // cosigned by the office for this box
    for (auto& c : readCheckpoints(*office))
        if (c.cp.boxId == log.boxId && c.cosignedMs) known.push_back(std::move(c));
    if (known.empty()) return out;
    std::vector<StoredCheckpoint> sameLog;
    for (auto& c : known)
        if (c.cp.uid == log.uid) sameLog.push_back(c);
    if (sameLog.empty()) {
        const auto& last = known.back();
        auto p = cpParams(last.cp);
        p.push_back({"uid", toHex(log.uid)});
        p.push_back({"last_uid", toHex(last.cp.uid)});
        add(WitnessFinding::Kind::NewLog, "new_log", std::move(p));
        return out;
    }
    const auto& last = *std::max_element(sameLog.begin(), sameLog.end(),
                                         [](const auto& a, const auto& b) { return a.cp.number < b.cp.number; });
    auto h = hashAt(last.cp.size);
    if (!h || *h != last.cp.root) {
        add(WitnessFinding::Kind::NotExtending, h ? "rewritten" : "removed", cpParams(last.cp));
        return out;
    }
    std::int64_t latest = 0;
    bool hasLast = false;
    for (const auto& c : exportCps) {
        if (c.cp.uid != log.uid) continue;
        latest = std::max(latest, c.cp.number);
        if (c.cp.number == last.cp.number) hasLast = c.cp == last.cp;
    }
    if (!hasLast) add(WitnessFinding::Kind::Gap, "cosigned_missing", cpParams(last.cp));
    else if (latest > last.cp.number + 1)
        add(WitnessFinding::Kind::Gap, "undelivered", {{"from", num(last.cp.number + 1)}, {"to", num(latest - 1)}});
    return out;
}

std::optional<SignedNote> cosignLatest(db::Database& office, const std::vector<StoredCheckpoint>& exportCps,
                                       const OfficeWitness& witness, std::int64_t nowMs) {
    if (!witness.key) return std::nullopt;
    if (exportCps.empty()) return std::nullopt;
    std::string hex = toHex(witness.key->publicKey());
    {
        auto st = office.prepare("SELECT value FROM meta WHERE key='office_key'");
        if (st.step()) {
            if (st.columnText(0) != hex + " " + witness.name)
                throw std::runtime_error(tr("kho của phường đã được ký bằng khoá khác: ", "the office store was cosigned with another key: ") +
                                         st.columnText(0));
        } else {
            auto ins = office.prepare("INSERT INTO meta(key, value) VALUES('office_key', ?1)");
            ins.bind(1, hex + " " + witness.name);
            ins.step();
        }
    }
    auto have = readCheckpoints(office, exportCps.back().cp.uid);
    for (const auto& c : exportCps) {
        bool present = std::any_of(have.begin(), have.end(), [&](const auto& h) { return h.cp == c.cp; });
        if (!present) storeCheckpoint(office, {c.cp, c.note, std::nullopt});
    }
    const auto& latest = *std::max_element(exportCps.begin(), exportCps.end(),
                                           [](const auto& a, const auto& b) { return a.cp.number < b.cp.number; });
    for (const auto& h : have)
        if (h.cp == latest.cp && h.cosignedMs) return h.note;
    StoredCheckpoint c = latest;
    cosign(c.note, *witness.key, witness.name, nowMs / 1000);
    c.cosignedMs = nowMs;
    storeCheckpoint(office, c);
    return c.note;
}

// witness_findings.detail: "@<code>\n<key>=<value>\n…" (values are ids, numbers and hex:
// no newlines); a row without the "@" was stored as words by an older program.
std::vector<WitnessFinding> storedFindings(db::Database& office) {
    std::vector<WitnessFinding> out;
    if (!hasTable(office, "witness_findings")) return out;
    auto st = office.prepare("SELECT box_id, kind, detail, source FROM witness_findings ORDER BY id");
    while (st.step()) {
        WitnessFinding f{WitnessFinding::Kind::Gap, st.columnText(0), {}, {}, {}};
        for (auto k : {WitnessFinding::Kind::BadCheckpoint, WitnessFinding::Kind::NotExtending, WitnessFinding::Kind::NewLog,
                       WitnessFinding::Kind::Gap})
            if (findingKindName(k) == st.columnText(1)) f.kind = k;
        const std::string detail = st.columnText(2);
        f.message = detail;
        if (!detail.empty() && detail[0] == '@') {
            std::istringstream in(detail.substr(1));
            std::getline(in, f.code);
            for (std::string line; std::getline(in, line);)
                if (auto eq = line.find('='); eq != std::string::npos)
                    f.params.push_back({line.substr(0, eq), line.substr(eq + 1)});
            f.message = renderFinding(f);
        }
        f.message = st.columnText(3) + ": " + f.message;
        out.push_back(std::move(f));
    }
    return out;
}

void storeFindings(db::Database& office, const std::vector<WitnessFinding>& findings, const std::string& source,
                   std::int64_t nowMs) {
    auto st = office.prepare("INSERT INTO witness_findings(box_id, kind, detail, source, found_ms) VALUES(?1,?2,?3,?4,?5)");
    for (const auto& f : findings) {
        std::string detail = f.message; // a finding without a code keeps its words
        if (!f.code.empty()) {
            detail = "@" + f.code + "\n";
            for (const auto& [k, v] : f.params) detail += k + "=" + v + "\n";
        }
        st.bind(1, f.boxId)
            .bind(2, std::string(findingKindName(f.kind)))
            .bind(3, detail)
            .bind(4, source)
            .bind(5, nowMs);
        st.step();
        st.reset();
    }
}

std::string unwitnessedWarning() {
    return tr("Lưu ý: chuỗi băm không có khoá bí mật và người giữ máy giữ box.key, nên một đoạn cuối bị viết lại "
              "(hoặc bảng tổng hợp bị nhân lên) vẫn kiểm tra hợp lệ trên máy. Chỉ khi phường đã ký xác nhận một điểm "
              "kiểm (audit merge/cosign) thì các dòng đến điểm đó mới không thể bị viết lại mà không bị phát hiện.",
              "Note: the chain is an unkeyed hash and whoever holds the box holds box.key, so a rewritten tail (or "
              "rollup tables multiplied) still verifies on the box. Only rows up to a checkpoint the office has "
              "cosigned (audit merge/cosign) cannot be rewritten unnoticed.");
}

} // namespace signage::playlog
