// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Child processes the office needs: tools it runs to completion (openssl, mosquitto_passwd)
// and the one it keeps running (mosquitto). posix_spawn, no shell, so nothing in an
// argument is ever interpreted.
#include <filesystem>
#include <string>
#include <sys/types.h>
#include <vector>

namespace signage::office {

/// Runs argv to completion; returns its exit status (-1 when it could not start or was
/// killed). Its stdout and stderr go to *output when given (else to /dev/null).
int runTool(const std::vector<std::string>& argv, std::string* output = nullptr);

/// A long-running child with stdout/stderr appended to `logFile`. The destructor stops it.
class ChildProcess {
public:
    ChildProcess() = default;
    ~ChildProcess() { stop(); }
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    bool start(const std::vector<std::string>& argv, const std::filesystem::path& logFile, std::string* error = nullptr);
    /// SIGTERM, then SIGKILL after `graceMs`; waits for it. No-op when not running.
    void stop(int graceMs = 3000);
    bool signal(int sig) const;
    /// False once it has exited (reaps it).
    bool running();
    pid_t pid() const { return _pid; }

private:
    pid_t _pid = -1;
};

} // namespace signage::office
