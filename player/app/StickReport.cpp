#include "app/StickReport.h"

#include <fstream>
#include <sys/statvfs.h>

#include "bundle/Importer.h"
#include "core/Clock.h"
#include "core/Json.h"
#include "core/Lang.h"
#include "core/ProcessInfo.h"
#include "playlog/BoxKey.h"
#include "playlog/Export.h"

namespace signage::app {

std::string writeStickReport(const std::filesystem::path& dataDir, const std::filesystem::path& stickRoot,
                             const bundle::ImportResult& import, long long nowMs) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path dir = stickRoot / "SIGNAGE-LOGS";
    fs::create_directories(dir, ec);
    if (ec) return core::tr("không ghi được lên USB (chỉ đọc?): ", "cannot write to the stick (read-only?): ") + ec.message();
    std::string summary;
    try {
        auto key = playlog::BoxKey::load(dataDir / "box.key");
        auto result = playlog::exportLog(dataDir / "playlog.sqlite", key, dir, nowMs);
        (void)result;
        summary = core::tr("đã ghi nhật ký phát lên USB", "play log exported to the stick");
    } catch (const std::exception& e) {
        summary = core::tr("không xuất được nhật ký: ", "play-log export failed: ") + e.what();
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

} // namespace signage::app
