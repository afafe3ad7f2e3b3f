// SPDX-License-Identifier: GPL-3.0-or-later
// The real binary: `signage office user add` (password on stdin) and `signage office run
// --http` serving the console until SIGTERM.
#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <regex>
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
    // Alerts sent with the CLI (over the network through this daemon, and as a USB file)
    // are listed on the console's Alerts page with who sent them, like the console's own.
    std::string cliAlerts;
    if (status == 303) {
        auto net = runSignage(
            {"office", "--dir", dir.string(), "alert", "--message", "Cảnh báo từ dòng lệnh", "--for", "10m"});
        EXPECT_EQ(net.exitCode, 0) << net.err;
        auto usb = runSignage({"office", "--dir", dir.string(), "alert", "--message", "Cảnh báo mang bằng USB", "--for",
                               "10m", "--usb", tmp.path().string()});
        EXPECT_EQ(usb.exitCode, 0) << usb.err;
        auto login = http.Post("/login", httplib::Params{{"user", "lan"}, {"password", "mat-khau-cli-1"}});
        std::string cookie = login ? login->get_header_value("Set-Cookie") : "";
        auto page = http.Get("/alerts", {{"Cookie", cookie.substr(0, cookie.find(';'))}});
        if (page) cliAlerts = page->body;
        if (net.exitCode == 0) {
            std::string id = net.out.substr(0, net.out.find('\n'));
            auto detail = http.Get(("/alerts/" + id).c_str(), {{"Cookie", cookie.substr(0, cookie.find(';'))}});
            ASSERT_TRUE(detail);
            EXPECT_EQ(detail->status, 200);
            EXPECT_NE(detail->body.find("Cảnh báo từ dòng lệnh"), std::string::npos) << detail->body;
        }
    }
    EXPECT_NE(cliAlerts.find("Cảnh báo từ dòng lệnh"), std::string::npos) << cliAlerts;
    EXPECT_NE(cliAlerts.find("Cảnh báo mang bằng USB"), std::string::npos) << cliAlerts;
    EXPECT_NE(cliAlerts.find("<td>CLI ("), std::string::npos) << "who sent it";
    EXPECT_NE(cliAlerts.find("<td>USB ("), std::string::npos);
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

// [console] tls = true: HTTPS with a self-signed certificate made once in
// OFFICE_DIR/console-tls, its fingerprint printed; a client that trusts that certificate
// gets the login page, plain HTTP to the same port gets nothing.
TEST(OfficeConsoleCommand, TlsServesHttpsWithASelfSignedCertificateMadeOnce) {
    TempDir tmp;
    const auto dir = tmp.path() / "office";
    std::filesystem::create_directories(dir);
    const int port = office::freeLoopbackPort();
    std::ofstream(dir / "office.toml")
        << "[office]\nward = \"phuong-1\"\nport = " << office::freeLoopbackPort()
        << "\nhttp_port = 0\nbind = \"127.0.0.1\"\nhosts = [\"localhost\", \"127.0.0.1\"]\n"
        << "[console]\nlisten = \"127.0.0.1:" << port << "\"\ntls = true\n";
    ASSERT_EQ(runSignage({"office", "--dir", dir.string(), "init", "--ward", "phuong-1"}).exitCode, 0);
    const std::string bin = SIGNAGE_BINARY;
    auto runOnce = [&](const std::function<void()>& whileUp) {
        const auto stop = tmp.path() / "stop";
        std::filesystem::remove(stop);
        CommandResult daemon;
        std::thread t([&] {
            daemon = runCommand({"/bin/sh", "-c",
                                 quote(bin) + " office --dir " + quote(dir.string()) + " run & p=$!; while [ ! -e " +
                                     quote(stop.string()) + " ]; do sleep 0.1; done; kill -TERM $p; wait $p"},
                                30);
        });
        const auto cert = dir / "console-tls" / "console.crt";
        for (int i = 0; i < 100 && !std::filesystem::exists(cert); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        whileUp();
        std::ofstream(stop) << "";
        t.join();
        EXPECT_EQ(daemon.exitCode, 0) << daemon.err;
        return daemon.err;
    };
    int status = 0;
    bool plainRefused = false;
    auto err = runOnce([&] {
        httplib::SSLClient https("127.0.0.1", port);
        https.set_ca_cert_path((dir / "console-tls" / "console.crt").c_str());
        https.enable_server_certificate_verification(true);
        for (int i = 0; i < 100 && status != 200; ++i) {
            auto r = https.Get("/login");
            if (r) status = r->status;
            else std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        httplib::Client plain("127.0.0.1", port);
        plain.set_read_timeout(2, 0);
        auto r = plain.Get("/login");
        plainRefused = !r || r->status != 200;
    });
    EXPECT_EQ(status, 200) << err;
    EXPECT_TRUE(plainRefused) << "plain HTTP gets no page from the HTTPS port";
    EXPECT_NE(err.find("https://127.0.0.1:" + std::to_string(port)), std::string::npos) << err;
    std::smatch m;
    ASSERT_TRUE(std::regex_search(err, m, std::regex("SHA-256 ((?:[0-9A-F]{2}:){31}[0-9A-F]{2})"))) << err;
    const std::string first = m[1];
    auto perms = std::filesystem::status(dir / "console-tls" / "console.key").permissions();
    EXPECT_EQ(perms & std::filesystem::perms::all,
              std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    // A second start keeps the certificate (browsers that trusted it keep trusting it).
    auto again = runOnce([] { std::this_thread::sleep_for(std::chrono::milliseconds(1500)); });
    EXPECT_NE(again.find(first), std::string::npos) << again;

    // cert without key: refused with file:line:col.
    std::ofstream(dir / "office.toml", std::ios::app) << "cert = \"console-tls/console.crt\"\n";
    auto bad = runSignage({"office", "--dir", dir.string(), "run"});
    EXPECT_NE(bad.exitCode, 0);
    EXPECT_NE(bad.err.find("office.toml:"), std::string::npos) << bad.err;
    EXPECT_NE(bad.err.find("cert, key"), std::string::npos) << bad.err;
}

} // namespace
} // namespace signage::test
