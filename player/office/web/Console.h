// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The ward office's web console (issue 15): cpp-httplib on its own thread (plus
// httplib's worker pool), plain HTML/CSS pages, Vietnamese first (?lang=en or the
// `lang` cookie for English). Everything it shows or changes goes through the Office's
// thread-safe API; it never touches the broker itself.
//
//   [console]
//   listen = "0.0.0.0:8080"     # or `signage office run --http ADDR:PORT`
//   silent_minutes = 10         # a box silent longer than this stands out
//   max_upload_mb = 64
//   idle_minutes = 30           # sessions: idle and absolute expiry
//   session_hours = 12
//   tls = true                  # HTTPS (httplib::SSLServer, OpenSSL)
//   cert = "/path/console.crt"  # with key; neither: self-signed in OFFICE_DIR/console-tls/
//   key = "/path/console.key"
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "office/web/Sessions.h"

namespace signage::office {
class Office;
}

namespace signage::office::web {

struct ConsoleOptions {
    bool enabled = false; // [console] listen or --http given
    std::string host = "127.0.0.1";
    int port = 0; // 0: any free port (tests)
    std::int64_t silentMs = 10 * 60'000;
    std::size_t maxUploadBytes = 64u << 20;
    SessionLimits sessions;
    int maxLoginFailures = 5;
    std::int64_t loginWindowMs = 15 * 60'000;
    bool tls = false;
    std::filesystem::path cert, key; // empty with tls: made in OFFICE_DIR/console-tls/ (ConsoleTls.h)
};

/// "0.0.0.0:8080" → host, port; false when malformed.
bool parseListen(const std::string& text, std::string& host, int& port);
/// Reads [console] from office.toml; problems as "file:line:col: message".
ConsoleOptions loadConsoleOptions(const std::filesystem::path& settingsFile, std::vector<std::string>& errors);
/// OFFICE_DIR/console-users
std::filesystem::path usersFile(const std::filesystem::path& officeRoot);

class Console {
public:
    Console(Office& office, ConsoleOptions options);
    ~Console();
    Console(const Console&) = delete;
    Console& operator=(const Console&) = delete;

    /// Binds and starts serving on a worker thread. False with a reason.
    bool start(std::string* error = nullptr);
    void stop();
    int port() const; // the bound port (after start; useful with port 0 in tests)
    /// With TLS: the certificate served and its SHA-256 fingerprint (after start).
    std::filesystem::path certificate() const;
    std::string fingerprint() const;
    /// "https://HOST:PORT/" or "http://…" (after start).
    std::string url() const;

    struct Impl;

private:
    std::unique_ptr<Impl> _impl;
};

} // namespace signage::office::web
