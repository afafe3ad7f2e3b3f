// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Database.h"

#include <sqlite3.h>

namespace signage::db {

namespace {
[[noreturn]] void fail(sqlite3* db, int rc, std::string_view what) {
    std::string msg(what);
    msg += ": ";
    msg += db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    throw DbError(msg, rc);
}
} // namespace

void Statement::Finalizer::operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
void Database::Closer::operator()(sqlite3* db) const { sqlite3_close_v2(db); }

Statement& Statement::bind(int index, std::int64_t v) {
    sqlite3_bind_int64(_stmt.get(), index, v);
    return *this;
}
Statement& Statement::bind(int index, double v) {
    sqlite3_bind_double(_stmt.get(), index, v);
    return *this;
}
Statement& Statement::bind(int index, std::string_view v) {
    sqlite3_bind_text(_stmt.get(), index, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
}
Statement& Statement::bindBlob(int index, const void* data, size_t size) {
    sqlite3_bind_blob(_stmt.get(), index, data, static_cast<int>(size), SQLITE_TRANSIENT);
    return *this;
}
Statement& Statement::bindNull(int index) {
    sqlite3_bind_null(_stmt.get(), index);
    return *this;
}

bool Statement::step() {
    int rc = sqlite3_step(_stmt.get());
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    fail(_db, rc, "step");
}

int Statement::execute() {
    int rc;
    while ((rc = sqlite3_step(_stmt.get())) == SQLITE_ROW) {
    }
    return rc;
}

void Statement::reset() {
    sqlite3_reset(_stmt.get());
    sqlite3_clear_bindings(_stmt.get());
}

std::int64_t Statement::columnInt(int col) const { return sqlite3_column_int64(_stmt.get(), col); }
double Statement::columnDouble(int col) const { return sqlite3_column_double(_stmt.get(), col); }
std::string Statement::columnText(int col) const {
    const auto* p = sqlite3_column_text(_stmt.get(), col);
    return p ? std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(_stmt.get(), col))) : std::string();
}
std::vector<std::uint8_t> Statement::columnBlob(int col) const {
    const auto* p = static_cast<const std::uint8_t*>(sqlite3_column_blob(_stmt.get(), col));
    return p ? std::vector<std::uint8_t>(p, p + sqlite3_column_bytes(_stmt.get(), col)) : std::vector<std::uint8_t>();
}
bool Statement::columnIsNull(int col) const { return sqlite3_column_type(_stmt.get(), col) == SQLITE_NULL; }
int Statement::columnCount() const { return sqlite3_column_count(_stmt.get()); }

Database::Database(const std::filesystem::path& file, Mode mode) {
    sqlite3* raw = nullptr;
    int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    int rc = sqlite3_open_v2(file.c_str(), &raw, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    _db.reset(raw); // closes even when open failed
    if (rc != SQLITE_OK) fail(raw, rc, "open " + file.string());
    sqlite3_extended_result_codes(raw, 0);
    sqlite3_busy_timeout(raw, 2000);
}

Database Database::memory() {
    Database d;
    sqlite3* raw = nullptr;
    int rc = sqlite3_open(":memory:", &raw);
    d._db.reset(raw);
    if (rc != SQLITE_OK) fail(raw, rc, "open :memory:");
    return d;
}

void Database::exec(std::string_view sql) {
    int rc = tryExec(sql);
    if (rc != SQLITE_OK) fail(_db.get(), rc, std::string(sql.substr(0, 60)));
}

int Database::tryExec(std::string_view sql) {
    std::string text(sql);
    return sqlite3_exec(_db.get(), text.c_str(), nullptr, nullptr, nullptr);
}

Statement Database::prepare(std::string_view sql) {
    sqlite3_stmt* raw = nullptr;
    int rc = sqlite3_prepare_v2(_db.get(), sql.data(), static_cast<int>(sql.size()), &raw, nullptr);
    Statement s;
    s._stmt.reset(raw);
    s._db = _db.get();
    if (rc != SQLITE_OK) fail(_db.get(), rc, "prepare " + std::string(sql.substr(0, 60)));
    return s;
}

std::int64_t Database::lastInsertRowid() const { return sqlite3_last_insert_rowid(_db.get()); }
int Database::changes() const { return sqlite3_changes(_db.get()); }
std::string Database::errorMessage() const { return sqlite3_errmsg(_db.get()); }
bool Database::isReadOnly() const { return sqlite3_db_readonly(_db.get(), "main") == 1; }

} // namespace signage::db
