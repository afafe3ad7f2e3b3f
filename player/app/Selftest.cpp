// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Selftest.h"

#include <cstdlib>

#include "core/Json.h"
#include "core/Lang.h"
#include "bundle/LibraryProbe.h"
#include "db/Database.h"
#include "media/LibraryProbe.h"
#include "render/LibraryProbe.h"
#include "scripting/LibraryProbe.h"

namespace signage::app {

namespace {

using core::tr;

core::LibraryInfo sqliteInfo() {
    // An in-memory database is the cheapest proof that SQLite loads and runs SQL.
    try {
        auto db = db::Database::memory();
        auto st = db.prepare("SELECT sqlite_version()");
        st.step();
        return {"SQLite", st.columnText(0)};
    } catch (const std::exception& e) {
        return {"SQLite", "?", false, e.what()};
    }
}

const char* statusCode(CheckStatus s) {
    return s == CheckStatus::Ok ? "ok" : s == CheckStatus::Warn ? "warn" : "fail";
}

std::string statusLabel(CheckStatus s) {
    switch (s) {
    case CheckStatus::Ok: return "[ OK ]";
    case CheckStatus::Warn: return tr("[CHÚ Ý]", "[WARN]");
    case CheckStatus::Fail: return tr("[ LỖI ]", "[FAIL]");
    }
    return "";
}

} // namespace

int SelftestReport::count(CheckStatus status) const {
    int n = 0;
    for (const auto& c : checks) n += c.status == status;
    return n;
}

std::filesystem::path defaultTrustedKeysDir() {
    if (const char* env = std::getenv("SIGNAGE_TRUSTED_KEYS"); env && *env) return env;
    return "/etc/signage/keys";
}

SelftestReport runSelftest(const SelftestOptions& o) {
    SelftestReport r;
    core::LibraryInfos libraries = platform::libraryInfo();
    for (auto probe : {render::libraryInfo, media::libraryInfo, scripting::libraryInfo, bundle::libraryInfo})
        for (auto& lib : probe()) libraries.push_back(std::move(lib));
    libraries.push_back(sqliteInfo());
    r.checks.push_back(checkLibraries(libraries));
    r.checks.push_back(checkFonts());
    if (o.video) r.checks.push_back(checkVideo(platform::probeVideo()));
    if (o.audio) r.checks.push_back(checkAudio(platform::probeAudio()));
    r.checks.push_back(checkDataDir(o.dataDir));
    r.checks.push_back(checkClock(core::RealClock().wallNow(), clockSynchronised()));
    r.checks.push_back(checkTrustedKeys(o.trustedKeys));
    return r;
}

std::string formatReport(const SelftestReport& report) {
    std::string out;
    for (const auto& c : report.checks) out += statusLabel(c.status) + " " + c.title + ": " + c.detail + "\n";
    int failed = report.count(CheckStatus::Fail), warned = report.count(CheckStatus::Warn);
    if (failed == 0) {
        out += tr("Tự kiểm tra: đạt", "Selftest: passed");
        if (warned) out += " (" + std::to_string(warned) + tr(" chú ý)", warned == 1 ? " warning)" : " warnings)");
        return out + "\n";
    }
    out += tr("Tự kiểm tra: KHÔNG ĐẠT, ", "Selftest: FAILED, ") + std::to_string(failed) +
           tr(" lỗi:", failed == 1 ? " problem:" : " problems:") + "\n";
    for (const auto& c : report.checks)
        if (c.status == CheckStatus::Fail) out += "  - " + c.title + ": " + c.detail + "\n";
    return out;
}

std::string formatReportJson(const SelftestReport& report) {
    std::string out = std::string("{\"ok\": ") + (report.ok() ? "true" : "false") +
                      ", \"failed\": " + std::to_string(report.count(CheckStatus::Fail)) +
                      ", \"warnings\": " + std::to_string(report.count(CheckStatus::Warn)) + ", \"checks\": [";
    bool first = true;
    for (const auto& c : report.checks) {
        out += first ? "\n  " : ",\n  ";
        first = false;
        out += "{\"id\": " + core::jsonQuote(c.id) + ", \"title\": " + core::jsonQuote(c.title) +
               ", \"status\": \"" + statusCode(c.status) + "\", \"detail\": " + core::jsonQuote(c.detail) + "}";
    }
    return out + "\n]}";
}

} // namespace signage::app
