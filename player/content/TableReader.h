// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Checked reading of one table of a content file: core::TomlTable (typed getters that
// report wrong types and bad values at the value's line and column, unknown keys with
// "did you mean") with the content-only getters added. Loaders count errors per table to
// decide what to leave out.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "content/ContentDir.h"
#include "content/Model.h"
#include "content/TomlFile.h"
#include "core/TomlTable.h"

namespace signage::content {

/// core::TomlTable (the tree's one table reader; content files refuse unknown keys) plus the
/// two getters only content files have: colours and files inside the content directory.
class TableReader : public core::TomlTable {
public:
    TableReader(const toml::table& table, const SourceFile& file, core::Diagnostics& diags, std::string prefix = {})
        : core::TomlTable(table, file, diags, std::move(prefix), UnknownKeys::Error) {}

    using core::TomlTable::table;
    const SourceFile& file() const { return source(); }

    std::optional<Color> color(std::string_view key, bool alphaAllowed);
    /// A path to an existing file inside the content directory, made absolute.
    std::optional<std::filesystem::path> file(std::string_view key, const ContentDir& dir);
};

} // namespace signage::content
