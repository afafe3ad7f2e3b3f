// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/StaffServices.h"

#include <sodium.h>
#include <sys/statvfs.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "app/StickReport.h"
#include "bundle/Importer.h"
#include "bundle/MountTable.h"
#include "core/Lang.h"
#include "core/Log.h"
#include "playlog/EventText.h"
#include "playlog/RecentEvents.h"

namespace signage::app {

namespace fs = std::filesystem;
using core::tr;

namespace {

// "06/12 21:55" in the box's zone (the ISO form is "2026-12-06T21:55:00+07:00").
std::string shortTime(const schedule::TimeZone& zone, std::int64_t wallMs) {
    const std::string iso = zone.formatIso(wallMs);
    if (iso.size() < 16) return iso;
    return iso.substr(8, 2) + "/" + iso.substr(5, 2) + " " + iso.substr(11, 5);
}

std::string decimal(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    std::string s = buf;
    if (core::lang() == core::Lang::Vi)
        for (char& c : s)
            if (c == '.') c = ','; // 12,5 GB
    return s;
}

std::string freeDisk(const fs::path& dir) {
    struct statvfs v {};
    if (statvfs(dir.c_str(), &v) != 0) return tr("không đọc được", "cannot read");
    const double gb = 1024.0 * 1024.0 * 1024.0;
    const double avail = static_cast<double>(v.f_bavail) * static_cast<double>(v.f_frsize) / gb;
    const double total = static_cast<double>(v.f_blocks) * static_cast<double>(v.f_frsize) / gb;
    return decimal(avail) + " GB " + tr("trống / ", "free of ") + decimal(total) + " GB";
}

} // namespace

bool checkStaffPin(const BoxConfig& config, const std::string& pin) {
    if (sodium_init() < 0) return false;
    if (!config.staffPinHash.empty())
        return crypto_pwhash_str_verify(config.staffPinHash.c_str(), pin.data(), pin.size()) == 0;
    if (config.staffPin.empty() || pin.size() != config.staffPin.size()) return false;
    return sodium_memcmp(pin.data(), config.staffPin.data(), pin.size()) == 0;
}

std::string hashStaffPin(const std::string& pin) {
    if (sodium_init() < 0) throw std::runtime_error("libsodium");
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, pin.data(), pin.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw std::runtime_error(tr("không đủ bộ nhớ để băm mã PIN", "not enough memory to hash the PIN"));
    return out;
}

std::vector<fs::path> usbSticks(const std::vector<fs::path>& extra) {
    std::vector<fs::path> out;
    std::error_code ec;
    for (const auto& d : extra)
        if (fs::is_directory(d, ec)) out.push_back(d);
    std::ifstream in("/proc/self/mountinfo");
    std::stringstream text;
    text << in.rdbuf();
    for (auto& m : bundle::mountsUnder(bundle::parseMountInfo(text.str()), {"/media", "/mnt", "/run/media"}))
        out.push_back(m);
    return out;
}

playback::StaffServices makeStaffServices(BoxConfig config, fs::path dataDir, const core::Clock& clock,
                                          std::function<std::string()> bundle, std::function<void()> wake) {
    auto cfg = std::make_shared<const BoxConfig>(std::move(config));
    playback::StaffServices s;
    s.wake = std::move(wake);
    s.checkPin = [cfg](const std::string& pin) { return checkStaffPin(*cfg, pin); };
    s.collect = [cfg, dataDir, bundle] {
        playback::StaffInfo info;
        info.boxId = cfg->boxId;
        info.site = cfg->site;
        info.bundle = bundle ? bundle() : std::string();
        info.freeDisk = freeDisk(dataDir);
        try {
            auto glance = playlog::glanceAtLog(dataDir / "playlog.sqlite", 20);
            if (info.boxId.empty()) info.boxId = glance.boxId;
            if (glance.lastImport)
                info.lastImport = shortTime(cfg->zone, glance.lastImport->wallMs) + "  " +
                                  playlog::eventDetailText(glance.lastImport->kind, glance.lastImport->detail);
            if (glance.lastCosigned)
                info.lastCosigned = shortTime(cfg->zone, glance.lastCosigned->createdMs) + "  (" +
                                    tr("điểm kiểm ", "checkpoint ") + std::to_string(glance.lastCosigned->number) + ")";
            for (const auto& e : glance.events)
                info.events.push_back(shortTime(cfg->zone, e.wallMs) + "  " + playlog::eventLine(e.kind, e.detail));
        } catch (const std::exception& e) {
            info.events.push_back(tr("không đọc được nhật ký: ", "cannot read the log: ") + e.what());
        }
        return info;
    };
    s.exportLogs = [cfg, dataDir, &clock, bundle] {
        auto sticks = usbSticks(cfg->usbDirs);
        if (sticks.empty())
            return tr("Không thấy USB. Hãy cắm USB rồi bấm lại.", "No USB stick found. Plug one in and press again.");
        bundle::ImportResult onBox; // the health report's "import" line: what the box has
        onBox.status = bundle::ImportResult::Status::AlreadyInstalled;
        onBox.manifest.name = bundle ? bundle() : std::string();
        // The full lines go to the journal; staff read one short line: which sticks have it.
        const std::string written = tr("đã ghi nhật ký phát lên USB", "play log exported to the stick");
        std::string done, staged;
        core::Logger log("staff");
        for (const auto& stick : sticks) {
            std::string line = writeStickReport(dataDir, stick, onBox, clock.wallNow(), cfg->officeKeys);
            log.info(stick.string() + ": " + line);
            // The summary starts with `written` when the export went onto the stick (what
            // follows is the checkpoint and the health line).
            std::string& list = line.rfind(written, 0) == 0 ? done : staged;
            list += (list.empty() ? "" : ", ") + stick.filename().string();
        }
        std::string out;
        if (!done.empty()) out = tr("Đã xuất nhật ký ra USB: ", "Logs exported to USB: ") + done;
        if (!staged.empty())
            out += (out.empty() ? "" : ". ") +
                   tr("USB chỉ đọc, đã để sẵn để chép: ", "Read-only USB, staged for copying: ") + staged;
        return out;
    };
    return s;
}

} // namespace signage::app
