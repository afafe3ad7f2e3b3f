// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/RunCommand.h"

#include "support/TempDir.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace signage::test {

CommandResult runCommand(const std::vector<std::string>& argv, int timeoutSeconds, const std::vector<std::string>& extraEnv) {
    CommandResult result;
    int outPipe[2], errPipe[2];
    if (pipe(outPipe) != 0 || pipe(errPipe) != 0) return result;
    pid_t pid = fork();
    if (pid == 0) {
        dup2(outPipe[1], 1);
        dup2(errPipe[1], 2);
        close(outPipe[0]); close(outPipe[1]); close(errPipe[0]); close(errPipe[1]);
        for (const auto& e : extraEnv) putenv(const_cast<char*>(e.c_str()));
        std::vector<char*> args;
        for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        execvp(args[0], args.data());
        std::fprintf(stderr, "exec %s: %s\n", args[0], std::strerror(errno));
        _exit(127);
    }
    close(outPipe[1]);
    close(errPipe[1]);
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeoutSeconds);
    pollfd fds[2] = {{outPipe[0], POLLIN, 0}, {errPipe[0], POLLIN, 0}};
    int open = 2;
    bool killed = false;
    while (open > 0) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
        if (left <= 0) {
            kill(pid, SIGKILL);
            killed = true;
            break;
        }
        if (poll(fds, 2, static_cast<int>(left)) <= 0) continue;
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP))) continue;
            char buf[4096];
            ssize_t n = read(fds[i].fd, buf, sizeof buf);
            if (n <= 0) {
                close(fds[i].fd);
                fds[i].fd = -1;
                --open;
            } else {
                (i == 0 ? result.out : result.err).append(buf, static_cast<size_t>(n));
            }
        }
    }
    for (auto& f : fds)
        if (f.fd >= 0) close(f.fd);
    int status = 0;
    waitpid(pid, &status, 0);
    result.exitCode = (!killed && WIFEXITED(status)) ? WEXITSTATUS(status) : -1;
    return result;
}

namespace {
// One data dir per test process, so parallel test processes never share a play log and
// nothing is written into the checkout's ./var (a --data-dir argument still wins).
// Removed with the process's static objects at exit, so no run leaves one behind.
const std::string& processDataDir() {
    static const TempDir dir;
    static const std::string path = dir.path().string();
    return path;
}
} // namespace

CommandResult runSignage(const std::vector<std::string>& args, int timeoutSeconds, const std::vector<std::string>& extraEnv) {
    std::vector<std::string> argv{SIGNAGE_BINARY};
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<std::string> env{"SDL_VIDEODRIVER=offscreen", "SDL_AUDIODRIVER=dummy", "SIGNAGE_DATA_DIR=" + processDataDir()};
    env.insert(env.end(), extraEnv.begin(), extraEnv.end());
    return runCommand(argv, timeoutSeconds, env);
}

} // namespace signage::test
