// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// HTTPS for the console: Debian's cpp-httplib is built with CPPHTTPLIB_OPENSSL_SUPPORT
// (its pkg-config file says so), so httplib::SSLServer serves TLS through OpenSSL. With
// `tls = true` and no cert/key given, a self-signed certificate (EC P-256, 10 years, the
// office's host names as subjectAltName) is made once in OFFICE_DIR/console-tls/; the
// officer compares its SHA-256 fingerprint (printed at start) with what the browser shows.
#include <filesystem>
#include <string>
#include <vector>

namespace signage::office::web {

struct TlsFiles {
    std::filesystem::path cert, key;
};

/// OFFICE_DIR/console-tls/console.crt and console.key, made with openssl when either is
/// missing (key 0600). Throws std::runtime_error with openssl's words.
TlsFiles ensureConsoleCertificate(const std::filesystem::path& officeRoot, const std::vector<std::string>& hostNames);
/// "AB:CD:…" (SHA-256 of the DER certificate, 32 bytes in hex pairs). Throws when unreadable.
std::string certificateFingerprint(const std::filesystem::path& cert);

} // namespace signage::office::web
