// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A plugin's key-value store: one SQLite file per plugin (through db/), a byte quota, and
// write-behind. The render thread reads and writes an in-memory map (never waiting on the
// disk); a writer thread owned by the store persists the changed keys in one transaction.
// Shared by every instance of the same plugin (PluginHost hands out one per plugin name).
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <variant>
#include <vector>

namespace signage::scripting {

using KvValue = std::variant<std::string, double, std::int64_t, bool>;

struct KvLimits {
    std::size_t quotaBytes = 256 * 1024; // keys + values
    std::size_t maxKeyBytes = 200;
    std::size_t maxValueBytes = 64 * 1024;
};

class KvStore {
public:
    enum class SetResult { Ok, QuotaExceeded, KeyInvalid, ValueTooLarge };

    /// Loads every key of `file` when it exists; the file is created by the first write.
    /// Empty path: memory only (nothing persists). Throws db::DbError at setup.
    KvStore(std::filesystem::path file, KvLimits limits);
    ~KvStore(); // writes what is pending, stops the writer
    KvStore(const KvStore&) = delete;
    KvStore& operator=(const KvStore&) = delete;

    // Render thread only.
    std::optional<KvValue> get(const std::string& key) const;
    SetResult set(const std::string& key, KvValue value);
    bool remove(const std::string& key);
    std::vector<std::string> keys() const;
    std::size_t bytesUsed() const { return _bytes; }
    const KvLimits& limits() const { return _limits; }

    /// Blocks until the writer has stored everything queued so far (tests, shutdown).
    void flush();
    /// Writes that failed (disk full, I/O error); the map keeps the values meanwhile.
    std::size_t failedWrites() const;

private:
    static std::size_t cost(const std::string& key, const KvValue& v);
    void startWriter(); // render thread: on the first write
    void writerLoop();

    std::filesystem::path _file;
    KvLimits _limits;
    std::map<std::string, KvValue> _values; // render thread only
    std::size_t _bytes = 0;                 // render thread only

    mutable std::mutex _mutex; // guards _pending, _stop, _inFlight, _failed
    std::condition_variable _wake, _idle;
    std::map<std::string, std::optional<KvValue>> _pending; // nullopt = delete
    bool _stop = false;
    bool _inFlight = false;
    std::size_t _failed = 0;
    std::thread _writer; // owns the database connection (db::Database is single-thread)
};

} // namespace signage::scripting
