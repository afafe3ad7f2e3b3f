// SPDX-License-Identifier: GPL-3.0-or-later
#include "office/Ingest.h"

#include <algorithm>
#include <stdexcept>

#include "core/Lang.h"
#include "core/Log.h"

namespace signage::office {

using core::tr;
using namespace playlog;

namespace {
constexpr size_t kMaxWaitingPerLog = 64; // beyond this the box re-sends after its ack timeout

struct Refused : std::runtime_error {
    using std::runtime_error::runtime_error;
};

void store(LogStore& s, std::int64_t log, const StoredLink& link) {
    std::visit(
        [&](const auto& l) {
            using T = std::decay_t<decltype(l)>;
            if constexpr (std::is_same_v<T, StartLink>) s.insertStart(log, l, link.storedHash);
            else if constexpr (std::is_same_v<T, EndLink>) {
                if (!s.updateEnd(log, l, link.storedHash)) throw Refused(describeLink(link.link, 0) + ": end without its start");
            } else if constexpr (std::is_same_v<T, EventLink>) s.insertEvent(log, l, link.storedHash);
            else s.insertTouch(log, l, link.storedHash);
        },
        link.link);
}
} // namespace

Ingest::Ingest(db::Database& db, TrustedKeys trusted) : _db(db), _store(db), _trusted(std::move(trusted)) {}

size_t Ingest::waiting() const {
    size_t n = 0;
    for (const auto& [uid, m] : _waiting) n += m.size();
    return n;
}

IngestResult Ingest::apply(fleet::LogBatch batch, std::int64_t nowMs) {
    std::vector<fleet::LogBatch> v;
    v.push_back(std::move(batch));
    return apply(std::move(v), nowMs).front();
}

std::vector<IngestResult> Ingest::apply(std::vector<fleet::LogBatch> batches, std::int64_t nowMs) {
    std::vector<IngestResult> results;
    results.reserve(batches.size());
    auto waitingBefore = _waiting;
    try {
        _db.transaction([&] {
            for (auto& b : batches) {
                // A savepoint per batch: a refused batch leaves the others of the group.
                _db.exec("SAVEPOINT batch");
                IngestResult r;
                try {
                    r = applyOne(b, nowMs);
                    if (r.status == IngestResult::Status::Waiting) {
                        auto& w = _waiting[b.uid];
                        if (w.size() < kMaxWaitingPerLog) w.emplace(b.firstSeq(), std::move(b));
                    } else if (r.status == IngestResult::Status::Stored) {
                        releaseWaiting(b.uid, r, nowMs);
                    }
                    _db.exec("RELEASE batch");
                } catch (const Refused& e) {
                    _db.exec("ROLLBACK TO batch");
                    _db.exec("RELEASE batch");
                    _store.forgetCaches();
                    r.status = IngestResult::Status::Refused;
                    r.error = e.what();
                }
                results.push_back(std::move(r));
            }
        });
    } catch (...) {
        _store.forgetCaches();
        _waiting = std::move(waitingBefore);
        throw;
    }
    for (const auto& r : results) _linksStored += static_cast<std::uint64_t>(r.added);
    return results;
}

void Ingest::releaseWaiting(const LogId& uid, IngestResult& r, std::int64_t nowMs) {
    auto it = _waiting.find(uid);
    while (it != _waiting.end() && !it->second.empty()) {
        auto& m = it->second;
        auto first = m.begin();
        if (first->first > r.ackSeq + 1) break; // still a gap
        fleet::LogBatch next = std::move(first->second);
        m.erase(first);
        _db.exec("SAVEPOINT waiting");
        try {
            IngestResult more = applyOne(next, nowMs);
            _db.exec("RELEASE waiting");
            r.ackSeq = std::max(r.ackSeq, more.ackSeq);
            r.added += more.added;
        } catch (const Refused& e) {
            _db.exec("ROLLBACK TO waiting");
            _db.exec("RELEASE waiting");
            _store.forgetCaches();
            core::Logger("office").warn(tr("lô chờ bị từ chối: ", "waiting batch refused: ") + e.what());
        }
    }
    if (it != _waiting.end() && it->second.empty()) _waiting.erase(it);
}

IngestResult Ingest::applyOne(const fleet::LogBatch& b, std::int64_t nowMs) {
    IngestResult r;
    r.boxId = b.boxId;
    r.logHex = toHex(b.uid);
    const std::string& who = b.sender.empty() ? b.boxId : b.sender;
    auto trusted = _trusted.find(who);
    if (trusted == _trusted.end())
        throw Refused(tr("lô từ máy chưa đăng ký (khoá không tin cậy): ", "batch from an unenrolled box (untrusted key): ") + who +
                      " " + toHex(b.key).substr(0, 16));
    if (trusted->second != b.key)
        throw Refused(tr("lô ký bằng khoá khác khoá đã đăng ký của máy ", "batch signed with a key other than the enrolled key of ") + who);
    if (!b.signatureValid()) throw Refused(tr("chữ ký lô không hợp lệ: lô đã bị sửa", "batch signature is not valid: the batch was altered"));

    auto existing = _store.findLog(b.uid);
    if (existing && (existing->key != b.key || existing->boxId != b.boxId))
        throw Refused(tr("mâu thuẫn với dữ liệu đã lưu (khoá khác)", "contradicts stored data (different key)"));
    LogInfo log = existing ? *existing : _store.createLog(b.boxId, b.key, b.uid, b.logCreatedMs);
    ChainHead head = _store.loadHead(log);
    r.ackSeq = head.seq;
    if (b.headSeq <= head.seq) {
        r.status = IngestResult::Status::Duplicate;
        return r;
    }
    if (b.firstSeq() > head.seq + 1) {
        r.status = IngestResult::Status::Waiting;
        return r;
    }
    // A play whose start and end are both in this batch is stored as one row (one insert
    // instead of an insert and an update). Every link is still checked in chain order; the
    // end is written ahead of its own check, and a refusal rolls the whole batch back.
    _endAt.clear();
    for (size_t i = 0; i < b.links.size(); ++i)
        if (const auto* e = std::get_if<EndLink>(&b.links[i].link); e && e->seq > head.seq)
            _endAt.emplace(e->startSeq, i);
    _endDone.assign(b.links.size(), false);
    Hash prev = head.hash;
    std::int64_t added = 0;
    for (size_t i = 0; i < b.links.size(); ++i) {
        const auto& s = b.links[i];
        std::int64_t seq = linkSeq(s.link);
        if (seq <= head.seq) continue; // already stored (overlap with an earlier batch)
        Hash h = chainHash(prev, s.link);
        if (h != s.storedHash) throw Refused(describeLink(s.link, 0) + ": " + tr("dòng đã bị sửa", "row was altered"));
        if (const auto* start = std::get_if<StartLink>(&s.link)) {
            auto end = _endAt.find(start->seq);
            if (end != _endAt.end() && end->second > i && !_endDone[end->second]) {
                const auto& e = b.links[end->second];
                _store.insertPlay(log.id, *start, s.storedHash, std::get<EndLink>(e.link), e.storedHash);
                _endDone[end->second] = true;
            } else {
                store(_store, log.id, s);
            }
        } else if (!_endDone[i]) {
            store(_store, log.id, s);
        }
        prev = h;
        ++added;
    }
    if (prev != b.headHash) throw Refused(tr("chuỗi không kết thúc ở đầu chuỗi đã ký", "chain does not end at the signed head"));
    if (!_insImport)
        _insImport.emplace(
            _db.prepare("INSERT INTO imports(log, source, head_seq, head_hash, created_ms, signature, imported_ms, "
                        "links_added) VALUES(?1,?2,?3,?4,?5,?6,?7,?8)"));
    auto& ins = *_insImport;
    ins.reset(); // also after a step that threw
    ins.bind(1, log.id).bind(2, "mqtt:" + b.boxId).bind(3, b.headSeq);
    ins.bindBlob(4, b.headHash.data(), b.headHash.size()).bind(5, b.signedMs);
    ins.bindBlob(6, b.signature.data(), b.signature.size()).bind(7, nowMs).bind(8, added);
    ins.step();
    ins.reset();
    r.status = IngestResult::Status::Stored;
    r.ackSeq = b.headSeq;
    r.added = added;
    return r;
}

} // namespace signage::office
