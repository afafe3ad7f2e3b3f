// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Stands in for systemd's $NOTIFY_SOCKET: a datagram socket a child `signage play` sends
// READY=1 (with its first frame) and STATUS= to, read back by the test.
#include <filesystem>
#include <string>
#include <vector>

#include "support/TempDir.h"

namespace signage::test {

class NotifySocket {
public:
    NotifySocket(); // binds; an unusable socket fails the test (ADD_FAILURE) and reads nothing
    ~NotifySocket();
    NotifySocket(const NotifySocket&) = delete;
    NotifySocket& operator=(const NotifySocket&) = delete;

    /// "NOTIFY_SOCKET=..." for the child's environment.
    std::string env() const { return "NOTIFY_SOCKET=" + _path.string(); }
    /// Every datagram received so far (does not wait).
    std::vector<std::string> received();

private:
    TempDir _dir;
    std::filesystem::path _path;
    int _fd = -1;
};

} // namespace signage::test
