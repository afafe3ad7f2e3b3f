// SPDX-License-Identifier: GPL-3.0-or-later
#include "scripting/KvStore.h"

#include "core/Log.h"
#include "db/Database.h"

namespace signage::scripting {

namespace {
const core::Logger kLog("kv");
constexpr int kTypeString = 0, kTypeNumber = 1, kTypeInteger = 2, kTypeBool = 3;

void createSchema(db::Database& db) {
    db.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
            "CREATE TABLE IF NOT EXISTS kv(key TEXT PRIMARY KEY, type INTEGER NOT NULL, value BLOB) WITHOUT ROWID");
}
} // namespace

std::size_t KvStore::cost(const std::string& key, const KvValue& v) {
    std::size_t valueBytes = std::holds_alternative<std::string>(v) ? std::get<std::string>(v).size() : 8;
    return key.size() + valueBytes;
}

KvStore::KvStore(std::filesystem::path file, KvLimits limits) : _file(std::move(file)), _limits(limits) {
    std::error_code ec;
    // Memory only, or nothing stored yet: no file is created until the first write (a
    // plugin that only reads its store never touches the disk).
    if (_file.empty() || !std::filesystem::exists(_file, ec)) return;
    db::Database db(_file);
    createSchema(db);
    auto sel = db.prepare("SELECT key, type, value FROM kv");
    while (sel.step()) {
        std::string key = sel.columnText(0);
        KvValue v;
        switch (sel.columnInt(1)) {
        case kTypeNumber: v = sel.columnDouble(2); break;
        case kTypeInteger: v = sel.columnInt(2); break;
        case kTypeBool: v = sel.columnInt(2) != 0; break;
        default: v = sel.columnText(2); break;
        }
        _bytes += cost(key, v);
        _values.emplace(std::move(key), std::move(v));
    }
}

void KvStore::startWriter() {
    if (_file.empty() || _writer.joinable()) return;
    _writer = std::thread([this] { writerLoop(); });
}

KvStore::~KvStore() {
    {
        std::lock_guard lock(_mutex);
        _stop = true;
    }
    _wake.notify_all();
    if (_writer.joinable()) _writer.join();
}

std::optional<KvValue> KvStore::get(const std::string& key) const {
    auto it = _values.find(key);
    if (it == _values.end()) return std::nullopt;
    return it->second;
}

KvStore::SetResult KvStore::set(const std::string& key, KvValue value) {
    if (key.empty() || key.size() > _limits.maxKeyBytes) return SetResult::KeyInvalid;
    if (std::holds_alternative<std::string>(value) && std::get<std::string>(value).size() > _limits.maxValueBytes) {
        return SetResult::ValueTooLarge;
    }
    std::size_t newCost = cost(key, value);
    auto it = _values.find(key);
    std::size_t oldCost = it == _values.end() ? 0 : cost(key, it->second);
    if (_bytes - oldCost + newCost > _limits.quotaBytes) return SetResult::QuotaExceeded;
    _bytes = _bytes - oldCost + newCost;
    _values[key] = value;
    if (!_file.empty()) {
        startWriter();
        std::lock_guard lock(_mutex);
        _pending[key] = std::move(value);
    }
    _wake.notify_one();
    return SetResult::Ok;
}

bool KvStore::remove(const std::string& key) {
    auto it = _values.find(key);
    if (it == _values.end()) return false;
    _bytes -= cost(key, it->second);
    _values.erase(it);
    if (!_file.empty()) {
        startWriter();
        std::lock_guard lock(_mutex);
        _pending[key] = std::nullopt;
    }
    _wake.notify_one();
    return true;
}

std::vector<std::string> KvStore::keys() const {
    std::vector<std::string> out;
    out.reserve(_values.size());
    for (const auto& [k, v] : _values) out.push_back(k);
    return out;
}

void KvStore::flush() {
    if (_file.empty() || !_writer.joinable()) return;
    std::unique_lock lock(_mutex);
    _idle.wait(lock, [&] { return _pending.empty() && !_inFlight; });
}

std::size_t KvStore::failedWrites() const {
    std::lock_guard lock(_mutex);
    return _failed;
}

// Writer thread: owns its own connection; batches whatever changed since the last round.
void KvStore::writerLoop() {
    std::optional<db::Database> db;
    try {
        std::filesystem::create_directories(_file.parent_path());
        db.emplace(_file);
        createSchema(*db);
    } catch (const std::exception& e) {
        kLog.error(e.what());
    }
    std::unique_lock lock(_mutex);
    for (;;) {
        _wake.wait(lock, [&] { return _stop || !_pending.empty(); });
        if (_pending.empty() && _stop) break;
        auto batch = std::move(_pending);
        _pending.clear();
        _inFlight = true;
        lock.unlock();
        bool ok = false;
        if (db) {
            try {
                db->transaction([&] {
                    auto put = db->prepare("INSERT OR REPLACE INTO kv(key, type, value) VALUES(?, ?, ?)");
                    auto del = db->prepare("DELETE FROM kv WHERE key = ?");
                    for (const auto& [key, value] : batch) {
                        if (!value) {
                            del.bind(1, key);
                            if (del.execute() != 101) throw db::DbError(db->errorMessage(), 1);
                            del.reset();
                            continue;
                        }
                        put.bind(1, key);
                        if (auto* s = std::get_if<std::string>(&*value)) put.bind(2, kTypeString).bind(3, std::string_view(*s));
                        if (auto* d = std::get_if<double>(&*value)) put.bind(2, kTypeNumber).bind(3, *d);
                        if (auto* i = std::get_if<std::int64_t>(&*value)) put.bind(2, kTypeInteger).bind(3, *i);
                        if (auto* b = std::get_if<bool>(&*value)) put.bind(2, kTypeBool).bind(3, *b ? 1 : 0);
                        if (put.execute() != 101) throw db::DbError(db->errorMessage(), 1);
                        put.reset();
                    }
                });
                ok = true;
            } catch (const db::DbError& e) {
                kLog.error(_file.string() + ": " + e.what());
            }
        }
        lock.lock();
        _inFlight = false;
        if (!ok) ++_failed;
        if (_pending.empty()) _idle.notify_all();
    }
    _idle.notify_all();
}

} // namespace signage::scripting
