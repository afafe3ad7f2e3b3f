// SPDX-License-Identifier: GPL-3.0-or-later
#include "office/DailyReport.h"

#include <cstdio>
#include <fstream>
#include <map>
#include <optional>

#include "core/Clock.h"
#include "core/Diagnostic.h"
#include "core/Log.h"
#include "playlog/AuditDb.h"
#include "playlog/Dating.h"
#include "playlog/HtmlReport.h"
#include "playlog/Quota.h"
#include "playlog/ReportTable.h"

namespace signage::office {

namespace {
std::string csv(const std::string& s) {
    if (s.find_first_of(",\"\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string window(const playlog::Target& t) {
    char b[32];
    std::snprintf(b, sizeof b, "%02d:%02d–%02d:%02d", t.windowStartMin / 60, t.windowStartMin % 60, t.windowEndMin / 60,
                  t.windowEndMin % 60);
    return b;
}

/// Writes `text` to `file` through FILE.tmp and a rename: a reader never sees half a report.
template <typename Fn>
void writeAtomically(const std::filesystem::path& file, Fn&& fill) {
    auto tmp = file;
    tmp += ".tmp";
    {
        std::ofstream out(tmp, std::ios::trunc | std::ios::binary);
        fill(out);
        out.close();
        if (!out) throw std::runtime_error(tmp.string() + ": write failed");
    }
    std::filesystem::rename(tmp, file);
}
} // namespace

void nameTargets(std::vector<playlog::Target>& targets, const content::Titles& titles) {
    std::vector<bool> fromTitle(targets.size(), false);
    for (size_t i = 0; i < targets.size(); ++i) {
        auto& t = targets[i];
        if (!t.name.empty()) continue;
        const auto& map = t.item.empty() ? titles.playlists : titles.items;
        auto it = map.find(t.item.empty() ? t.playlist : t.item);
        if (it == map.end() || it->second.empty()) continue;
        t.name = it->second;
        fromTitle[i] = true;
    }
    // Two targets on the same slide (morning and evening) must not read alike.
    std::map<std::string, int> uses;
    for (const auto& t : targets) ++uses[playlog::targetLabel(t)];
    for (size_t i = 0; i < targets.size(); ++i)
        if (fromTitle[i] && uses[targets[i].name] > 1) targets[i].name += " (" + window(targets[i]) + ")";
}

std::filesystem::path writeDailyReport(const OfficeDir& dir, const OfficeSettings& s, std::int64_t day, std::mutex* storeMutex) {
    std::vector<playlog::Target> targets;
    content::Titles titles;
    if (!s.schedule.empty()) {
        core::Diagnostics diags;
        targets = playlog::parseTargets(s.schedule, diags);
        for (const auto& d : diags.all()) core::Logger("office").warn(d.format());
        titles = content::loadTitles(content::contentDirOf(s.schedule));
        nameTargets(targets, titles);
    }
    std::optional<std::unique_lock<std::mutex>> lock;
    if (storeMutex) lock.emplace(*storeMutex);
    auto audit = playlog::AuditDb::open(dir.fleetLog(), s.utcOffsetMin);
    audit.setTitles(titles.items, titles.playlists);
    playlog::Filter f;
    f.fromDay = f.toDay = day;
    std::optional<playlog::QuotaResult> q;
    if (!targets.empty()) q = playlog::evaluateQuota(audit, targets, f);
    std::filesystem::create_directories(dir.reports());
    const std::string base = playlog::formatDay(day);
    auto file = dir.reports() / (base + ".csv");
    writeAtomically(file, [&](std::ostream& out) {
        out << "ngày/day,máy/box,chỉ tiêu/target,số lần/count,cần/needed,đạt/met,mã/id\n";
        if (q) {
            for (const auto& c : q->cells) {
                const auto& t = q->targets[c.target];
                out << playlog::formatDay(c.day) << "," << csv(c.boxId) << "," << csv(playlog::targetLabel(t)) << ","
                    << c.count << "," << t.minPerDay << ","
                    << (c.noData ? "không có dữ liệu/no data" : c.met ? "đạt/met" : "không đạt/not met") << ","
                    << csv(t.id) << "\n";
            }
        } else {
            // No campaign targets configured: what each box completed, per item (by title).
            auto groups = audit.aggregate(f, {playlog::Dim::Box, playlog::Dim::Item});
            for (const auto& [key, totals] : groups)
                out << playlog::formatDay(day) << "," << csv(audit.label(playlog::Dim::Box, key[0])) << ","
                    << csv(audit.title(playlog::Dim::Item, key[1])) << ","
                    << totals.outcome(playlog::Outcome::Completed) << ",,," << csv(audit.label(playlog::Dim::Item, key[1]))
                    << "\n";
        }
    });
    writeAtomically(dir.reports() / (base + ".html"), [&](std::ostream& out) {
        playlog::HtmlReportOptions o;
        o.by = playlog::Dim::Box;
        o.source = dir.fleetLog().filename().string();
        o.generatedMs = core::RealClock{}.wallNow();
        playlog::writeHtmlReport(out, audit, f, o, q ? &*q : nullptr);
    });
    return file;
}

} // namespace signage::office
