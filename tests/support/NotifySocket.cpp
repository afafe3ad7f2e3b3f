// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/NotifySocket.h"

#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>

namespace signage::test {

NotifySocket::NotifySocket() : _path(_dir.path() / "notify") {
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    const std::string p = _path.string();
    if (p.size() >= sizeof(addr.sun_path)) {
        ADD_FAILURE() << "socket path too long: " << p;
        return;
    }
    std::memcpy(addr.sun_path, p.data(), p.size());
    _fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (_fd < 0 || ::bind(_fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) != 0) {
        ADD_FAILURE() << "cannot bind " << p << ": " << std::strerror(errno);
        if (_fd >= 0) ::close(_fd);
        _fd = -1;
    }
}

NotifySocket::~NotifySocket() {
    if (_fd >= 0) ::close(_fd);
}

std::vector<std::string> NotifySocket::received() {
    std::vector<std::string> out;
    char buf[4096];
    for (ssize_t n; _fd >= 0 && (n = ::recv(_fd, buf, sizeof(buf), 0)) >= 0;)
        out.emplace_back(buf, static_cast<std::size_t>(n));
    return out;
}

} // namespace signage::test
