// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Blocklists and allowlists from a checker/ folder, looked up by canonical key.
//
// Sources (docs/scamcheck.md):
//   *.csv     kind,value,source,reported_on (kind = phone|link|domain|account), a file
//             whose name starts with "allow" is an allowlist, any other a blocklist.
//             Values are normalised (Phone.h, Link.h, Account.h) and indexed into one
//             SQLite file, rebuilt only when a CSV's name, size or mtime changes: in
//             Options::cacheDir when given, else next to the CSVs (.checker-index.sqlite),
//             else (read-only folder) in memory.
//   *.sqlite  prebuilt indexes in the same schema (e.g. a copy of that cache shipped in
//             a bundle), opened read-only.
//
// Threads: lookups may come from any thread; one mutex guards the statements, since the
// connections are opened without SQLite's own locking (db::Database is single-thread).
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/Diagnostic.h"

namespace signage::scamcheck {

struct Link;

enum class EntryKind { Phone, Link, Domain, Account };
std::string_view entryKindName(EntryKind kind);
std::optional<EntryKind> parseEntryKind(std::string_view text);

/// The lookup key for a list value of `kind`; nullopt when it cannot be read as one.
std::optional<std::string> normalizeEntry(EntryKind kind, std::string_view value);
/// Key of a parsed link for kind=link entries: host (without "www.") + path.
std::string linkKey(const Link& link);

struct ListHit {
    bool allow = false; // true: allowlist (official), false: blocklist (reported)
    EntryKind kind = EntryKind::Phone;
    std::string source;     // who reported or published it, as written in the list
    std::string reportedOn; // ISO date when given
};

class ListStore {
public:
    struct Options {
        std::filesystem::path cacheDir; // where to keep the CSV index; empty: next to the CSVs
    };

    /// Opens every list in `checkerDir` (a missing folder means no lists). Rows that
    /// cannot be read become warnings with file:line:col. Throws std::runtime_error
    /// (or db::DbError) when a prebuilt .sqlite list cannot be opened.
    ListStore(const std::filesystem::path& checkerDir, const Options& options, core::Diagnostics& diags);
    ~ListStore();
    ListStore(const ListStore&) = delete;
    ListStore& operator=(const ListStore&) = delete;

    /// Every list entry for `key` (block and allow). Thread-safe.
    std::vector<ListHit> lookup(EntryKind kind, std::string_view key) const;

    size_t entryCount() const { return _entries; }
    /// Hex digest of the lists' contents (part of Checker::dataVersion()).
    const std::string& digest() const { return _digest; }
    /// The CSV index file in use ("" when in memory or when there are no CSVs).
    const std::filesystem::path& indexPath() const { return _indexPath; }
    /// True when the CSV index was reused rather than rebuilt on this load.
    bool indexReused() const { return _reused; }

private:
    struct Source;
    void openCsvIndex(const std::filesystem::path& dir, const std::vector<std::filesystem::path>& csvs, const Options& options,
                      core::Diagnostics& diags);
    void addSource(std::unique_ptr<Source> source);

    mutable std::mutex _mutex; // guards every Source's statement
    std::vector<std::unique_ptr<Source>> _sources;
    size_t _entries = 0;
    std::string _digest;
    std::filesystem::path _indexPath;
    bool _reused = false;
};

} // namespace signage::scamcheck
