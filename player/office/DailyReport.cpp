// SPDX-License-Identifier: GPL-3.0-or-later
#include "office/DailyReport.h"

#include <fstream>
#include <optional>

#include "core/Diagnostic.h"
#include "core/Log.h"
#include "playlog/AuditDb.h"
#include "playlog/Dating.h"
#include "playlog/Quota.h"

namespace signage::office {

namespace {
std::string csv(const std::string& s) {
    if (s.find_first_of(",\"\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}
} // namespace

std::filesystem::path writeDailyReport(const OfficeDir& dir, const OfficeSettings& s, std::int64_t day, std::mutex* storeMutex) {
    std::vector<playlog::Target> targets;
    if (!s.schedule.empty()) {
        core::Diagnostics diags;
        targets = playlog::parseTargets(s.schedule, diags);
        for (const auto& d : diags.all()) core::Logger("office").warn(d.format());
    }
    std::optional<std::unique_lock<std::mutex>> lock;
    if (storeMutex) lock.emplace(*storeMutex);
    auto audit = playlog::AuditDb::open(dir.fleetLog(), s.utcOffsetMin);
    playlog::Filter f;
    f.fromDay = f.toDay = day;
    std::filesystem::create_directories(dir.reports());
    auto file = dir.reports() / (playlog::formatDay(day) + ".csv");
    auto tmp = file;
    tmp += ".tmp";
    std::ofstream out(tmp, std::ios::trunc);
    out << "ngày/day,máy/box,chỉ tiêu/target,số lần/count,cần/needed,đạt/met\n";
    if (!targets.empty()) {
        auto q = playlog::evaluateQuota(audit, targets, f);
        for (const auto& c : q.cells) {
            const auto& t = q.targets[c.target];
            out << playlog::formatDay(c.day) << "," << csv(c.boxId) << "," << csv(t.id) << "," << c.count << "," << t.minPerDay << ","
                << (c.noData ? "không có dữ liệu/no data" : c.met ? "đạt/met" : "không đạt/not met") << "\n";
        }
    } else {
        // No campaign targets configured: what each box completed, per item.
        auto groups = audit.aggregate(f, {playlog::Dim::Box, playlog::Dim::Item});
        for (const auto& [key, totals] : groups)
            out << playlog::formatDay(day) << "," << csv(audit.label(playlog::Dim::Box, key[0])) << ","
                << csv(audit.label(playlog::Dim::Item, key[1])) << "," << totals.outcome(playlog::Outcome::Completed) << ",,\n";
    }
    out.close();
    std::filesystem::rename(tmp, file);
    return file;
}

} // namespace signage::office
