// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/TableReader.h"

#include "content/Messages.h"
#include "content/Values.h"

namespace signage::content {

std::optional<Color> TableReader::color(std::string_view key, bool alphaAllowed) {
    auto text = string(key);
    if (!text) return std::nullopt;
    auto c = parseColor(*text, alphaAllowed);
    if (!c) error(valuePos(key), msg::badColour(name(key), *text, alphaAllowed));
    return c;
}

std::optional<std::filesystem::path> TableReader::file(std::string_view key, const ContentDir& dir) {
    auto text = string(key);
    if (!text) return std::nullopt;
    // Resolve the path as written (not NFC): bytes on disk are what they are.
    const std::string& written = node(key)->as_string()->get();
    auto r = dir.resolveFile(written);
    switch (r.problem) {
    case ContentDir::Problem::None: return r.absolute;
    case ContentDir::Problem::Outside: error(valuePos(key), msg::outsideDir(name(key), *text)); break;
    case ContentDir::Problem::LinkOutside: error(valuePos(key), msg::linkOutsideDir(name(key), *text)); break;
    case ContentDir::Problem::ControlChar: error(valuePos(key), msg::controlCharInPath(name(key), written)); break;
    case ContentDir::Problem::Url: error(valuePos(key), msg::urlNotFile(name(key), *text)); break;
    case ContentDir::Problem::EncodedPath: error(valuePos(key), msg::percentEncodedPath(name(key), *text)); break;
    case ContentDir::Problem::Missing: error(valuePos(key), msg::fileNotFound(name(key), *text)); break;
    case ContentDir::Problem::NotAFile: error(valuePos(key), msg::notAFile(name(key), *text)); break;
    }
    return std::nullopt;
}

} // namespace signage::content
