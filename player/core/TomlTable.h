// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one TOML table reader of the tree. Every file a person edits (content files,
// schedule.toml, plugin.toml, signage.toml, a bundle's manifest, …) is parsed with
// parseToml/parseTomlFile and read through a TomlTable: syntax errors, wrong types, bad
// values and unknown keys are all reported at file:line:col, unknown keys with "did you
// mean". Whether an unknown key is an error or a warning is the file kind's choice
// (TomlTable::UnknownKeys), written down in docs/architecture.md ("TOML files").
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "core/Diagnostic.h"
#include "core/Duration.h"

namespace signage::core {

/// A file being read: where it is and how diagnostics name it.
struct TomlSource {
    std::filesystem::path path; // where to read it from (parseTomlFile)
    std::string display;        // as the user would type it; diagnostics start with it

    SourcePos at(const toml::source_position& p) const {
        return {display, static_cast<int>(p.line), static_cast<int>(p.column)};
    }
    SourcePos start() const { return {display, 1, 1}; }
    /// For problems with the file as a whole (no line).
    SourcePos whole() const { return {display, 0, 0}; }
};

/// Configuration files are small; a bigger one is refused rather than parsed (a bundle may be hostile).
inline constexpr std::uintmax_t kMaxTomlBytes = 4u << 20;

/// Parses `text` as the contents of `src`. A syntax error is reported at its line and
/// column and gives nullopt.
std::optional<toml::table> parseToml(std::string_view text, const TomlSource& src, Diagnostics& diags);

/// Reads and parses `src.path`. On failure reports the problem (a syntax error at its
/// line and column, a file over `maxBytes`, or why the file could not be read) and returns nullopt.
std::optional<toml::table> parseTomlFile(const TomlSource& src, Diagnostics& diags,
                                         std::uintmax_t maxBytes = kMaxTomlBytes);

/// Appends `from` (diagnostics about one file) to `to` ordered by line and column (readers
/// find problems key by key, in toml++'s key order; people read a file top to bottom).
void appendSorted(const Diagnostics& from, Diagnostics& to);
/// Every diagnostic of `diags` as "file:line:col: message", top to bottom (appendSorted's
/// order), for readers that hand their caller a list of lines.
std::vector<std::string> sortedMessages(const Diagnostics& diags);
/// The first error of `diags` top to bottom, formatted; nullopt when there is none.
std::optional<std::string> firstSortedError(const Diagnostics& diags);

/// Checked reading of one TOML table: typed getters that report wrong types and bad values
/// at the value's line and column, and a final pass (rejectUnknownKeys) that reports every
/// key nobody asked for, with "did you mean". Loaders count errors per table to decide what
/// to leave out.
class TomlTable {
public:
    /// How rejectUnknownKeys reports a key it does not know.
    enum class UnknownKeys {
        Error,   // the file (or the entry) is refused: a misspelt key would silently change what happens
        Warning, // reported, the key ignored: the file stays usable (forward-compatible settings)
    };

    /// `prefix` names the table in messages ("theme" gives "theme.title"); empty for the root
    /// and for [[items]] entries, whose position already says which one.
    TomlTable(const toml::table& table, const TomlSource& source, Diagnostics& diags, std::string prefix = {},
              UnknownKeys unknownKeys = UnknownKeys::Error);

    /// A reader of `sub` (a table inside this one) with the same file, diagnostics and policy;
    /// `prefix` as for the constructor.
    TomlTable child(const toml::table& sub, std::string prefix) const;

    const toml::table& table() const { return _table; }
    const TomlSource& source() const { return _source; }
    /// Where this reader reports problems.
    Diagnostics& diagnostics() const { return _diags; }
    UnknownKeys unknownKeyPolicy() const { return _unknownKeys; }
    bool has(std::string_view key) const { return _table.contains(key); }
    /// The raw value (nullptr when absent).
    const toml::node* node(std::string_view key) const { return _table.get(key); }
    /// "theme.title" for key "title" in [theme].
    std::string name(std::string_view key) const;
    SourcePos keyPos(std::string_view key) const;
    SourcePos valuePos(std::string_view key) const;
    /// Where `n` (any node of this file) starts.
    SourcePos pos(const toml::node& n) const { return _source.at(n.source().begin); }
    /// The table's header ([theme], [[items]]) or 1:1 for the root table.
    SourcePos tablePos() const;

    // Getters: nullopt when the key is absent or its value is bad (then already reported).
    std::optional<std::string> string(std::string_view key); // NFC
    /// Reports a missing key (at the table's header) and, unless allowEmpty, an empty value.
    std::optional<std::string> requiredString(std::string_view key, bool allowEmpty = false);
    std::optional<double> number(std::string_view key, double lo, double hi); // integer or float in [lo, hi]
    std::optional<std::int64_t> integer(std::string_view key);
    /// An integer in [lo, hi] (out of range reported).
    std::optional<std::int64_t> integer(std::string_view key, std::int64_t lo, std::int64_t hi);
    /// true/false only (toml++'s value<bool>() would take `x = 3` as true).
    std::optional<bool> boolean(std::string_view key);
    std::optional<std::vector<std::string>> stringArray(std::string_view key); // NFC elements
    const toml::table* table(std::string_view key);
    const toml::array* array(std::string_view key);
    std::optional<Millis> duration(std::string_view key, bool allowZero = false);
    /// The value if it is one of `valid` (exact spelling), else reported with the list and "did you mean".
    std::optional<std::string> oneOf(std::string_view key, const std::vector<std::string>& valid);
    /// A table of strings/numbers/booleans, passed on as text (plugin options).
    std::optional<std::map<std::string, std::string>> scalarTable(std::string_view key);

    void error(SourcePos pos, std::string message);
    void warning(SourcePos pos, std::string message);
    void missing(std::string_view key);
    /// Reports `node` (named `what` in the message) as not being `expected`.
    void wrongType(const toml::node& node, std::string_view what, const std::string& expected);
    /// Reports keys of the table that are not in `allowed`, as this reader's policy says
    /// (an error or a warning): keys in `elsewhere` (allowed for another item type) as not
    /// applying to `typeName`, the others as unknown with a suggestion drawn from `allowed`
    /// and `elsewhere`. Returns the number of keys reported.
    int rejectUnknownKeys(const std::vector<std::string>& allowed, const std::vector<std::string>& elsewhere = {},
                          std::string_view typeName = {});
    /// Errors reported through this reader (and added from sub-tables' readers).
    int errors() const { return _errors; }
    void addErrors(int n) { _errors += n; }

private:
    /// The node if present and of type T; reports a wrong type (as `expected`) otherwise.
    template <typename T>
    const T* typed(std::string_view key, const std::string& expected);
    void unknown(SourcePos pos, std::string message);

    const toml::table& _table;
    const TomlSource& _source;
    Diagnostics& _diags;
    std::string _prefix;
    UnknownKeys _unknownKeys;
    int _errors = 0;
};

} // namespace signage::core
