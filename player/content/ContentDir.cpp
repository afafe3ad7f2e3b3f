#include "content/ContentDir.h"

#include <algorithm>

#include "core/Utf8.h"

namespace signage::content {

namespace fs = std::filesystem;

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

ContentDir::Resolved ContentDir::resolveFile(std::string_view written) const {
    Resolved r;
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
        if (!it->is_regular_file(ec)) continue;
        out.push_back(p.stem().string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool ContentDir::hasId(std::string_view subdir, std::string_view id) const {
    if (id.empty() || id.find('/') != std::string_view::npos || id.find('\\') != std::string_view::npos || id[0] == '.') return false;
    std::error_code ec;
    return fs::is_regular_file(_root / subdir / (std::string(id) + ".toml"), ec);
}

} // namespace signage::content
