// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/StickReport.h"

#include <cctype>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sys/statvfs.h>
#include <unistd.h>

#include "bundle/Importer.h"
#include "core/Clock.h"
#include "core/Json.h"
#include "core/Lang.h"
#include "core/Log.h"
#include "core/ProcessInfo.h"
#include "playlog/BoxKey.h"
#include "playlog/Cosigned.h"
#include "playlog/Export.h"

namespace signage::app {

namespace fs = std::filesystem;

namespace {

// Empty when a file can be made in `dir` (made first if missing), else why not. A probe
// file, because a SIGNAGE-LOGS folder left by an earlier visit exists on a read-only
// stick too, and root passes every permission check but EROFS.
std::string cannotWriteIn(const fs::path& dir) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) return ec.message();
    const fs::path probe = dir / ".signage-write-test";
    int fd = ::open(probe.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) return std::strerror(errno);
    ::close(fd);
    ::unlink(probe.c_str());
    return {};
}

// The checkpoint's signed note beside the export (<box>_checkpoint-<n>.note): the office
// can cosign it (`audit cosign`) even before the export is merged. Empty, or why not.
std::string writeNote(const fs::path& dir, const playlog::StoredCheckpoint& c) {
    std::string name;
    for (char ch : c.cp.boxId)
        name += (std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '_') ? ch : '_';
    std::ofstream f(dir / (name + "_checkpoint-" + std::to_string(c.cp.number) + ".note"),
                    std::ios::binary | std::ios::trunc);
    f << c.note.text();
    return f ? std::string() : std::string(std::strerror(errno));
}

} // namespace

std::string signVisitCheckpoint(const fs::path& dataDir, const fs::path& dir, long long nowMs,
                                const std::optional<playlog::StoredCheckpoint>& fromExport) {
    try {
        std::optional<playlog::StoredCheckpoint> c = fromExport;
        if (!c)
            c = playlog::checkpointLog(dataDir / "playlog.sqlite", playlog::BoxKey::load(dataDir / "box.key"), nowMs);
        std::string line = core::tr("điểm kiểm ", "checkpoint ") + std::to_string(c->cp.number) + " (seq " +
                           std::to_string(c->cp.size) + core::tr(") đã ký", ") signed");
        if (!dir.empty()) {
            if (std::string why = writeNote(dir, *c); !why.empty())
                line += core::tr(", không ghi được lên USB: ", ", not written to the stick: ") + why;
        }
        return line;
    } catch (const std::exception& e) {
        return core::tr("không ký được điểm kiểm: ", "checkpoint not signed: ") + e.what();
    }
}

namespace {

// The export and the health report into `dir`; the summary line. Every visit signs a
// checkpoint: with the export, or on its own when the export fails.
std::string writeReportInto(const fs::path& dataDir, const fs::path& dir, const bundle::ImportResult& import, long long nowMs) {
    std::string summary;
    try {
        auto key = playlog::BoxKey::load(dataDir / "box.key");
        auto r = playlog::exportLog(dataDir / "playlog.sqlite", key, dir, nowMs);
        summary = core::tr("đã ghi nhật ký phát lên USB", "play log exported to the stick") + "; " +
                  signVisitCheckpoint(dataDir, dir, nowMs, r.checkpoint);
    } catch (const std::exception& e) {
        summary = core::tr("không xuất được nhật ký: ", "play-log export failed: ") + e.what() + "; " +
                  signVisitCheckpoint(dataDir, dir, nowMs);
    }
    struct statvfs vfs {};
    unsigned long long freeBytes = statvfs(dataDir.c_str(), &vfs) == 0 ? static_cast<unsigned long long>(vfs.f_bavail) * vfs.f_frsize : 0;
    std::string stamp = core::formatIsoTime(nowMs);
    std::string safeStamp;
    for (char c : stamp.substr(0, 16)) safeStamp += (c == ':' ? '-' : c);
    std::ofstream health(dir / ("health-" + safeStamp + ".json"));
    health << "{\n  \"time\": \"" << stamp << "\",\n"
           << "  \"clock_plausible\": " << (nowMs > 1704067200000LL ? "true" : "false") << ",\n"
           << "  \"uptime_ms\": " << core::processAgeMs() << ",\n"
           << "  \"free_disk_bytes\": " << freeBytes << ",\n"
           << "  \"import\": " << core::jsonQuote(import.message()) << ",\n"
           << "  \"bundle\": " << core::jsonQuote(import.manifest.id + "@" + import.manifest.version) << ",\n"
           << "  \"peak_rss_kb\": " << core::peakRssKb() << "\n}\n";
    if (!health) summary += core::tr("; không ghi được báo cáo tình trạng", "; health report not written");
    return summary;
}

// The outbox name of a stick: its mount folder's name ("usb-sda1"), in the characters the
// root helper accepts.
std::string stickName(const fs::path& stickRoot) {
    std::string name = stickRoot.filename().string();
    if (name.empty()) name = "stick";
    for (char& c : name)
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) c = '_';
    return name;
}

} // namespace

namespace {
std::string writeStickReportOnly(const fs::path& dataDir, const fs::path& stickRoot, const bundle::ImportResult& import,
                                 long long nowMs);
} // namespace

fs::path stickOutboxDir(const fs::path& dataDir) { return dataDir / "stick-outbox"; }

std::string importStickCosignatures(const fs::path& dataDir, const fs::path& dir,
                                    const std::vector<playlog::PublicKey>& officeKeys) {
    try {
        auto results = playlog::importCosignatures(dataDir / "playlog.sqlite", dir, officeKeys);
        if (results.empty()) return {};
        core::Logger log("playlog");
        std::string imported;
        int refused = 0;
        for (const auto& r : results) {
            const std::string what = r.file.filename().string() + " (" + core::tr("điểm kiểm ", "checkpoint ") +
                                     std::to_string(r.number) + ")";
            switch (r.status) {
            case playlog::CosignImport::Status::Imported:
                log.info(core::tr("đã nhận chữ ký xác nhận của phường ", "office cosignature imported from ") +
                         r.office + ": " + what);
                imported += (imported.empty() ? "" : ", ") + std::to_string(r.number);
                break;
            case playlog::CosignImport::Status::AlreadyKnown: break;
            case playlog::CosignImport::Status::Refused:
                ++refused;
                log.warn(core::tr("từ chối chữ ký xác nhận ", "cosignature refused: ") + what + ": " + r.why);
                break;
            }
        }
        std::string out;
        if (!imported.empty())
            out = core::tr("phường đã ký xác nhận điểm kiểm ", "office cosignature of checkpoint ") + imported +
                  core::tr(" đã nhận", " imported");
        if (refused)
            out += (out.empty() ? "" : "; ") + std::to_string(refused) +
                   core::tr(" chữ ký xác nhận bị từ chối (xem nhật ký)", " cosignature(s) refused (see the journal)");
        return out;
    } catch (const std::exception& e) {
        return core::tr("không đọc được chữ ký xác nhận: ", "cosignatures not read: ") + e.what();
    }
}

std::string writeStickReport(const fs::path& dataDir, const fs::path& stickRoot, const bundle::ImportResult& import,
                             long long nowMs, const std::vector<playlog::PublicKey>& officeKeys) {
    const fs::path onStick = stickRoot / "SIGNAGE-LOGS";
    // First what the office sent back, so this visit's export carries it. Reading works
    // on a read-only stick too.
    std::string cosigned = importStickCosignatures(dataDir, onStick, officeKeys);
    std::string report = writeStickReportOnly(dataDir, stickRoot, import, nowMs);
    return cosigned.empty() ? report : report + "; " + cosigned;
}

namespace {
std::string writeStickReportOnly(const fs::path& dataDir, const fs::path& stickRoot, const bundle::ImportResult& import,
                                 long long nowMs) {
    const fs::path onStick = stickRoot / "SIGNAGE-LOGS";
    const std::string why = cannotWriteIn(onStick);
    if (why.empty()) return writeReportInto(dataDir, onStick, import, nowMs);

    // A read-only stick (the kiosk mounts them so, and the player cannot remount): the
    // report waits in the data dir, and a root helper (signage-stick-export.path ->
    // packaging/libexec/stick-export) remounts the stick writable just for the copy.
    const std::string name = stickName(stickRoot);
    const fs::path outbox = stickOutboxDir(dataDir);
    const fs::path staged = outbox / name / "SIGNAGE-LOGS";
    std::error_code ec;
    fs::remove(outbox / (name + ".ready"), ec);
    fs::remove_all(outbox / name, ec);
    const std::string head = core::tr("không ghi được lên USB (chỉ đọc?): ", "cannot write to the stick (read-only?): ") + why;
    if (std::string stageWhy = cannotWriteIn(staged); !stageWhy.empty())
        return head + core::tr("; cũng không để sẵn được: ", "; cannot stage it either: ") + stageWhy + "; " +
               signVisitCheckpoint(dataDir, {}, nowMs); // the visit still counts
    std::string summary = writeReportInto(dataDir, staged, import, nowMs);
    // The marker comes last and whole (rename), so the helper never copies half a report.
    const fs::path tmp = outbox / ("." + name + ".ready.tmp");
    { std::ofstream(tmp) << stickRoot.string() << "\n"; }
    fs::rename(tmp, outbox / (name + ".ready"), ec);
    if (ec) return head + "; " + summary + core::tr("; không đánh dấu được để chép: ", "; cannot mark it for copying: ") + ec.message();
    return head + "; " + summary + core::tr(" (để sẵn trong ", " (staged in ") + (outbox / name).string() +
           core::tr(", signage-stick-export chép lên USB)", "; signage-stick-export copies it to the stick)");
}

} // namespace

} // namespace signage::app
