// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/ContentDir.h"

#include <algorithm>
#include <cctype>

#include "core/Utf8.h"

namespace signage::content {

namespace fs = std::filesystem;

namespace {

/// "http://", "https://", "file:///", "rtsp://": a scheme then "://".
bool looksLikeUrl(std::string_view w) {
    size_t colon = w.find("://");
    if (colon == std::string_view::npos || colon == 0) return false;
    if (!std::isalpha(static_cast<unsigned char>(w[0]))) return false;
    for (size_t i = 0; i < colon; ++i) {
        unsigned char c = static_cast<unsigned char>(w[i]);
        if (!std::isalnum(c) && c != '+' && c != '-' && c != '.') return false;
    }
    return true;
}

/// "%2e", "%2f" or "%5c" (either case): a dot or separator written the way URLs escape
/// them. We never decode: a name meaning ".." must not be accepted in disguise, nor
/// reported as merely missing.
bool hasEncodedSeparator(std::string_view w) {
    for (size_t i = 0; i + 2 < w.size(); ++i) {
        if (w[i] != '%') continue;
        char a = w[i + 1], b = static_cast<char>(std::tolower(static_cast<unsigned char>(w[i + 2])));
        if ((a == '2' && (b == 'e' || b == 'f')) || (a == '5' && b == 'c')) return true;
    }
    return false;
}

} // namespace

ContentDir::ContentDir(const fs::path& dir) : _display(dir) {
    std::error_code ec;
    fs::path abs = fs::absolute(dir, ec);
    _root = (ec ? dir : abs).lexically_normal();
    // "demo/" and "demo" name the same directory; keep no trailing separator.
    if (!_root.has_filename() && _root.has_parent_path() && _root != _root.root_path()) _root = _root.parent_path();
    if (_display.empty()) _display = ".";
}

std::string ContentDir::display(const fs::path& file) const {
    fs::path rel = file.is_absolute() ? file.lexically_relative(_root) : file;
    if (rel.empty() || *rel.begin() == "..") return file.string();
    if (_display == ".") return rel.string();
    return (_display / rel).string();
}

bool ContentDir::inside(std::string_view written, fs::path& absolute) const {
    fs::path p{std::string(written)};
    if (written.empty() || p.is_absolute() || p.has_root_name()) return false;
    fs::path normal = (_root / p).lexically_normal();
    fs::path rel = normal.lexically_relative(_root);
    if (rel.empty() || rel == "." || *rel.begin() == "..") return false;
    absolute = normal;
    return true;
}

bool ContentDir::confined(const fs::path& existing) const {
    std::error_code ec;
    fs::path realRoot = fs::canonical(_root, ec);
    if (ec) return false;
    fs::path real = fs::canonical(existing, ec);
    if (ec) return false;
    fs::path rel = real.lexically_relative(realRoot);
    return !rel.empty() && *rel.begin() != "..";
}

ContentDir::Resolved ContentDir::resolveFile(std::string_view written) const {
    Resolved r;
    if (core::findControlChar(written) != std::string_view::npos) {
        r.problem = Problem::ControlChar;
        return r;
    }
    if (looksLikeUrl(written)) {
        r.problem = Problem::Url;
        return r;
    }
    if (hasEncodedSeparator(written)) {
        r.problem = Problem::EncodedPath;
        return r;
    }
    if (!inside(written, r.absolute)) {
        r.problem = Problem::Outside;
        return r;
    }
    std::error_code ec;
    auto status = fs::status(r.absolute, ec);
    if (!fs::exists(status)) {
        fs::path nfc;
        std::string nfcText = core::toNfc(written);
        if (nfcText != written && inside(nfcText, nfc) && fs::exists(fs::status(nfc, ec))) {
            r.absolute = nfc;
            status = fs::status(nfc, ec);
        }
    }
    if (!fs::exists(status)) r.problem = Problem::Missing;
    else if (!confined(r.absolute)) r.problem = Problem::LinkOutside;
    else if (!fs::is_regular_file(status)) r.problem = Problem::NotAFile;
    return r;
}

std::vector<std::string> ContentDir::ids(std::string_view subdir) const {
    std::vector<std::string> out;
    std::error_code ec;
    for (fs::directory_iterator it(_root / subdir, ec), end; !ec && it != end; it.increment(ec)) {
        const fs::path& p = it->path();
        std::string name = p.filename().string();
        if (p.extension() != ".toml" || name.empty() || name[0] == '.') continue;
        if (!it->is_regular_file(ec) || !confined(p)) continue;
        out.push_back(p.stem().string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool ContentDir::hasId(std::string_view subdir, std::string_view id) const {
    if (id.empty() || id.find('/') != std::string_view::npos || id.find('\\') != std::string_view::npos || id[0] == '.') return false;
    if (core::findControlChar(id) != std::string_view::npos) return false;
    std::error_code ec;
    fs::path file = _root / subdir / (std::string(id) + ".toml");
    return fs::is_regular_file(file, ec) && confined(file);
}

} // namespace signage::content
