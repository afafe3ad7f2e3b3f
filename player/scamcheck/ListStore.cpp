// SPDX-License-Identifier: GPL-3.0-or-later
#include "scamcheck/ListStore.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "core/Lang.h"
#include "core/Utf8.h"
#include "db/Database.h"
#include "scamcheck/Account.h"
#include "scamcheck/Csv.h"
#include "scamcheck/Link.h"
#include "scamcheck/Phone.h"

namespace signage::scamcheck {

namespace fs = std::filesystem;
using core::tr;

namespace {
// Bump when normalisation changes: every cached index is then rebuilt.
// 2: link and domain keys are IDNA ASCII ("xn--…"); IPv4 hosts in every form are dotted.
constexpr std::string_view kSchema = "signage-checker-lists-2";
constexpr std::string_view kIndexName = ".checker-index.sqlite";
constexpr int kDone = 101; // SQLITE_DONE

std::uint64_t fnv1a(std::string_view data, std::uint64_t h = 1469598103934665603ull) {
    for (unsigned char c : data) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

std::string hex(std::uint64_t v) {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
    return buf;
}

std::string trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return std::string(s);
}

// "2025-08-01", "1/8/2025", "01-08-2025" → "2025-08-01"; nullopt for anything else.
std::optional<std::string> isoDate(std::string_view s) {
    auto num = [](std::string_view t, int& out) {
        if (t.empty() || t.size() > 4) return false;
        out = 0;
        for (char c : t) {
            if (c < '0' || c > '9') return false;
            out = out * 10 + (c - '0');
        }
        return true;
    };
    char sep = s.find('-') != std::string_view::npos ? '-' : '/';
    size_t a = s.find(sep), b = a == std::string_view::npos ? a : s.find(sep, a + 1);
    if (b == std::string_view::npos) return std::nullopt;
    int x, y, z;
    if (!num(s.substr(0, a), x) || !num(s.substr(a + 1, b - a - 1), y) || !num(s.substr(b + 1), z)) return std::nullopt;
    int year, month, day;
    if (a == 4) year = x, month = y, day = z;
    else if (s.size() - b - 1 == 4) day = x, month = y, year = z;
    else return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1990 || year > 2200) return std::nullopt;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return std::string(buf);
}

std::string readFile(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) throw std::runtime_error(p.string() + ": " + tr("không đọc được tệp", "cannot read file"));
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

bool isAllowList(const fs::path& p) {
    std::string name = core::toLower(p.filename().string());
    return name.rfind("allow", 0) == 0;
}

void createSchema(db::Database& db) {
    db.exec("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);"
            "CREATE TABLE IF NOT EXISTS entries(kind TEXT NOT NULL, value TEXT NOT NULL, allow INTEGER NOT NULL,"
            " source TEXT, reported_on TEXT, PRIMARY KEY(kind, value, allow)) WITHOUT ROWID;"
            "CREATE TABLE IF NOT EXISTS warnings(file TEXT, line INTEGER, col INTEGER, message TEXT);");
}

std::optional<std::string> metaValue(db::Database& db, std::string_view key) {
    try {
        auto st = db.prepare("SELECT value FROM meta WHERE key = ?1");
        st.bind(1, key);
        if (st.step()) return st.columnText(0);
    } catch (const db::DbError&) {
    }
    return std::nullopt;
}

// Column positions of kind, value, source, reported_on; a header row may reorder them
// and may use the Vietnamese names (loai, gia_tri, nguon, ngay_bao_cao).
struct Columns {
    int kind = 0, value = 1, source = 2, reportedOn = 3;
};

bool readHeader(const CsvRecord& rec, Columns& cols) {
    if (rec.empty()) return false;
    auto name = [](const std::string& s) {
        std::string f = core::foldDiacritics(trim(s));
        std::replace(f.begin(), f.end(), ' ', '_');
        return f;
    };
    bool header = false;
    for (const auto& f : rec) {
        std::string n = name(f.text);
        header |= n == "kind" || n == "loai" || n == "value" || n == "gia_tri";
    }
    if (!header) return false;
    cols = {-1, -1, -1, -1};
    for (size_t i = 0; i < rec.size(); ++i) {
        std::string n = name(rec[i].text);
        int idx = static_cast<int>(i);
        if (n == "kind" || n == "loai") cols.kind = idx;
        else if (n == "value" || n == "gia_tri") cols.value = idx;
        else if (n == "source" || n == "nguon") cols.source = idx;
        else if (n == "reported_on" || n == "ngay" || n == "ngay_bao_cao") cols.reportedOn = idx;
    }
    return true;
}

const CsvField* field(const CsvRecord& rec, int idx) {
    return idx >= 0 && static_cast<size_t>(idx) < rec.size() ? &rec[static_cast<size_t>(idx)] : nullptr;
}

struct ImportStats {
    size_t rows = 0;
};

void importCsv(const fs::path& file, const std::string& data, bool allow, db::Statement& insert, db::Statement& warn,
               core::Diagnostics& diags, ImportStats& stats) {
    const std::string name = file.string();
    auto warning = [&](int line, int col, const std::string& msg) {
        diags.warning({name, line, col}, msg);
        warn.bind(1, name).bind(2, line).bind(3, col).bind(4, msg);
        warn.execute();
        warn.reset();
    };
    CsvReader reader(data);
    CsvRecord rec;
    Columns cols;
    bool first = true;
    while (reader.next(rec)) {
        if (first) {
            first = false;
            if (readHeader(rec, cols)) {
                if (cols.kind < 0 || cols.value < 0) warning(rec[0].line, 1, tr("dòng tiêu đề thiếu cột kind hoặc value", "header row lacks a kind or value column"));
                continue;
            }
        }
        const CsvField* kindF = field(rec, cols.kind);
        std::string kindText = kindF ? core::toLower(trim(kindF->text)) : "";
        if (rec.size() == 1 && trim(rec[0].text).empty()) continue; // blank line
        if (!kindText.empty() && kindText[0] == '#') continue;      // comment
        auto kind = parseEntryKind(kindText);
        if (!kind) {
            warning(rec[0].line, kindF ? kindF->column : 1,
                    tr("loại không hợp lệ \"", "unknown kind \"") + kindText + tr("\" (dùng phone, link, domain, account)", "\" (use phone, link, domain, account)"));
            continue;
        }
        const CsvField* valueF = field(rec, cols.value);
        if (!valueF || trim(valueF->text).empty()) {
            warning(rec[0].line, valueF ? valueF->column : kindF->column, tr("thiếu giá trị", "missing value"));
            continue;
        }
        auto key = normalizeEntry(*kind, valueF->text);
        if (!key) {
            warning(valueF->line, valueF->column,
                    tr("không đọc được giá trị như một ", "cannot read the value as a ") + std::string(entryKindName(*kind)));
            continue;
        }
        std::string source;
        if (const CsvField* f = field(rec, cols.source)) source = core::toNfc(trim(f->text));
        std::string reported;
        if (const CsvField* f = field(rec, cols.reportedOn); f && !trim(f->text).empty()) {
            if (auto iso = isoDate(trim(f->text))) {
                reported = *iso;
            } else {
                reported = trim(f->text);
                warning(f->line, f->column, tr("ngày không đúng dạng YYYY-MM-DD hoặc DD/MM/YYYY", "date is not YYYY-MM-DD or DD/MM/YYYY"));
            }
        }
        insert.bind(1, entryKindName(*kind)).bind(2, *key).bind(3, allow ? 1 : 0).bind(4, source).bind(5, reported);
        if (insert.execute() != kDone) throw db::DbError("insert list entry", 1);
        insert.reset();
        ++stats.rows;
    }
}
} // namespace

std::string_view entryKindName(EntryKind kind) {
    switch (kind) {
    case EntryKind::Phone: return "phone";
    case EntryKind::Link: return "link";
    case EntryKind::Domain: return "domain";
    case EntryKind::Account: return "account";
    }
    return "phone";
}

std::optional<EntryKind> parseEntryKind(std::string_view text) {
    for (EntryKind k : {EntryKind::Phone, EntryKind::Link, EntryKind::Domain, EntryKind::Account})
        if (entryKindName(k) == text) return k;
    return std::nullopt;
}

std::string linkKey(const Link& link) {
    std::string host = link.asciiHost;
    if (host.rfind("www.", 0) == 0 && host.size() > 4) host.erase(0, 4);
    return host + link.path;
}

std::optional<std::string> normalizeEntry(EntryKind kind, std::string_view value) {
    switch (kind) {
    case EntryKind::Phone:
        if (auto p = normalizePhone(value)) return p->key;
        return std::nullopt;
    case EntryKind::Link:
        if (auto l = parseLink(value)) return linkKey(*l);
        return std::nullopt;
    case EntryKind::Domain: return normalizeDomain(value);
    case EntryKind::Account: return normalizeAccount(value);
    }
    return std::nullopt;
}

struct ListStore::Source {
    db::Database db;
    db::Statement find;
    explicit Source(db::Database d) : db(std::move(d)) {
        find = db.prepare("SELECT allow, source, reported_on FROM entries WHERE kind = ?1 AND value = ?2");
    }
};

ListStore::~ListStore() = default;

void ListStore::addSource(std::unique_ptr<Source> source) {
    auto st = source->db.prepare("SELECT count(*) FROM entries");
    if (st.step()) _entries += static_cast<size_t>(st.columnInt(0));
    _sources.push_back(std::move(source));
}

ListStore::ListStore(const fs::path& checkerDir, const Options& options, core::Diagnostics& diags) {
    std::vector<fs::path> csvs, sqlites;
    std::error_code ec;
    if (fs::is_directory(checkerDir, ec)) {
        for (const auto& entry : fs::directory_iterator(checkerDir, ec)) {
            if (!entry.is_regular_file(ec)) continue;
            std::string ext = core::toLower(entry.path().extension().string());
            if (ext == ".csv") csvs.push_back(entry.path());
            else if (ext == ".sqlite" && entry.path().filename() != kIndexName) sqlites.push_back(entry.path());
        }
    }
    std::sort(csvs.begin(), csvs.end());
    std::sort(sqlites.begin(), sqlites.end());

    std::uint64_t digest = fnv1a(kSchema);
    if (!csvs.empty()) {
        openCsvIndex(checkerDir, csvs, options, diags);
        digest = fnv1a(_digest, digest);
    }
    for (const auto& file : sqlites) {
        db::Database d(file, db::Database::Mode::ReadOnly);
        if (metaValue(d, "schema") != std::string(kSchema))
            throw std::runtime_error(file.string() + ": " + tr("không phải danh sách của bộ kiểm tra (schema ", "not a checker list (schema ") +
                                     std::string(kSchema) + ")");
        digest = fnv1a(metaValue(d, "digest").value_or(file.filename().string()), digest);
        addSource(std::make_unique<Source>(std::move(d)));
    }
    _digest = hex(digest);
}

void ListStore::openCsvIndex(const fs::path& dir, const std::vector<fs::path>& csvs, const Options& options, core::Diagnostics& diags) {
    // The cache key: every CSV's name, size and mtime, plus the normaliser version.
    std::string manifest(kSchema);
    std::error_code ec;
    for (const auto& f : csvs) {
        auto size = fs::file_size(f, ec);
        auto mtime = fs::last_write_time(f, ec).time_since_epoch().count();
        manifest += "\n" + f.filename().string() + "|" + std::to_string(size) + "|" + std::to_string(mtime);
    }
    fs::path cache;
    if (!options.cacheDir.empty()) {
        fs::path abs = fs::weakly_canonical(fs::absolute(dir, ec), ec);
        cache = options.cacheDir / ("checker-index-" + hex(fnv1a(abs.string())).substr(0, 12) + ".sqlite");
    } else {
        cache = dir / kIndexName;
    }

    if (fs::exists(cache, ec)) {
        try {
            db::Database d(cache, db::Database::Mode::ReadOnly);
            if (metaValue(d, "manifest") == manifest) {
                _digest = metaValue(d, "digest").value_or("");
                auto w = d.prepare("SELECT file, line, col, message FROM warnings");
                while (w.step())
                    diags.warning({w.columnText(0), static_cast<int>(w.columnInt(1)), static_cast<int>(w.columnInt(2))}, w.columnText(3));
                _indexPath = cache;
                _reused = true;
                addSource(std::make_unique<Source>(std::move(d)));
                return;
            }
        } catch (const db::DbError&) {
            // unreadable or foreign file: rebuild over it
        }
    }

    auto build = [&](db::Database& d) {
        d.exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-65536;");
        createSchema(d);
        core::Diagnostics local;
        std::uint64_t h = fnv1a(kSchema);
        d.transaction([&] {
            auto insert = d.prepare("INSERT OR IGNORE INTO entries(kind, value, allow, source, reported_on) VALUES(?1, ?2, ?3, ?4, ?5)");
            auto warn = d.prepare("INSERT INTO warnings(file, line, col, message) VALUES(?1, ?2, ?3, ?4)");
            for (const auto& f : csvs) {
                std::string data = readFile(f);
                h = fnv1a(f.filename().string(), h);
                h = fnv1a(data, h);
                ImportStats stats;
                importCsv(f, data, isAllowList(f), insert, warn, local, stats);
            }
            auto meta = d.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?1, ?2)");
            for (auto [k, v] : {std::pair<std::string_view, std::string>{"schema", std::string(kSchema)},
                                {"manifest", manifest},
                                {"digest", hex(h)}}) {
                meta.bind(1, k).bind(2, v);
                meta.execute();
                meta.reset();
            }
        });
        _digest = hex(h);
        return local;
    };

    // Build next to the final name and rename, so a reader never sees half an index and
    // a crash leaves the old one in place.
    fs::path tmp = cache;
    tmp += ".tmp-" + std::to_string(::getpid());
    try {
        fs::create_directories(cache.parent_path(), ec);
        fs::remove(tmp, ec);
        core::Diagnostics local;
        {
            db::Database d(tmp);
            local = build(d);
        }
        fs::rename(tmp, cache);
        diags.append(local);
        _indexPath = cache;
        addSource(std::make_unique<Source>(db::Database(cache, db::Database::Mode::ReadOnly)));
        return;
    } catch (const std::exception& e) {
        fs::remove(tmp, ec);
        diags.warning({cache.string(), 0, 0}, tr("không ghi được chỉ mục danh sách (", "cannot write the list index (") + e.what() +
                                                  tr("); lập chỉ mục trong bộ nhớ", "); indexing in memory"));
    }
    db::Database mem = db::Database::memory();
    diags.append(build(mem));
    addSource(std::make_unique<Source>(std::move(mem)));
}

std::vector<ListHit> ListStore::lookup(EntryKind kind, std::string_view key) const {
    std::vector<ListHit> hits;
    std::lock_guard lock(_mutex);
    for (const auto& s : _sources) {
        auto& st = s->find;
        st.bind(1, entryKindName(kind)).bind(2, key);
        try {
            while (st.step()) hits.push_back({st.columnInt(0) != 0, kind, st.columnText(1), st.columnText(2)});
        } catch (const db::DbError&) {
            // A read error on one list must not stop the check; the others still answer.
        }
        st.reset();
    }
    return hits;
}

} // namespace signage::scamcheck
