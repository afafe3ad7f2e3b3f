// SPDX-License-Identifier: GPL-3.0-or-later
#include "office/web/SafeZip.h"

#include <archive.h>
#include <archive_entry.h>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace signage::office::web {
namespace {

struct ArchiveFree {
    void operator()(archive* a) const { archive_read_free(a); }
};

struct Fd {
    int fd = -1;
    ~Fd() {
        if (fd >= 0) ::close(fd);
    }
};

std::string t(bool en, const char* vi, const char* e) { return en ? e : vi; }

// Why `name` cannot be unpacked ("" when it can).
std::string badName(const std::string& name, bool en) {
    if (name.empty()) return t(en, "tên rỗng", "empty name");
    if (name[0] == '/' || name[0] == '\\') return t(en, "đường dẫn tuyệt đối", "absolute path");
    if (name.find('\\') != std::string::npos) return t(en, "có dấu \\", "contains a backslash");
    if (name.size() > 1 && name[1] == ':') return t(en, "đường dẫn tuyệt đối", "absolute path");
    std::filesystem::path p(name);
    for (const auto& part : p)
        if (part == "..") return t(en, "có thành phần ..", "has a .. component");
    return {};
}

} // namespace

ZipResult unpackZip(const std::string& bytes, const std::filesystem::path& dest, bool en, const ZipLimits& limits) {
    ZipResult r;
    std::error_code ec;
    if (!std::filesystem::create_directory(dest, ec)) {
        r.error = dest.string() + ": " + (ec ? ec.message() : "exists");
        return r;
    }
    ::chmod(dest.c_str(), 0700);
    auto refuse = [&](std::string why) {
        std::filesystem::remove_all(dest, ec);
        r.ok = false;
        r.files = 0;
        r.error = std::move(why);
        return r;
    };
    std::unique_ptr<archive, ArchiveFree> a(archive_read_new());
    archive_read_support_format_zip(a.get());
    if (archive_read_open_memory(a.get(), bytes.data(), bytes.size()) != ARCHIVE_OK)
        return refuse(t(en, "không phải tệp zip: ", "not a zip file: ") + archive_error_string(a.get()));
    std::uint64_t total = 0, entries = 0;
    std::vector<char> buf(64 * 1024);
    for (;;) {
        archive_entry* e = nullptr;
        int rc = archive_read_next_header(a.get(), &e);
        if (rc == ARCHIVE_EOF) break;
        if (rc != ARCHIVE_OK)
            return refuse(t(en, "zip hỏng: ", "damaged zip: ") + std::string(archive_error_string(a.get())));
        const char* raw = archive_entry_pathname(e);
        std::string name = raw ? raw : "";
        if (++entries > limits.maxEntries)
            return refuse(t(en, "quá nhiều tệp trong zip", "too many entries in the zip"));
        if (auto why = badName(name, en); !why.empty())
            return refuse(name + ": " + why + t(en, " — zip bị từ chối", " — zip refused"));
        const auto type = archive_entry_filetype(e);
        if (archive_entry_hardlink(e) || type == AE_IFLNK)
            return refuse(
                name + ": " +
                t(en, "liên kết (symlink/hardlink) — zip bị từ chối", "a link (symlink/hardlink) — zip refused"));
        auto out = dest / std::filesystem::path(name).relative_path();
        if (type == AE_IFDIR) {
            std::filesystem::create_directories(out, ec);
            if (ec) return refuse(name + ": " + ec.message());
            continue;
        }
        if (type != AE_IFREG)
            return refuse(name + ": " +
                          t(en, "không phải tệp thường — zip bị từ chối", "not a regular file — zip refused"));
        std::filesystem::create_directories(out.parent_path(), ec);
        if (ec) return refuse(name + ": " + ec.message());
        // O_NOFOLLOW|O_EXCL: a name cannot land on something an earlier entry made.
        Fd fd{::open(out.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600)};
        if (fd.fd < 0)
            return refuse(name + ": " + t(en, "không ghi được (tên trùng?)", "cannot write (duplicate name?)"));
        for (;;) {
            la_ssize_t n = archive_read_data(a.get(), buf.data(), buf.size());
            if (n < 0) return refuse(name + ": " + std::string(archive_error_string(a.get())));
            if (n == 0) break;
            total += static_cast<std::uint64_t>(n);
            if (total > limits.maxBytes)
                return refuse(t(en, "nội dung giải nén quá lớn", "unpacked content too large"));
            if (::write(fd.fd, buf.data(), static_cast<size_t>(n)) != n) return refuse(name + ": write failed");
        }
        ++r.files;
    }
    if (r.files == 0) return refuse(t(en, "zip không có tệp nào", "the zip has no files"));
    r.ok = true;
    r.root = dest;
    // A zip of a folder has one top folder: the content is inside it.
    std::vector<std::filesystem::path> top;
    for (const auto& d : std::filesystem::directory_iterator(dest)) top.push_back(d.path());
    if (top.size() == 1 && std::filesystem::is_directory(top[0]) && !std::filesystem::exists(dest / "manifest.toml"))
        r.root = top[0];
    return r;
}

} // namespace signage::office::web
