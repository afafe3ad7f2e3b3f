// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Config.h"

#include <cstdio>
#include <fstream>
#include <sstream>

#include "core/TomlMessages.h"
#include "content/Values.h"
#include "core/Lang.h"
#include "core/Log.h"
#include "core/TomlTable.h"
#include "core/Utf8.h"

namespace signage::app {

namespace {

using core::tr;

bool parseWindow(const std::string& text, int& from, int& to) {
    int h1, m1, h2, m2;
    if (std::sscanf(text.c_str(), "%d:%d-%d:%d", &h1, &m1, &h2, &m2) != 4) return false;
    if (h1 < 0 || h1 > 24 || h2 < 0 || h2 > 24 || m1 < 0 || m1 > 59 || m2 < 0 || m2 > 59) return false;
    from = h1 * 60 + m1;
    to = h2 * 60 + m2;
    return true;
}

// [fleet] and [office] are read by fleet/ and office/ (FleetConfig).
const std::vector<std::string> kSections{"box", "audio", "checker", "staff", "fleet", "office"};
const std::vector<std::string> kStaffKeys{"pin_hash", "pin", "idle_seconds", "usb_dirs"};
const std::vector<std::string> kBoxKeys{"id", "site", "lang", "office_keys"};
const std::vector<std::string> kAudioKeys{"volume", "quiet_hours", "quiet_volume"};
const std::vector<std::string> kCheckerKeys{"police_name", "police_phone", "touch", "idle_seconds", "report_url", "report_label"};

/// A box id or site: it names files and play-log rows, and is matched against bundle targets.
std::string safeName(core::TomlTable& r, std::string_view key) {
    auto v = r.string(key);
    if (!v) return {};
    if (content::isSafeName(*v)) return *v;
    r.error(r.valuePos(key), r.name(key) + ": \"" + core::escapeControl(*v) + "\"" +
                                 tr(" không phải mã an toàn (chỉ dùng chữ không dấu, số, \".\", \"_\" và \"-\", tối đa 64 ký tự)",
                                    " is not a safe id (use only letters a-z, digits, \".\", \"_\" and \"-\", at most 64)"));
    return {};
}

void readBox(core::TomlTable& r, BoxConfig& c) {
    c.boxId = safeName(r, "id");
    c.site = safeName(r, "site");
    if (auto v = r.oneOf("lang", {"vi", "en"})) c.lang = *v;
    if (auto v = r.stringArray("office_keys")) {
        for (const auto& hex : *v) {
            playlog::PublicKey k{};
            if (playlog::fromHex(hex, k)) c.officeKeys.push_back(k);
            else
                r.error(r.valuePos("office_keys"),
                        r.name("office_keys") + ": \"" + core::escapeControl(hex) + "\"" +
                            tr(" không phải khoá (64 chữ số hex)", " is not a key (64 hex digits)"));
        }
    }
    r.rejectUnknownKeys(kBoxKeys);
}

void readAudio(core::TomlTable& r, BoxConfig& c) {
    if (auto v = r.number("volume", 0, 1)) c.volume = static_cast<float>(*v);
    if (auto q = r.string("quiet_hours")) {
        if (!parseWindow(*q, c.quietFromMin, c.quietToMin)) {
            c.quietFromMin = c.quietToMin = -1;
            r.error(r.valuePos("quiet_hours"),
                    r.name("quiet_hours") + ": \"" + core::escapeControl(*q) + "\"" +
                        tr(" không phải khung giờ (viết ví dụ \"21:30-06:00\")", " is not a time window (write e.g. \"21:30-06:00\")"));
        }
    }
    if (auto v = r.number("quiet_volume", 0, 1)) c.quietVolume = static_cast<float>(*v);
    r.rejectUnknownKeys(kAudioKeys);
}

void readChecker(core::TomlTable& r, BoxConfig& c) {
    if (auto v = r.string("police_name")) c.policeName = *v;
    if (auto v = r.string("police_phone")) c.policePhone = *v;
    if (const toml::node* n = r.node("touch")) {
        // as_*: toml++'s value<bool>() would take `touch = 3` as true.
        if (auto* b = n->as_boolean()) c.touchChecker = b->get() ? BoxConfig::Touch::On : BoxConfig::Touch::Off;
        else if (auto* s = n->as_string(); s && s->get() == "auto") c.touchChecker = BoxConfig::Touch::Auto;
        else
            r.error(r.valuePos("touch"), r.name("touch") + tr(": phải là true, false hoặc \"auto\"", ": must be true, false or \"auto\""));
    }
    if (auto v = r.integer("idle_seconds")) {
        if (*v >= 10 && *v <= 600) c.idleSeconds = static_cast<int>(*v);
        else
            r.error(r.valuePos("idle_seconds"),
                    core::tomlmsg::outOfRange(r.name("idle_seconds"), static_cast<double>(*v), 10, 600));
    }
    if (auto v = r.string("report_url")) c.reportUrl = *v;
    if (auto v = r.string("report_label")) c.reportLabel = *v;
    r.rejectUnknownKeys(kCheckerKeys);
}

void readStaff(core::TomlTable& r, BoxConfig& c) {
    if (auto v = r.string("pin_hash")) {
        if (v->rfind("$argon2", 0) == 0) c.staffPinHash = *v;
        else
            r.error(r.valuePos("pin_hash"), r.name("pin_hash") + tr(": không phải chuỗi băm của `signage staff-pin`",
                                                                    ": not a hash made by `signage staff-pin`"));
    }
    if (auto v = r.string("pin")) {
        const bool digits =
            v->size() >= 4 && v->size() <= 12 && v->find_first_not_of("0123456789") == std::string::npos;
        if (!digits) {
            r.error(r.valuePos("pin"), r.name("pin") + tr(": phải là 4 đến 12 chữ số", ": must be 4 to 12 digits"));
        } else {
            c.staffPin = *v;
            if (c.staffPinHash.empty())
                r.error(r.valuePos("pin"),
                        r.name("pin") + tr(": mã PIN để dạng chữ thường, ai đọc được tệp này cũng biết; "
                                           "hãy dùng pin_hash (signage staff-pin)",
                                           ": the PIN is in plain text, anyone who can read this file knows it; "
                                           "use pin_hash (signage staff-pin)"));
        }
    }
    if (auto v = r.integer("idle_seconds")) {
        if (*v >= 10 && *v <= 600) c.staffIdleSeconds = static_cast<int>(*v);
        else
            r.error(r.valuePos("idle_seconds"),
                    core::tomlmsg::outOfRange(r.name("idle_seconds"), static_cast<double>(*v), 10, 600));
    }
    if (auto v = r.stringArray("usb_dirs"))
        for (const auto& d : *v) c.usbDirs.emplace_back(d);
    r.rejectUnknownKeys(kStaffKeys);
}

} // namespace

bool BoxConfig::quietAt(int minute) const {
    if (quietFromMin < 0 || quietFromMin == quietToMin) return false;
    if (quietFromMin < quietToMin) return minute >= quietFromMin && minute < quietToMin;
    return minute >= quietFromMin || minute < quietToMin; // crosses midnight
}

int BoxConfig::minuteOfDay(core::WallMs utc) const {
    return static_cast<int>(schedule::floorDiv(zone.toLocal(utc) - zone.localDay(utc) * schedule::kMsPerDay, 60000));
}

BoxConfig parseBoxConfig(const std::string& text, const std::string& fileName) {
    BoxConfig c;
    c.file = fileName;
    // core's table reader, so the config speaks like `validate` does. Policy (docs/config.md,
    // docs/architecture.md "TOML files"): an unknown section or key is a warning (with "did you
    // mean"), a bad value an error for that value alone; every problem is logged at
    // file:line:col and that value keeps its default: a bad config never stops a box.
    const core::TomlSource src{fileName, fileName};
    core::Diagnostics diags;
    auto root = core::parseToml(text, src, diags);
    if (root) {
        core::TomlTable top(*root, src, diags, {}, core::TomlTable::UnknownKeys::Warning);
        using Read = void (*)(core::TomlTable&, BoxConfig&);
        for (auto [section, read] : {std::pair<const char*, Read>{"box", readBox},
                                     {"audio", readAudio},
                                     {"checker", readChecker},
                                     {"staff", readStaff}}) {
            if (const toml::table* t = top.table(section)) {
                core::TomlTable r = top.child(*t, section);
                read(r, c);
            }
        }
        top.rejectUnknownKeys(kSections);
    }
    core::Logger log("config");
    for (const auto& d : diags.all())
        log.warn(d.format() + (root ? std::string() : tr(" (dùng cấu hình mặc định)", " (using defaults)")));
    return c;
}

namespace {
/// The box's zone as the schedule reads it (schedule::Scheduler): tzdata's
/// Asia/Ho_Chi_Minh, the built-in UTC+7 with a warning when tzdata is missing or broken.
schedule::TimeZone boxZone() {
    std::string warning;
    schedule::TimeZone zone = schedule::TimeZone::loadOrFallback(core::kDefaultTimeZoneName, &warning);
    if (!warning.empty()) core::Logger("config").warn(tr("múi giờ của hộp: ", "the box's time zone: ") + warning);
    return zone;
}

BoxConfig readBoxConfigFile(const std::optional<std::filesystem::path>& explicitFile) {
    std::error_code ec;
    std::filesystem::path file;
    if (explicitFile) file = *explicitFile;
    else
        for (const char* candidate : {"/etc/signage/signage.toml", "signage.toml"})
            if (std::filesystem::exists(candidate, ec)) {
                file = candidate;
                break;
            }
    if (file.empty()) return {};
    std::ifstream in(file);
    if (!in) {
        core::Logger("config").warn(file.string() + ": " + tr("không đọc được (dùng mặc định)", "cannot read (using defaults)"));
        return {};
    }
    std::stringstream text;
    text << in.rdbuf();
    return parseBoxConfig(text.str(), file.string());
}
} // namespace

BoxConfig loadBoxConfig(const std::optional<std::filesystem::path>& explicitFile) {
    // Every way out (a file, no file, an unreadable one) gets the zone from tzdata.
    BoxConfig c = readBoxConfigFile(explicitFile);
    c.zone = boxZone();
    return c;
}

} // namespace signage::app
