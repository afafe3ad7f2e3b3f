// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A problem found in a file, located as file:line:col (1-based; 0 = unknown).
#include <string>
#include <vector>

namespace signage::core {

struct SourcePos {
    std::string file;
    int line = 0;
    int column = 0;
};

struct Diagnostic {
    enum class Severity { Error, Warning };
    SourcePos pos;
    std::string message; // already in the run's language (see core/Lang.h)
    Severity severity = Severity::Error;

    /// "file:line:col: message" (or "file: message" when the position is unknown),
    /// with "warning: " before warnings.
    std::string format() const;
};

/// Collects diagnostics while loading; callers decide whether errors are fatal.
class Diagnostics {
public:
    void error(SourcePos pos, std::string message);
    void warning(SourcePos pos, std::string message);
    const std::vector<Diagnostic>& all() const { return _items; }
    bool hasErrors() const;
    size_t errorCount() const;
    void append(const Diagnostics& other);

private:
    std::vector<Diagnostic> _items;
};

} // namespace signage::core
