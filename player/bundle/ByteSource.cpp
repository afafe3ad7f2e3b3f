// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle/ByteSource.h"

#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>

#include "bundle/Fd.h"
#include "bundle/Refusal.h"
#include "core/Lang.h"

namespace signage::bundle {

namespace {

class FileSource final : public ByteSource {
public:
    FileSource(UniqueFd fd, std::uint64_t size, std::string name) : _fd(std::move(fd)), _size(size), _name(std::move(name)) {}

    size_t read(void* buf, size_t size) override {
        std::uint64_t left = _size - _offset;
        if (left == 0) return 0;
        if (size > left) size = static_cast<size_t>(left);
        for (;;) {
            ssize_t n = ::read(_fd.get(), buf, size);
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) throw BundleError(Reason::SourceUnreadable, _name + ": " + std::strerror(errno));
            if (n == 0)
                throw BundleError(Reason::SourceUnreadable,
                                  _name + ": " + core::tr("tệp ngắn đi khi đang đọc", "the file shrank while being read"));
            _offset += static_cast<std::uint64_t>(n);
            return static_cast<size_t>(n);
        }
    }

    std::uint64_t size() const override { return _size; }

private:
    UniqueFd _fd;
    std::uint64_t _size;
    std::uint64_t _offset = 0;
    std::string _name;
};

} // namespace

std::unique_ptr<ByteSource> openFileSource(const std::filesystem::path& path) {
    UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
    if (!fd) {
        int err = errno;
        throw BundleError(err == ENOENT ? Reason::NotFound : Reason::SourceUnreadable, path.string() + ": " + std::strerror(err));
    }
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0) throw BundleError(Reason::SourceUnreadable, path.string() + ": " + std::strerror(errno));
    if (!S_ISREG(st.st_mode))
        throw BundleError(Reason::SourceUnreadable, path.string() + ": " + core::tr("không phải tệp thường", "not a regular file"));
    // Blocking reads from here on; O_NONBLOCK only kept open() from hanging on a FIFO.
    ::fcntl(fd.get(), F_SETFL, 0);
    ::posix_fadvise(fd.get(), 0, 0, POSIX_FADV_SEQUENTIAL);
    return std::make_unique<FileSource>(std::move(fd), static_cast<std::uint64_t>(st.st_size), path.filename().string());
}

} // namespace signage::bundle
