// SPDX-License-Identifier: GPL-3.0-or-later
// The play log's writer thread: the only code that touches the box's playlog.sqlite.
// Pops records in batches, chains and stores them in one transaction per batch, and
// survives storage trouble: a failed batch is kept and retried with back-off while new
// records wait in the bounded queue; what overflows is counted and logged afterwards.
#include <sodium.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <unordered_map>
#include <vector>

#include "core/Lang.h"
#include "core/Log.h"
#include "core/Utf8.h"
#include "playlog/BoxKey.h"
#include "playlog/Chain.h"
#include "playlog/LinkReader.h"
#include "playlog/LogStore.h"
#include "playlog/PlayLogShared.h"

namespace signage::playlog {

namespace {

using Steady = std::chrono::steady_clock;
using core::tr;

const core::Logger kLog("playlog");

// SQLite primary result codes the writer reacts to.
constexpr int kSqliteCorrupt = 11, kSqliteFull = 13, kSqliteNotADb = 26, kSqliteConstraint = 19;
constexpr size_t kMaxDetailBytes = 1000;

/// Thrown when quick_check reports damage: the file is set aside and a new log started.
struct CorruptLog : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct OpenPlay {
    std::int64_t startSeq;
    std::int64_t startMono;
};

/// Everything a batch changes, adopted only when its transaction commits.
struct Work {
    ChainHead head;
    std::unordered_map<PlayToken, OpenPlay> added;
    std::vector<PlayToken> ended;
    std::optional<TimeSample> last;
    std::uint64_t records = 0;
    std::uint64_t flushTicket = 0;
};

LinkTime linkTime(const TimeSample& s) { return LinkTime{std::string(s.boot.view()), s.wallMs, s.monoMs, s.synced}; }

std::string cleanDetail(std::string_view text) {
    std::string out = core::toNfc(text);
    if (out.size() > kMaxDetailBytes) {
        size_t cut = kMaxDetailBytes;
        while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut; // keep whole code points
        out.resize(cut);
        out += "…";
    }
    return out;
}

class Writer {
public:
    explicit Writer(std::shared_ptr<PlayLog::Shared> shared) : _s(std::move(shared)) {}

    void run() {
        std::vector<QueuedRecord> batch;
        for (;;) {
            if (!_db && !openStore()) {
                if (!waitOrAbandon(backoff())) break;
                continue;
            }
            if (batch.empty()) {
                bool drained = collect(batch);
                if (!drained) maybeCheckChain(batch);
                if (batch.empty()) {
                    if (drained) break;
                    continue;
                }
            }
            if (writeBatch(batch)) {
                batch.clear();
                _failures = 0;
            } else if (!waitOrAbandon(backoff())) {
                break;
            }
        }
        finish(batch.size());
    }

private:
    std::chrono::milliseconds backoff() const {
        auto ms = _s->options.retryMin * (1LL << std::min(_failures, 10));
        return std::min<std::chrono::milliseconds>(ms, _s->options.retryMax);
    }

    /// Sleeps `ms` unless close() gave up on us; false when abandoned.
    bool waitOrAbandon(std::chrono::milliseconds ms) {
        std::unique_lock lock(_s->mutex);
        return !_s->cv.wait_for(lock, ms, [&] { return _s->abandon; });
    }

    void finish(size_t unwritten) {
        if (_db) {
            _db->tryExec("PRAGMA wal_checkpoint(TRUNCATE)");
            _store.reset();
            _db.reset();
        }
        // Whatever could not be written is lost; count it so stats() tells the truth.
        size_t left = unwritten + _s->queue.size();
        _s->dropped += left;
        if (left > 0) kLog.error(tr("mất ", "lost ") + std::to_string(left) + tr(" bản ghi sổ phát khi tắt", " play-log records at shutdown"));
        _s->open = false;
        {
            std::lock_guard lock(_s->mutex);
            _s->finished = true;
        }
        _s->cv.notify_all();
    }

    // ---- opening -------------------------------------------------------------------

    std::filesystem::path dbPath() const { return _s->options.dataDir / "playlog.sqlite"; }

    void setAside(const std::string& why) {
        _store.reset();
        _db.reset();
        auto path = dbPath();
        std::string suffix = "." + why + "-" + std::to_string(_s->time->now().wallMs);
        std::error_code ec;
        for (const char* ext : {"", "-wal", "-shm"}) {
            auto from = path;
            from += ext;
            auto to = path;
            to += suffix;
            to += ext;
            if (std::filesystem::exists(from, ec)) std::filesystem::rename(from, to, ec);
        }
        auto aside = path;
        aside += suffix;
        _openNotes.push_back(EventRec{EventKind::LogReset, why + ": " + aside.filename().string(), 0});
        kLog.error(tr("sổ phát không dùng được (", "play log unusable (") + why + tr("), đã chuyển sang ", "), moved to ") +
                   aside.string());
    }

    bool openStore() {
        try {
            std::filesystem::create_directories(_s->options.dataDir);
            if (!_key) {
                // A garbage key must not silence the log: replace it and say so (issue 18).
                std::string aside;
                _key.emplace(BoxKey::loadOrReplace(_s->options.dataDir / "box.key",
                                                   std::to_string(_s->time->now().wallMs), &aside));
                if (!aside.empty()) {
                    _openNotes.push_back(EventRec{EventKind::LogReset, "bad-key: " + aside, 0});
                    kLog.error(tr("khoá máy hỏng, đã chuyển sang ", "box key malformed, moved to ") + aside +
                               tr(" và tạo khoá mới", " and made a new one"));
                }
            }
        } catch (const std::exception& e) {
            logOnce(std::string(tr("không mở được khoá máy: ", "cannot open box key: ")) + e.what());
            return false;
        }
        for (int attempt = 0; attempt < 3; ++attempt) {
            try {
                _db.emplace(dbPath());
                configureWriter(*_db, _s->options.durability);
                std::string qc = integrityCheck(*_db, true);
                if (qc != "ok") throw CorruptLog(qc);
                migrate(*_db);
                if (!checkRole()) {
                    _db.reset();
                    return false;
                }
                _store = std::make_unique<LogStore>(*_db);
                auto logs = _store->logs();
                if (logs.size() > 1 || (logs.size() == 1 && logs[0].key != _key->publicKey())) {
                    setAside("other-key");
                    continue;
                }
                if (logs.empty()) {
                    LogId uid{};
                    randombytes_buf(uid.data(), uid.size());
                    std::string boxId = _s->options.boxId;
                    if (boxId.empty()) boxId = "box-" + toHex(std::span(_key->publicKey()).first(4));
                    _db->transaction([&] {
                        _log = _store->createLog(boxId, _key->publicKey(), uid, _s->time->now().wallMs);
                    });
                } else {
                    _log = logs[0];
                    if (!_s->options.boxId.empty() && _s->options.boxId != _log.boxId) {
                        _openNotes.push_back(EventRec{EventKind::Note,
                                                      "configured box id " + _s->options.boxId + " differs from the log's " + _log.boxId, 0});
                    }
                }
                _head = _store->loadHead(_log);
                _appliedMaxPages = -1;
                _s->open = true;
                _loggedOpenError = false;
                return true;
            } catch (const CorruptLog& e) {
                setAside("corrupt");
            } catch (const db::DbError& e) {
                if (e.code() == kSqliteCorrupt || e.code() == kSqliteNotADb) {
                    setAside("corrupt");
                    continue;
                }
                logOnce(std::string(tr("không mở được sổ phát: ", "cannot open play log: ")) + e.what());
                _store.reset();
                _db.reset();
                return false;
            } catch (const std::exception& e) {
                logOnce(std::string(tr("không mở được sổ phát: ", "cannot open play log: ")) + e.what());
                _store.reset();
                _db.reset();
                return false;
            }
        }
        return false;
    }

    /// A box log must not be an audit database (merged logs of many boxes).
    bool checkRole() {
        auto st = _db->prepare("SELECT value FROM meta WHERE key='role'");
        if (st.step()) {
            if (st.columnText(0) == "box") return true;
            logOnce(dbPath().string() + tr(": không phải sổ phát của máy (role=", ": not a box play log (role=") +
                    st.columnText(0) + ")");
            return false;
        }
        _db->exec("INSERT INTO meta(key, value) VALUES('role', 'box')");
        return true;
    }

    void logOnce(const std::string& msg) {
        if (_loggedOpenError) return;
        _loggedOpenError = true;
        kLog.error(msg);
    }

    // ---- collecting ----------------------------------------------------------------

    /// Fills `batch`: waits for a first record (1 s at most), then up to commitDelay for
    /// more. Returns true when the queue is closed and empty (time to stop).
    bool collect(std::vector<QueuedRecord>& batch) {
        refreshTime();
        auto first = _s->queue.popFor(std::chrono::seconds(1));
        if (!first) {
            if (_s->queue.closed() && _s->queue.size() == 0) return true;
            idleTimeCheck(batch);
            return false;
        }
        bool isFlush = std::holds_alternative<FlushRec>(first->body);
        batch.push_back(std::move(*first));
        if (isFlush) return false;
        auto deadline = Steady::now() + _s->options.commitDelay;
        while (batch.size() < _s->options.maxBatch) {
            auto left = deadline - Steady::now();
            if (left <= Steady::duration::zero()) break;
            auto next = _s->queue.popFor(left);
            if (!next) break;
            isFlush = std::holds_alternative<FlushRec>(next->body);
            batch.push_back(std::move(*next));
            if (isFlush) break; // someone is waiting: commit now
        }
        return false;
    }

    void refreshTime() {
        auto now = Steady::now();
        if (now - _lastRefresh < std::chrono::seconds(1)) return;
        _lastRefresh = now;
        _s->time->refresh();
    }

    /// With nothing to write, still notice a clock jump or a change of sync state.
    void idleTimeCheck(std::vector<QueuedRecord>& batch) {
        if (!_last) return;
        TimeSample s = _s->time->now();
        if (s.synced != _last->synced || isJump(*_last, s)) batch.push_back(QueuedRecord{s, TimeCheckRec{}});
    }

    bool isJump(const TimeSample& a, const TimeSample& b) const {
        if (!(a.boot == b.boot)) return false;
        std::int64_t delta = (b.wallMs - b.monoMs) - (a.wallMs - a.monoMs);
        return std::llabs(delta) >= _s->options.clockJumpMs;
    }

    // ---- re-verifying what is already written ----------------------------------------

    /// Every tailCheckEvery: re-verifies the last tailCheckLinks links and the next slice
    /// of a sweep through the older ones, on this thread between batches. A damaged link
    /// is logged and recorded once (an `error` event, written with the next batch, which
    /// it makes when there is none: chained from the writer's own head, so the damage
    /// does not spread to new rows).
    void maybeCheckChain(std::vector<QueuedRecord>& batch) {
        auto every = _s->options.tailCheckEvery;
        if (every <= std::chrono::milliseconds::zero() || !_db || !_store || _head.seq == 0) return;
        auto now = Steady::now();
        if (!_lastChainCheck) _lastChainCheck = now; // the first check one interval after opening
        if (now - *_lastChainCheck < every) return;
        _lastChainCheck = now;
        const std::int64_t window = std::max<std::int64_t>(1, _s->options.tailCheckLinks);
        const std::int64_t tailFrom = std::max<std::int64_t>(1, _head.seq - window + 1);
        std::optional<std::pair<std::int64_t, std::string>> bad = checkLinks(tailFrom, _head.seq, true);
        if (!bad && tailFrom > 1) {
            if (_sweepSeq < 1 || _sweepSeq >= tailFrom) _sweepSeq = 1;
            std::int64_t to = std::min(tailFrom - 1, _sweepSeq + window - 1);
            bad = checkLinks(_sweepSeq, to, false);
            _sweepSeq = to + 1;
        }
        if (!bad || bad->first == _reportedDamage) return;
        _reportedDamage = bad->first;
        std::int64_t first = _s->damagedFromSeq.load();
        if (first == 0 || bad->first < first) _s->damagedFromSeq = bad->first;
        kLog.error(tr("sổ phát bị hỏng: ", "play log damaged: ") + bad->second +
                   tr(" (vẫn ghi tiếp; lần xuất sau chỉ ký phần trước dòng này)",
                      " (still recording; the next export signs only what comes before)"));
        _openNotes.push_back(EventRec{EventKind::Error,
                                      "row seq " + std::to_string(bad->first) + " does not verify: " + bad->second,
                                      bad->first});
        if (batch.empty()) batch.push_back(QueuedRecord{_s->time->now(), TimeCheckRec{}});
    }

    /// Checks links [from, to] against the hashes stored with them (and the last one
    /// against the writer's own head when `atHead`). The first bad seq and why, or none.
    std::optional<std::pair<std::int64_t, std::string>> checkLinks(std::int64_t from, std::int64_t to, bool atHead) {
        try {
            Hash prev = genesisHash(_log.boxId, _log.key, _log.uid);
            LinkReader reader(*_db, _log.id, std::max<std::int64_t>(1, from - 1));
            std::int64_t expect = from;
            if (from > 1) {
                auto before = reader.next();
                if (!before || linkSeq(before->link) != from - 1)
                    return std::pair{from - 1, std::string("seq ") + std::to_string(from - 1) + " missing"};
                prev = before->storedHash;
            }
            while (expect <= to) {
                auto s = reader.next();
                if (!s || linkSeq(s->link) != expect)
                    return std::pair{expect, std::string("seq ") + std::to_string(expect) + " missing"};
                if (chainHash(prev, s->link) != s->storedHash)
                    return std::pair{expect, describeLink(s->link, s->rowId) + ": hash does not match its contents"};
                prev = s->storedHash;
                ++expect;
            }
            if (atHead && prev != _head.hash)
                return std::pair{to, std::string("seq ") + std::to_string(to) +
                                         ": stored hash differs from the chain head"};
        } catch (const db::DbError& e) {
            return std::pair{from, std::string("seq ") + std::to_string(from) + ": cannot be read: " + e.what()};
        }
        return std::nullopt;
    }

    // ---- writing -------------------------------------------------------------------

    void applyFaultInjection() {
        std::int64_t want = _s->maxPageCount.load();
        if (want == _appliedMaxPages) return;
        _db->tryExec("PRAGMA max_page_count=" + std::to_string(want > 0 ? want : 4294967294LL));
        _appliedMaxPages = want;
    }

    bool writeBatch(std::vector<QueuedRecord>& batch) {
        applyFaultInjection();
        std::uint64_t drops = _s->unloggedDrops.exchange(0);
        Work w{_head, {}, {}, _last, 0, 0};
        try {
            _db->exec("BEGIN IMMEDIATE");
            for (auto& note : _openNotes) appendEvent(w, _s->time->now(), note.kind, note.detail, note.value);
            for (const auto& rec : batch) process(rec, w);
            if (_stallSince) {
                auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(Steady::now() - *_stallSince).count();
                appendEvent(w, _s->time->now(), EventKind::StorageError,
                            "sqlite error " + std::to_string(_stallCode) + ", " + std::to_string(_stallRetries) + " retries",
                            ms);
            }
            if (drops > 0) {
                appendEvent(w, _s->time->now(), EventKind::QueueOverflow, "records lost while the queue was full",
                            static_cast<std::int64_t>(drops));
            }
            _db->exec("COMMIT");
        } catch (const db::DbError& e) {
            _db->tryExec("ROLLBACK");
            _store->forgetCaches();
            _s->unloggedDrops += drops;
            onFailure(e.code(), e.what(), batch);
            return false;
        } catch (const std::exception& e) {
            _db->tryExec("ROLLBACK");
            _store->forgetCaches();
            _s->unloggedDrops += drops;
            onFailure(-1, e.what(), batch);
            return false;
        }
        // Committed: adopt the batch's view.
        _head = w.head;
        for (auto& [token, open] : w.added) _open.emplace(token, open);
        for (auto token : w.ended) _open.erase(token);
        _last = w.last;
        _openNotes.clear();
        if (_stallSince) {
            kLog.info(tr("sổ phát ghi lại được", "play log writable again"));
            _stallSince.reset();
            _stallRetries = 0;
        }
        _s->storageOk = true;
        _s->written += w.records;
        _s->commits += 1;
        if (w.flushTicket) {
            {
                std::lock_guard lock(_s->mutex);
                _s->flushedTicket = std::max(_s->flushedTicket, w.flushTicket);
            }
            _s->cv.notify_all();
        }
        return true;
    }

    void onFailure(int code, const std::string& what, std::vector<QueuedRecord>& batch) {
        _s->failedCommits += 1;
        _s->storageOk = false;
        ++_failures;
        ++_stallRetries;
        if (!_stallSince) {
            _stallSince = Steady::now();
            _stallCode = code;
            kLog.warn(tr("không ghi được sổ phát (", "cannot write play log (") + what +
                      tr("); vẫn phát, bản ghi chờ trong hàng đợi", "); still playing, records wait in the queue"));
        }
        if (code == kSqliteCorrupt || code == kSqliteNotADb) {
            _store.reset();
            _db.reset(); // reopen: quick_check sets the damaged file aside
            _s->open = false;
        } else if (code != kSqliteFull && (code == kSqliteConstraint || code < 0) && _stallRetries >= 3) {
            // Not a storage problem and it will not go away by waiting (a bug, or someone
            // else wrote to the file): give the batch up rather than wedge the log.
            kLog.error(tr("bỏ ", "dropping ") + std::to_string(batch.size()) + tr(" bản ghi không ghi được: ", " records that cannot be written: ") + what);
            _s->unloggedDrops += batch.size();
            _s->dropped += batch.size();
            batch.clear();
            _head = _store->loadHead(_log);
            _open.clear();
        }
    }

    void process(const QueuedRecord& rec, Work& w) {
        if (std::holds_alternative<FlushRec>(rec.body)) {
            w.flushTicket = std::max(w.flushTicket, std::get<FlushRec>(rec.body).ticket);
            return;
        }
        checkTime(rec.at, w);
        std::visit(
            [&](const auto& r) {
                using T = std::decay_t<decltype(r)>;
                if constexpr (std::is_same_v<T, StartRec>) {
                    std::int64_t seq = appendStart(w, rec.at, r.play);
                    w.added[r.token] = OpenPlay{seq, rec.at.monoMs};
                    ++w.records;
                } else if constexpr (std::is_same_v<T, EndRec>) {
                    endPlay(w, rec.at, r);
                } else if constexpr (std::is_same_v<T, NotShownRec>) {
                    std::int64_t seq = appendStart(w, rec.at, r.play);
                    appendEnd(w, rec.at, seq, 0, r.outcome, r.reason);
                    ++w.records;
                } else if constexpr (std::is_same_v<T, EventRec>) {
                    appendEvent(w, rec.at, r.kind, r.detail, r.value);
                    ++w.records;
                } else if constexpr (std::is_same_v<T, TouchRec>) {
                    TouchLink l{w.head.seq + 1, linkTime(rec.at),
                                TouchCheck{sanitizeId(r.check.inputKind), sanitizeId(r.check.verdict), sanitizeId(r.check.tactic)}};
                    Hash h = chainHash(w.head.hash, l);
                    _store->insertTouch(_log.id, l, h);
                    w.head = {l.seq, h};
                    ++w.records;
                }
            },
            rec.body);
    }

    void endPlay(Work& w, const TimeSample& at, const EndRec& r) {
        const OpenPlay* open = nullptr;
        if (auto it = w.added.find(r.token); it != w.added.end()) open = &it->second;
        else if (auto jt = _open.find(r.token); jt != _open.end()) open = &jt->second;
        if (!open || std::find(w.ended.begin(), w.ended.end(), r.token) != w.ended.end()) {
            kLog.debug("end of an unknown play ignored");
            return;
        }
        std::int64_t played = r.end.playedMs.value_or(std::max<std::int64_t>(0, at.monoMs - open->startMono));
        appendEnd(w, at, open->startSeq, played, r.end.outcome, r.end.reason);
        w.ended.push_back(r.token);
        ++w.records;
    }

    std::int64_t appendStart(Work& w, const TimeSample& at, const PlayStart& play) {
        StartLink l{w.head.seq + 1, linkTime(at), play};
        Hash h = chainHash(w.head.hash, l);
        _store->insertStart(_log.id, l, h);
        w.head = {l.seq, h};
        return l.seq;
    }

    void appendEnd(Work& w, const TimeSample& at, std::int64_t startSeq, std::int64_t played, Outcome outcome,
                   const std::string& reason) {
        EndLink l{w.head.seq + 1, startSeq, at.wallMs, at.monoMs, at.synced, played, outcome, cleanDetail(reason)};
        Hash h = chainHash(w.head.hash, l);
        if (_store->updateEnd(_log.id, l, h)) w.head = {l.seq, h};
    }

    void appendEvent(Work& w, const TimeSample& at, EventKind kind, const std::string& detail, std::int64_t value) {
        EventLink l{w.head.seq + 1, linkTime(at), std::string(eventKindName(kind)), cleanDetail(detail), value};
        Hash h = chainHash(w.head.hash, l);
        _store->insertEvent(_log.id, l, h);
        w.head = {l.seq, h};
    }

    /// Records a clock jump or a change of synchronisation before the row that reveals it.
    void checkTime(const TimeSample& s, Work& w) {
        if (w.last && w.last->boot == s.boot) {
            std::int64_t delta = (s.wallMs - s.monoMs) - (w.last->wallMs - w.last->monoMs);
            if (std::llabs(delta) >= _s->options.clockJumpMs) {
                std::int64_t expected = w.last->wallMs + (s.monoMs - w.last->monoMs);
                appendEvent(w, s, EventKind::ClockJump,
                            "from " + core::formatIsoTime(expected) + " to " + core::formatIsoTime(s.wallMs), delta);
            }
            if (s.synced != w.last->synced) {
                appendEvent(w, s, s.synced ? EventKind::ClockSynced : EventKind::ClockUnsynced,
                            core::formatIsoTime(s.wallMs), 0);
            }
        }
        if (!w.last || !(w.last->boot == s.boot) || s.monoMs >= w.last->monoMs) w.last = s;
    }

    std::shared_ptr<PlayLog::Shared> _s;
    std::optional<BoxKey> _key;
    std::optional<db::Database> _db;
    std::unique_ptr<LogStore> _store; // uses *_db; reset before it
    LogInfo _log;
    ChainHead _head;
    std::unordered_map<PlayToken, OpenPlay> _open; // plays started and not yet ended
    std::optional<TimeSample> _last;               // latest sample written (jump detection)
    std::vector<EventRec> _openNotes;              // events found while opening, written with the next batch
    std::int64_t _appliedMaxPages = -1;
    int _failures = 0;
    std::optional<Steady::time_point> _stallSince;
    int _stallCode = 0;
    int _stallRetries = 0;
    bool _loggedOpenError = false;
    Steady::time_point _lastRefresh{};
    std::optional<Steady::time_point> _lastChainCheck; // maybeCheckChain
    std::int64_t _sweepSeq = 1;                        // next older link to re-verify
    std::int64_t _reportedDamage = 0;                  // seq already logged and recorded
};

} // namespace

void runPlayLogWriter(std::shared_ptr<PlayLog::Shared> shared) {
    // Below the render thread: on a busy two-core box the writer waits, the frames do not.
    // (Linux applies nice per thread; failure just leaves the default.)
    ::setpriority(PRIO_PROCESS, static_cast<id_t>(::syscall(SYS_gettid)), 5);
    Writer w(std::move(shared));
    w.run();
}

} // namespace signage::playlog
