// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle/Fd.h"

#include <fcntl.h>
#include <sys/stat.h>

namespace signage::bundle {

namespace fs = std::filesystem;

int writeAll(int fd, const void* data, size_t size) {
    auto* p = static_cast<const char*>(data);
    while (size > 0) {
        ssize_t n = ::write(fd, p, size);
        if (n < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        p += n;
        size -= static_cast<size_t>(n);
    }
    return 0;
}

int fsyncPath(const fs::path& path) {
    UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (!fd) return errno;
    if (::fsync(fd.get()) != 0) return errno;
    return 0;
}

void writeFileAtomic(const fs::path& path, const std::string& text, unsigned mode) {
    fs::path tmp = path;
    tmp += ".tmp-" + std::to_string(::getpid());
    UniqueFd fd(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, mode));
    if (!fd) throw std::system_error(errno, std::generic_category(), tmp.string());
    int err = writeAll(fd.get(), text.data(), text.size());
    if (!err && ::fchmod(fd.get(), mode) != 0) err = errno;
    if (!err && ::fsync(fd.get()) != 0) err = errno;
    if (int closeErr = fd.close(); !err) err = closeErr;
    if (!err && ::rename(tmp.c_str(), path.c_str()) != 0) err = errno;
    if (err) {
        ::unlink(tmp.c_str());
        throw std::system_error(err, std::generic_category(), path.string());
    }
    fs::path dir = path.parent_path().empty() ? fs::path(".") : path.parent_path();
    fsyncPath(dir);
}

void writeFileUnsynced(const fs::path& path, const std::string& text, unsigned mode) {
    UniqueFd fd(::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode));
    if (!fd) throw std::system_error(errno, std::generic_category(), path.string());
    int err = writeAll(fd.get(), text.data(), text.size());
    if (int closeErr = fd.close(); !err) err = closeErr;
    if (err) throw std::system_error(err, std::generic_category(), path.string());
}

int syncFileSystem(const fs::path& path) {
    UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (!fd) return errno;
    if (::syncfs(fd.get()) != 0) return errno;
    return 0;
}

std::string readSmallFile(const fs::path& path, size_t maxBytes) {
    UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (!fd) throw std::system_error(errno, std::generic_category(), path.string());
    std::string out;
    char buf[4096];
    for (;;) {
        ssize_t n = ::read(fd.get(), buf, sizeof buf);
        if (n < 0) {
            if (errno == EINTR) continue;
            throw std::system_error(errno, std::generic_category(), path.string());
        }
        if (n == 0) break;
        out.append(buf, static_cast<size_t>(n));
        if (out.size() > maxBytes) throw std::system_error(EFBIG, std::generic_category(), path.string());
    }
    return out;
}

} // namespace signage::bundle
