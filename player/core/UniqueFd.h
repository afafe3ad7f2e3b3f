// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RAII owner of a POSIX file descriptor: the one used everywhere (bundle/, playlog/,
// schedule/, app/). No naked close() in logic.
#include <cerrno>
#include <unistd.h>
#include <utility>

namespace signage::core {

class UniqueFd {
public:
    UniqueFd() = default;
    explicit UniqueFd(int fd) : _fd(fd) {}
    ~UniqueFd() { reset(); }
    UniqueFd(UniqueFd&& other) noexcept : _fd(std::exchange(other._fd, -1)) {}
    UniqueFd& operator=(UniqueFd&& other) noexcept {
        if (this != &other) reset(std::exchange(other._fd, -1));
        return *this;
    }
    UniqueFd(const UniqueFd&) = delete;
    UniqueFd& operator=(const UniqueFd&) = delete;

    int get() const { return _fd; }
    explicit operator bool() const { return _fd >= 0; }
    void reset(int fd = -1) {
        if (_fd >= 0) ::close(_fd);
        _fd = fd;
    }
    /// Closes now and reports the error close() saw (NFS and some USB file systems report
    /// write errors only there). 0 on success, else errno.
    int close() {
        int rc = 0;
        if (_fd >= 0 && ::close(_fd) != 0) rc = errno;
        _fd = -1;
        return rc;
    }

private:
    int _fd = -1;
};

} // namespace signage::core
