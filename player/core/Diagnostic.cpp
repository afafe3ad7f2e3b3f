// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Diagnostic.h"

#include "core/Lang.h"

namespace signage::core {

std::string Diagnostic::format() const {
    std::string out = pos.file;
    if (pos.line > 0) {
        out += ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column > 0 ? pos.column : 1);
    }
    out += ": ";
    if (severity == Severity::Warning) out += tr("cảnh báo: ", "warning: ");
    out += message;
    return out;
}

void Diagnostics::error(SourcePos pos, std::string message) {
    _items.push_back({std::move(pos), std::move(message), Diagnostic::Severity::Error});
}

void Diagnostics::warning(SourcePos pos, std::string message) {
    _items.push_back({std::move(pos), std::move(message), Diagnostic::Severity::Warning});
}

bool Diagnostics::hasErrors() const { return errorCount() > 0; }

size_t Diagnostics::errorCount() const {
    size_t n = 0;
    for (const auto& d : _items) n += d.severity == Diagnostic::Severity::Error;
    return n;
}

void Diagnostics::append(const Diagnostics& other) {
    _items.insert(_items.end(), other._items.begin(), other._items.end());
}

} // namespace signage::core
