// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The SQLite edge: RAII owners for a connection and its prepared statements.
// The only folder (with playlog/) that includes sqlite3.h; everyone else (the play log,
// the scam checker's blocklists, the plugins' key-value stores) uses these classes.
// A Database is used by one thread at a time (each writer thread opens its own).
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace signage::db {

/// Thrown at setup (open, prepare, schema); hot paths use the bool/int returns instead.
class DbError : public std::runtime_error {
public:
    DbError(const std::string& what, int code) : std::runtime_error(what), _code(code) {}
    int code() const { return _code; } // the SQLite result code (e.g. SQLITE_FULL = 13)

private:
    int _code;
};

class Statement {
public:
    Statement() = default;
    Statement(Statement&&) noexcept = default;
    Statement& operator=(Statement&&) noexcept = default;

    Statement& bind(int index, std::int64_t v);
    Statement& bind(int index, int v) { return bind(index, static_cast<std::int64_t>(v)); }
    Statement& bind(int index, double v);
    Statement& bind(int index, std::string_view v);
    Statement& bind(int index, const char* v) { return bind(index, std::string_view(v)); }
    Statement& bindBlob(int index, const void* data, size_t size);
    Statement& bindNull(int index);

    /// Steps once: true when a row is available, false when done. Throws DbError on error.
    bool step();
    /// Steps to completion, returning the SQLite result code (SQLITE_DONE = 101 when ok),
    /// without throwing: for write paths that must survive disk-full.
    int execute();
    void reset(); // reset + clear bindings, ready to bind again

    std::int64_t columnInt(int col) const;
    double columnDouble(int col) const;
    std::string columnText(int col) const;
    std::vector<std::uint8_t> columnBlob(int col) const;
    bool columnIsNull(int col) const;
    int columnCount() const;

private:
    friend class Database;
    struct Finalizer {
        void operator()(sqlite3_stmt* s) const;
    };
    std::unique_ptr<sqlite3_stmt, Finalizer> _stmt;
    sqlite3* _db = nullptr; // for error messages; not owned
};

class Database {
public:
    enum class Mode { ReadWrite, ReadOnly };
    /// Opens (creating when ReadWrite) the database file. Throws DbError.
    explicit Database(const std::filesystem::path& file, Mode mode = Mode::ReadWrite);
    /// An in-memory database (tests, temporary indexes).
    static Database memory();

    Database(Database&&) noexcept = default;
    Database& operator=(Database&&) noexcept = default;

    /// Runs one or more statements without results. Throws DbError.
    void exec(std::string_view sql);
    /// Like exec but returns the SQLite result code instead of throwing.
    int tryExec(std::string_view sql);
    Statement prepare(std::string_view sql);
    std::int64_t lastInsertRowid() const;
    int changes() const;
    std::string errorMessage() const;
    /// True when the connection cannot write (opened ReadOnly, or the file/dir is read-only).
    bool isReadOnly() const;
    sqlite3* handle() const { return _db.get(); }

    /// Runs `fn` inside BEGIN IMMEDIATE … COMMIT; rolls back if it throws.
    template <typename Fn>
    void transaction(Fn&& fn) {
        exec("BEGIN IMMEDIATE");
        try {
            fn();
            exec("COMMIT");
        } catch (...) {
            tryExec("ROLLBACK");
            throw;
        }
    }

private:
    Database() = default;
    struct Closer {
        void operator()(sqlite3* db) const;
    };
    std::unique_ptr<sqlite3, Closer> _db;
};

} // namespace signage::db
