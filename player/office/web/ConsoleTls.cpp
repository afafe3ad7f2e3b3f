// SPDX-License-Identifier: GPL-3.0-or-later
#include "office/web/ConsoleTls.h"

#include <algorithm>
#include <stdexcept>

#include "office/Process.h"

namespace signage::office::web {

namespace fs = std::filesystem;

TlsFiles ensureConsoleCertificate(const fs::path& root, const std::vector<std::string>& hostNames) {
    TlsFiles t{root / "console-tls" / "console.crt", root / "console-tls" / "console.key"};
    if (fs::exists(t.cert) && fs::exists(t.key)) return t;
    fs::create_directories(t.cert.parent_path());
    fs::permissions(t.cert.parent_path(), fs::perms::owner_all);
    std::string san = "subjectAltName=";
    std::vector<std::string> names = hostNames;
    for (const char* n : {"localhost", "127.0.0.1"})
        if (std::find(names.begin(), names.end(), n) == names.end()) names.emplace_back(n);
    for (size_t i = 0; i < names.size(); ++i) {
        const bool ip =
            names[i].find_first_not_of("0123456789.") == std::string::npos || names[i].find(':') != std::string::npos;
        san += (i ? "," : "") + std::string(ip ? "IP:" : "DNS:") + names[i];
    }
    auto tmpKey = t.key, tmpCert = t.cert;
    tmpKey += ".tmp";
    tmpCert += ".tmp";
    std::string out;
    int rc = runTool({"openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                      "-keyout", tmpKey.string(), "-out", tmpCert.string(), "-days", "3650", "-subj",
                      "/CN=canhbao-signage office console", "-addext", san},
                     &out);
    if (rc != 0) throw std::runtime_error("openssl req (console certificate): " + out);
    fs::permissions(tmpKey, fs::perms::owner_read | fs::perms::owner_write);
    fs::rename(tmpKey, t.key);
    fs::rename(tmpCert, t.cert);
    return t;
}

std::string certificateFingerprint(const fs::path& cert) {
    std::string out;
    int rc = runTool({"openssl", "x509", "-noout", "-fingerprint", "-sha256", "-in", cert.string()}, &out);
    auto eq = out.find('=');
    if (rc != 0 || eq == std::string::npos) throw std::runtime_error(cert.string() + ": " + out);
    std::string fp = out.substr(eq + 1);
    while (!fp.empty() && (fp.back() == '\n' || fp.back() == '\r' || fp.back() == ' ')) fp.pop_back();
    return fp;
}

} // namespace signage::office::web
