// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/TomlFile.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

#include "content/Messages.h"

namespace signage::content {

std::optional<toml::table> parseTomlFile(const SourceFile& file, core::Diagnostics& diags) {
    std::error_code ec;
    auto size = std::filesystem::file_size(file.path, ec);
    if (ec) {
        diags.error(file.whole(), msg::cannotRead(ec.message()));
        return std::nullopt;
    }
    if (size > kMaxTomlBytes) {
        diags.error(file.whole(), msg::fileTooLarge(kMaxTomlBytes));
        return std::nullopt;
    }
    std::ifstream in(file.path, std::ios::binary);
    if (!in) {
        diags.error(file.whole(), msg::cannotRead(std::strerror(errno)));
        return std::nullopt;
    }
    std::string text(static_cast<size_t>(size), '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<size_t>(in.gcount()));
    try {
        return toml::parse(text, file.display);
    } catch (const toml::parse_error& e) {
        diags.error(file.at(e.source().begin), msg::syntaxError(e.description()));
        return std::nullopt;
    }
}

void appendSorted(const core::Diagnostics& from, core::Diagnostics& to) {
    std::vector<core::Diagnostic> items = from.all();
    std::stable_sort(items.begin(), items.end(), [](const core::Diagnostic& a, const core::Diagnostic& b) {
        return std::pair(a.pos.line, a.pos.column) < std::pair(b.pos.line, b.pos.column);
    });
    for (auto& d : items) {
        if (d.severity == core::Diagnostic::Severity::Error) to.error(std::move(d.pos), std::move(d.message));
        else to.warning(std::move(d.pos), std::move(d.message));
    }
}

} // namespace signage::content
