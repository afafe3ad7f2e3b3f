// SPDX-License-Identifier: GPL-3.0-or-later
// The real binary: `signage office user add` (password on stdin) and `signage office run
// --http` serving the console until SIGTERM.
#include <gtest/gtest.h>

#include <fstream>
#include <httplib.h>
#include <thread>

#include "office/Broker.h"
#include "support/RunCommand.h"
#include "support/TempDir.h"

namespace signage::test {
namespace {

std::string quote(const std::string& s) { return "'" + s + "'"; }

TEST(OfficeConsoleCommand, UserAddReadsThePasswordFromStdinAndRunServesTheConsole) {
    TempDir tmp;
    const auto dir = tmp.path() / "office";
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "office.toml") << "[office]\nward = \"phuong-1\"\nport = " << office::freeLoopbackPort()
                                       << "\nbind = \"127.0.0.1\"\nhosts = [\"localhost\", \"127.0.0.1\"]\n";
    ASSERT_EQ(runSignage({"office", "--dir", dir.string(), "init", "--ward", "phuong-1"}).exitCode, 0);
    const std::string bin = SIGNAGE_BINARY;
    auto add = runCommand({"/bin/sh", "-c",
                           "printf 'mat-khau-cli-1\\n' | " + quote(bin) + " office --dir " + quote(dir.string()) +
                               " user add lan --role officer"});
    ASSERT_EQ(add.exitCode, 0) << add.err;
    std::ifstream in(dir / "console-users");
    std::string users((std::istreambuf_iterator<char>(in)), {});
    EXPECT_EQ(users.rfind("lan officer $argon2id$", 0), 0u) << users;
    EXPECT_NE(
        runCommand({"/bin/sh", "-c",
                    "printf 'ngan\\n' | " + quote(bin) + " office --dir " + quote(dir.string()) + " user add hoa"})
            .exitCode,
        0)
        << "a short password is refused";
    EXPECT_NE(runSignage({"office", "--dir", dir.string(), "user", "add", "hoa", "--role", "admin"}).exitCode, 0);
    EXPECT_NE(runSignage({"office", "--dir", dir.string(), "run", "--http", "localhost"}).exitCode, 0)
        << "--http needs ADDR:PORT";

    const int port = office::freeLoopbackPort();
    const auto stop = tmp.path() / "stop";
    CommandResult daemon;
    std::thread t([&] {
        daemon = runCommand({"/bin/sh", "-c",
                             quote(bin) + " office --dir " + quote(dir.string()) +
                                 " run --http 127.0.0.1:" + std::to_string(port) + " & p=$!; while [ ! -e " +
                                 quote(stop.string()) + " ]; do sleep 0.1; done; kill -TERM $p; wait $p"},
                            30);
    });
    httplib::Client http("127.0.0.1", port);
    int status = 0;
    for (int i = 0; i < 100 && status != 303; ++i) {
        auto r = http.Post("/login", httplib::Params{{"user", "lan"}, {"password", "mat-khau-cli-1"}});
        if (r) status = r->status;
        else std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    std::ofstream(stop) << "";
    t.join();
    EXPECT_EQ(status, 303) << daemon.err;
    EXPECT_EQ(daemon.exitCode, 0) << daemon.err;
    EXPECT_NE(daemon.err.find("http://127.0.0.1:" + std::to_string(port)), std::string::npos) << daemon.err;

    std::ofstream(dir / "office.toml", std::ios::app) << "[console]\nlisten = \"8080\"\n";
    auto bad = runSignage({"office", "--dir", dir.string(), "run"});
    EXPECT_NE(bad.exitCode, 0);
    EXPECT_NE(bad.err.find("office.toml:"), std::string::npos) << bad.err;
    EXPECT_NE(bad.err.find("listen"), std::string::npos) << bad.err;
}

} // namespace
} // namespace signage::test
