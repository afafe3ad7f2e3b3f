// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// sd_notify without libsystemd: one datagram to $NOTIFY_SOCKET. Under systemd with
// Type=notify and WatchdogSec=, the main loop sends WATCHDOG=1 so a hung player is
// restarted. Outside systemd every call is a cheap no-op.
#include <cstdint>
#include <string>

namespace signage::platform {

class SystemdNotify {
public:
    SystemdNotify(); // reads NOTIFY_SOCKET and WATCHDOG_USEC once
    bool active() const { return !_socket.empty(); }
    /// Half the watchdog interval in ms (how often to ping), 0 when no watchdog is armed.
    std::int64_t watchdogPingMs() const { return _pingMs; }
    void ready(const std::string& status = {});
    void watchdog();
    void status(const std::string& text);
    void stopping();

private:
    void send(const std::string& message);
    std::string _socket;
    std::int64_t _pingMs = 0;
};

} // namespace signage::platform
