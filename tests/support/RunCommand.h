// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs a command (the real signage binary, ffmpeg, ...) and captures its exit status and output.
#include <string>
#include <vector>

namespace signage::test {

struct CommandResult {
    int exitCode = -1;     // -1 when killed by a signal
    std::string out, err;  // stdout and stderr
};

/// Runs argv[0] with arguments (no shell), waiting at most `timeoutSeconds` (then SIGKILL).
CommandResult runCommand(const std::vector<std::string>& argv, int timeoutSeconds = 60,
                         const std::vector<std::string>& extraEnv = {});
/// Runs the built `signage` binary with `args`.
CommandResult runSignage(const std::vector<std::string>& args, int timeoutSeconds = 60,
                         const std::vector<std::string>& extraEnv = {});

} // namespace signage::test
