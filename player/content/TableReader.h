// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Checked reading of one TOML table: typed getters that report wrong types and bad
// values at the value's line and column, and a final pass that reports every key nobody
// asked for as unknown (with "did you mean"). Loaders count errors per table to decide
// what to leave out.
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "content/ContentDir.h"
#include "content/Model.h"
#include "content/TomlFile.h"

namespace signage::content {

class TableReader {
public:
    /// `prefix` names the table in messages ("theme" gives "theme.title"); empty for the root
    /// and for [[items]] entries, whose position already says which one.
    TableReader(const toml::table& table, const SourceFile& file, core::Diagnostics& diags, std::string prefix = {});

    const toml::table& table() const { return _table; }
    const SourceFile& file() const { return _file; }
    /// Where this reader reports problems (the loaded file's own list).
    core::Diagnostics& diagnostics() const { return _diags; }
    bool has(std::string_view key) const { return _table.contains(key); }
    /// The raw value (nullptr when absent).
    const toml::node* node(std::string_view key) const { return _table.get(key); }
    /// "theme.title" for key "title" in [theme].
    std::string name(std::string_view key) const;
    core::SourcePos keyPos(std::string_view key) const;
    core::SourcePos valuePos(std::string_view key) const;
    /// The table's header ([theme], [[items]]) or 1:1 for the root table.
    core::SourcePos tablePos() const;

    // Getters: nullopt when the key is absent or its value is bad (then already reported).
    std::optional<std::string> string(std::string_view key); // NFC
    /// Reports a missing key (at the table's header) and, unless allowEmpty, an empty value.
    std::optional<std::string> requiredString(std::string_view key, bool allowEmpty = false);
    std::optional<double> number(std::string_view key, double lo, double hi); // integer or float in [lo, hi]
    std::optional<std::int64_t> integer(std::string_view key);
    std::optional<std::vector<std::string>> stringArray(std::string_view key); // NFC elements
    const toml::table* table(std::string_view key);
    const toml::array* array(std::string_view key);
    std::optional<Millis> duration(std::string_view key, bool allowZero = false);
    std::optional<Color> color(std::string_view key, bool alphaAllowed);
    /// The value if it is one of `valid` (exact spelling), else reported with the list.
    std::optional<std::string> oneOf(std::string_view key, const std::vector<std::string>& valid);
    /// A path to an existing file inside the content directory, made absolute.
    std::optional<std::filesystem::path> file(std::string_view key, const ContentDir& dir);
    /// A table of strings/numbers/booleans, passed on as text (plugin options).
    std::optional<std::map<std::string, std::string>> scalarTable(std::string_view key);

    void error(core::SourcePos pos, std::string message);
    void warning(core::SourcePos pos, std::string message);
    void missing(std::string_view key);
    /// Reports `node` (named `what` in the message) as not being `expected`.
    void wrongType(const toml::node& node, std::string_view what, const std::string& expected);
    /// Reports keys of the table that are not in `allowed`: keys in `elsewhere` (allowed for
    /// another item type) as not applying to `typeName`, the others as unknown with a suggestion
    /// drawn from `allowed` and `elsewhere`.
    void rejectUnknownKeys(const std::vector<std::string>& allowed, const std::vector<std::string>& elsewhere = {},
                           std::string_view typeName = {});
    /// Errors reported through this reader (and added from sub-tables' readers).
    int errors() const { return _errors; }
    void addErrors(int n) { _errors += n; }

private:
    /// The node if present and of type T; reports a wrong type (as `expected`) otherwise.
    template <typename T>
    const T* typed(std::string_view key, const std::string& expected);

    const toml::table& _table;
    const SourceFile& _file;
    core::Diagnostics& _diags;
    std::string _prefix;
    int _errors = 0;
};

} // namespace signage::content
