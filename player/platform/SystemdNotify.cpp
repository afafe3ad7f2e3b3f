// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/SystemdNotify.h"

#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace signage::platform {

SystemdNotify::SystemdNotify() {
    if (const char* s = std::getenv("NOTIFY_SOCKET"); s && *s) _socket = s;
    if (const char* w = std::getenv("WATCHDOG_USEC"); w && *w) {
        const char* pid = std::getenv("WATCHDOG_PID");
        if (!pid || std::atol(pid) == static_cast<long>(getpid())) _pingMs = std::atoll(w) / 1000 / 2;
    }
}

void SystemdNotify::send(const std::string& message) {
    if (_socket.empty() || _socket.size() >= sizeof(sockaddr_un::sun_path)) return;
    int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return;
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    std::memcpy(addr.sun_path, _socket.data(), _socket.size());
    if (addr.sun_path[0] == '@') addr.sun_path[0] = '\0'; // abstract namespace
    socklen_t len = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + _socket.size());
    ::sendto(fd, message.data(), message.size(), MSG_NOSIGNAL, reinterpret_cast<sockaddr*>(&addr), len);
    ::close(fd);
}

void SystemdNotify::ready(const std::string& status) { send("READY=1" + (status.empty() ? "" : "\nSTATUS=" + status)); }
void SystemdNotify::watchdog() { send("WATCHDOG=1"); }
void SystemdNotify::status(const std::string& text) { send("STATUS=" + text); }
void SystemdNotify::stopping() { send("STOPPING=1"); }

} // namespace signage::platform
