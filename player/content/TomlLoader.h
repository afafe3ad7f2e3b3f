// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The frame every loader of one content file shares (manifest, playlist, slide).
#include <filesystem>
#include <optional>

#include "content/ContentDir.h"
#include "content/TableReader.h"
#include "content/TomlFile.h"
#include "core/Diagnostic.h"

namespace signage::content {

/// Reads and parses `file` (a file that cannot be read or is not TOML gives nullopt, with
/// the problem reported), makes a `T` carrying the file and its position, lets
/// `read(reader, value)` fill it from the file's top table, then hands this file's
/// problems to `out` sorted by line. `read` returns false to leave the value out; it
/// reaches the file's SourceFile and problem list through reader.file() and
/// reader.diagnostics().
template <class T, class Read>
std::optional<T> loadTomlFile(const ContentDir& dir, const std::filesystem::path& file, core::Diagnostics& out,
                                 Read&& read) {
    SourceFile src{file, dir.display(file)};
    core::Diagnostics diags; // this file's problems only, sorted into `out` at the end
    std::optional<T> result;
    if (auto doc = parseTomlFile(src, diags)) {
        TableReader r(*doc, src, diags);
        T value;
        value.file = file;
        value.pos = src.start();
        if (read(r, value)) result = std::move(value);
    }
    appendSorted(diags, out);
    return result;
}

} // namespace signage::content
