// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/Messages.h"

#include "core/Lang.h"
#include "core/Suggest.h"
#include "core/Utf8.h"

namespace signage::content::msg {

using core::tr;

namespace {
// Quoted, with control characters escaped so one message stays one log line.
std::string q(std::string_view s) { return "\"" + core::escapeControl(s) + "\""; }

} // namespace

std::string fileNotFound(std::string_view name, std::string_view w) {
    return std::string(name) + tr(": tệp ", ": ") + q(w) + tr(" không tồn tại", " does not exist");
}
std::string notAFile(std::string_view name, std::string_view w) {
    return std::string(name) + ": " + q(w) + tr(" không phải là tệp", " is not a file");
}
std::string outsideDir(std::string_view name, std::string_view w) {
    return std::string(name) + ": " + q(w) +
           tr(" nằm ngoài thư mục nội dung (dùng đường dẫn tương đối bên trong thư mục)",
              " is outside the content directory (use a relative path inside it)");
}

std::string linkOutsideDir(std::string_view name, std::string_view w) {
    return std::string(name) + ": " + q(w) +
           tr(" là liên kết tượng trưng trỏ ra ngoài thư mục nội dung",
              " is a symbolic link that leads outside the content directory");
}

std::string controlCharInPath(std::string_view name, std::string_view w) {
    size_t at = core::findControlChar(w);
    std::string which = at == std::string_view::npos ? std::string() : core::escapeControl(w.substr(at, 2)).substr(0, 4);
    return std::string(name) + ": " + q(w) + tr(" chứa ký tự điều khiển (", " contains a control character (") + which +
           tr("), tên tệp không được có ký tự này", "), which a file name must not have");
}

std::string urlNotFile(std::string_view name, std::string_view w) {
    return std::string(name) + ": " + q(w) +
           tr(" là địa chỉ web (URL); máy chỉ phát tệp nằm trong thư mục nội dung (hãy tải tệp về thư mục media/)",
              " is a web address (URL); the player plays only files inside the content directory (download it into "
              "media/)");
}

std::string percentEncodedPath(std::string_view name, std::string_view w) {
    return std::string(name) + ": " + q(w) +
           tr(" được mã hóa phần trăm (%2e là \".\", %2f là \"/\"); hãy viết đường dẫn bình thường, bên trong thư mục nội dung",
              " is percent-encoded (%2e is \".\", %2f is \"/\"); write the path plainly, inside the content directory");
}

std::string badColour(std::string_view name, std::string_view w, bool alpha) {
    return std::string(name) + ": " + q(w) + tr(" không phải màu hợp lệ (viết ", " is not a valid colour (write ") +
           (alpha ? tr("\"#rrggbb\" hoặc \"#rrggbbaa\"", "\"#rrggbb\" or \"#rrggbbaa\"") : std::string("\"#rrggbb\"")) +
           tr(", ví dụ \"#0b2e59\")", ", e.g. \"#0b2e59\")");
}

std::string duplicateId(std::string_view name, std::string_view id, int firstLine) {
    return std::string(name) + tr(": trùng mã ", ": duplicate id ") + q(id) + tr(" (đã dùng ở dòng ", " (already used on line ") +
           std::to_string(firstLine) + ")";
}
std::string duplicateFile(std::string_view name, std::string_view w, int firstLine) {
    return std::string(name) + tr(": tệp ", ": file ") + q(w) + tr(" được liệt kê hai lần (lần đầu ở dòng ", " listed twice (first on line ") +
           std::to_string(firstLine) + ")";
}

namespace {
// "(no file slides/x.toml; did you mean "y"?)"
std::string noFile(std::string_view folder, std::string_view id, std::string_view s) {
    std::string out = tr(" (không có tệp ", " (no file ") + std::string(folder) + "/" + std::string(id) + ".toml";
    if (!s.empty()) out += tr("; ý bạn là ", "; did you mean ") + q(s) + "?";
    return out + ")";
}
} // namespace

std::string unknownSlide(std::string_view name, std::string_view id, std::string_view s) {
    return std::string(name) + tr(": không có trang chiếu ", ": unknown slide ") + q(id) + noFile("slides", id, s);
}
std::string unknownPlaylist(std::string_view name, std::string_view id, std::string_view s) {
    return std::string(name) + tr(": không có danh sách phát ", ": unknown playlist ") + q(id) + noFile("playlists", id, s);
}

std::string tooManyBullets(std::string_view name, size_t count, size_t limit) {
    return std::string(name) + ": " + std::to_string(count) + tr(" ý, nhiều hơn ", " bullets, more than ") + std::to_string(limit) +
           tr(" ý vừa một trang chiếu", " fit on a slide");
}

std::string badId(std::string_view name, std::string_view w) {
    return std::string(name) + ": " + q(w) + tr(" không hợp lệ (chỉ dùng a-z, 0-9, _ và -)", " is not valid (use only a-z, 0-9, _ and -)");
}
std::string badVersion(std::string_view name, std::string_view w) {
    return std::string(name) + ": " + q(w) + tr(" không phải số phiên bản (viết ví dụ \"1.0.0\")", " is not a version (write e.g. \"1.0.0\")");
}
std::string badTime(std::string_view name, std::string_view w) {
    return std::string(name) + ": " + q(w) +
           tr(" không phải thời điểm ISO-8601 (viết ví dụ \"2025-08-01T08:00:00+07:00\")",
              " is not an ISO-8601 time (write e.g. \"2025-08-01T08:00:00+07:00\")");
}
std::string badSha256(std::string_view name, std::string_view w) {
    return std::string(name) + ": " + q(w) + tr(" không phải SHA-256 (64 chữ số hex)", " is not a SHA-256 (64 hex digits)");
}
std::string negative(std::string_view name) { return std::string(name) + tr(": không được âm", ": must not be negative"); }
std::string sizeMismatch(std::string_view name, std::uintmax_t actual, std::intmax_t declared) {
    return std::string(name) + tr(": tệp có ", ": the file has ") + std::to_string(actual) + tr(" byte, manifest ghi ", " bytes, the manifest says ") +
           std::to_string(declared);
}
std::string badPluginName(std::string_view name, std::string_view w) {
    return std::string(name) + ": " + q(w) + tr(" không phải tên plugin hợp lệ (chỉ dùng a-z, 0-9, _ và -)",
                                                   " is not a valid plugin name (use only a-z, 0-9, _ and -)");
}
std::string conflictingKeys(std::string_view a, std::string_view b) {
    return tr("chỉ dùng một trong hai khóa ", "use only one of ") + q(a) + tr(" và ", " and ") + q(b);
}
std::string badRect(std::string_view name) {
    return std::string(name) + tr(": cần 4 số [x, y, w, h] từ 0 đến 1", ": expected 4 numbers [x, y, w, h] between 0 and 1");
}
std::string rectOutside(std::string_view name) {
    return std::string(name) + tr(": vùng vượt ra ngoài màn hình (x + w và y + h tối đa là 1, w và h lớn hơn 0)",
                                  ": the zone leaves the screen (x + w and y + h at most 1, w and h above 0)");
}
std::string playerTooOld(std::string_view name, std::string_view needed, std::string_view ours) {
    return std::string(name) + tr(": nội dung cần trình phát phiên bản ", ": the content needs player version ") + std::string(needed) +
           tr(" trở lên (bản này là ", " or newer (this is ") + std::string(ours) + ")";
}
std::string missingManifest() {
    return tr("thiếu tệp (thư mục nội dung nào cũng cần manifest.toml)", "file missing (every content directory needs a manifest.toml)");
}
std::string noPlaylists() {
    return tr("không có danh sách phát nào (cần ít nhất một tệp playlists/*.toml)", "no playlists (need at least one playlists/*.toml)");
}
std::string emptyPlaylist() { return tr("danh sách phát không có mục nào ([[items]])", "the playlist has no items ([[items]])"); }
std::string notContentDir() { return tr("không tìm thấy tệp hoặc thư mục", "no such file or directory"); }
std::string unknownFileKind() {
    return tr("không rõ loại tệp (cần manifest.toml, playlists/*.toml hoặc slides/*.toml)",
              "cannot tell what kind of file this is (expected manifest.toml, playlists/*.toml or slides/*.toml)");
}

} // namespace signage::content::msg
