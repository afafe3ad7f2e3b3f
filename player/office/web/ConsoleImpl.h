// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private to the console: the server state shared by Console.cpp (server, login,
// forms) and the page files (Pages*.cpp). Handlers run on httplib's worker threads.
#include <httplib.h>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string_view>
#include <thread>
#include <toml++/toml.h>

#include "office/Office.h"
#include "office/web/Console.h"
#include "office/web/NowPlaying.h"
#include "office/web/Users.h"
#include "office/web/WardTime.h"
#include "playlog/Witness.h"

namespace signage::office::web {

/// One request: language, session (if logged in), the request itself.
struct Ctx {
    const httplib::Request& req;
    httplib::Response& res;
    bool en = false;
    std::optional<Session> session;
    std::string t(const char* vi, const char* e) const { return en ? e : vi; }
    bool officer() const { return session && session->role == Role::Officer; }
};

struct SentAlert {
    std::string id, level, message, item;
    std::vector<std::string> boxes, sites;
    std::int64_t issuedMs = 0, expiryMs = 0;
    std::string by;
};

/// A box as the pages show it: its status fields, or an enrolled box that never spoke.
struct BoxRow {
    BoxStatus s;
    std::string site, bundle, version, nowPlaying, clock, lastError;
    std::int64_t freeMb = -1;
    std::int64_t lastHeardMs = 0;
};
/// Every box with status, and every enrolled one; sorted by id. A status message or an
/// enrollment file that does not parse shows as the row's last error, "name:line:col: …".
std::vector<BoxRow> boxRows(Office& office);
/// Parses `text` (named `name` in messages) with core's TOML reader. A syntax error gives
/// nullopt, its "name:line:col: message" in `*error`, and is logged once per distinct
/// message (pages are rendered often; the journal should not fill up with one broken box).
std::optional<toml::table> parseShown(std::string_view text, const std::string& name, std::string* error = nullptr);

/// What the witness found about each box at its USB merges (the fleet store's
/// witness_findings: a new log id for a known box, an export that does not extend the
/// cosigned checkpoint, a gap), box → findings oldest first, in the reader's language.
using BoxFindings = std::map<std::string, std::vector<playlog::WitnessFinding>>;
BoxFindings boxFindings(Office& office, bool en);
/// The warning that heads a page whose figures include boxes in `boxes` with findings
/// (all of `findings` when `boxes` is null); "" when there is none. Times in `zone`.
std::string witnessWarnbox(const Ctx& c, const BoxFindings& findings, const std::set<std::string>* boxes,
                           const schedule::TimeZone& zone);
/// One line per finding of those boxes, for tables and reports: "[box] headline: message".
/// With `zone` (a page a person reads) the message's times read as formatTime(); without
/// (csv/xlsx and the audit HTML report) they stay ISO-8601 as the witness wrote them.
std::vector<std::string> witnessLines(const Ctx& c, const BoxFindings& findings, const std::set<std::string>* boxes,
                                      const schedule::TimeZone* zone = nullptr);

std::string esc(const std::string& s);
/// A day typed in a form: dd/mm/yyyy (as shown) or yyyy-mm-dd (links, date pickers).
bool parseDayInput(const std::string& text, std::int64_t& day, int utcOffsetMin);

struct Console::Impl {
    Office& office;
    ConsoleOptions options;
    UserStore users;
    SessionStore sessions;
    LoginLimiter limiter;                    // per user name
    LoginLimiter ipLimiter;                  // per address (a few people share an office PC: 4× the user limit)
    std::unique_ptr<httplib::Server> server; // httplib::SSLServer with tls
    std::thread thread;
    int boundPort = 0;
    std::filesystem::path cert;
    std::string fingerprint;
    schedule::TimeZone zone;   // the ward's (wardZone): every time a page shows (formatTime)
    BundleTitles bundleTitles; // what the Boxes page's "now playing" reads titles from

    Impl(Office& o, ConsoleOptions opts);
    void routes();
    std::int64_t now() const;
    int offset() const { return office.settings().utcOffsetMin; }

    // Shared page pieces.
    std::string layout(const Ctx& c, const std::string& title, const std::string& active,
                       const std::string& body) const;
    std::string csrfField(const Ctx& c) const;
    /// Runs `fn` for a logged-in user (and an officer when `officer`), after the CSRF check
    /// on POST; otherwise answers (redirect to login, 403).
    void guarded(const httplib::Request& req, httplib::Response& res, bool officer,
                 const std::function<void(Ctx&)>& fn);

    // Pages (Pages*.cpp).
    std::string screenshotCell(const Ctx& c, const BoxRow& r) const;
    void boxesPage(Ctx& c);
    void alertsPage(Ctx& c, const std::string& notice = {});
    void alertPost(Ctx& c);
    void alertDetail(Ctx& c, const std::string& id);
    void screenshotFile(Ctx& c);
    void screenshotRequest(Ctx& c);
    void logsPage(Ctx& c);
    void logsUpload(Ctx& c);
    void cosignedNote(Ctx& c);
    std::string cosignedSection(Ctx& c);
    void contentPage(Ctx& c);
    void contentUpload(Ctx& c);
    void contentSign(Ctx& c);
    void contentFile(Ctx& c);
    void contentPublish(Ctx& c);
    std::string publishSection(Ctx& c);
    void compliancePage(Ctx& c);
    void playsPage(Ctx& c);
    void reportsPage(Ctx& c, const std::string& notice = {});
    void reportsDaily(Ctx& c);
    void reportFile(Ctx& c);
    void reportExport(Ctx& c);
    void reportPrint(Ctx& c);
};

/// A signed bundle in OFFICE_DIR/bundles, with id and version from its signature's trusted
/// comment ("…\tbundle:ID\tversion:V", as stageBundle reads it).
struct SignedBundle {
    std::string file, id, version;
    std::int64_t modifiedMs = 0;
    std::uint64_t size = 0;
    std::string label() const { return id + "@" + version; } // as a box's status names it
};
/// The office's signed bundles, newest first.
std::vector<SignedBundle> signedBundles(Office& o);

/// The Content-Disposition of a download named `base` + `ext` (a name typed in a form,
/// any UTF-8): attachment; filename="ASCII fallback"; filename*=UTF-8''NFC-percent-encoded.
std::string contentDisposition(const std::string& base, const std::string& ext);
/// `name` as a safe ASCII file name ([A-Za-z0-9._-], no "..", no leading dot, at most 150
/// bytes); `fallback` when nothing is left.
std::string asciiFileName(const std::string& name, const std::string& fallback);

/// A form field from a urlencoded or multipart body ("" when absent).
std::string field(const httplib::Request& req, const std::string& name);
std::vector<std::string> fields(const httplib::Request& req, const std::string& name);

} // namespace signage::office::web
