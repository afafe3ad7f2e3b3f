// SPDX-License-Identifier: GPL-3.0-or-later
// signage schedule preview CONTENT_DIR [--from DATE] [--to DATE] [--format text|json|html]
// Simulates the schedule with the same Scheduler the player runs and shows what plays when.
#include <fstream>
#include <iostream>

#include "app/Commands.h"
#include "app/PreviewContent.h"
#include "core/Clock.h"
#include "core/Duration.h"
#include "core/Lang.h"
#include "schedule/PreviewReport.h"
#include "schedule/ScheduleLoader.h"
#include "schedule/Simulator.h"

namespace signage::app {
namespace {

using core::tr;
using schedule::Day;

constexpr Day kMaxPreviewDays = 5 * 366;

// "2025-08-02" (a local day) or a full ISO time; `endOfDay` makes a bare date inclusive.
bool parseWhen(const std::string& text, const schedule::TimeZone& tz, bool endOfDay, core::WallMs& out) {
    Day day = 0;
    if (schedule::parseDate(text, day)) {
        out = tz.startOfDay(endOfDay ? day + 1 : day);
        return true;
    }
    core::WallMs t = 0;
    if (text.size() > 10 && text.find_first_of("Z+", 10) == std::string::npos && text.find('-', 10) == std::string::npos) {
        // No offset given: local time in the schedule's zone.
        if (!core::parseIsoTime(text, t, 0)) return false;
        out = tz.toUtc(t);
        return true;
    }
    if (!core::parseIsoTime(text, t)) return false;
    out = t;
    return true;
}

struct PreviewArgs {
    std::string contentDir, from, to, format = "text", out;
};

int runPreview(const PreviewArgs& a) {
    namespace fs = std::filesystem;
    if (!fs::is_directory(a.contentDir)) {
        std::cerr << a.contentDir << ": " << tr("không phải thư mục nội dung", "not a content directory") << "\n";
        return kExitUsage;
    }
    core::Diagnostics diags;
    content::Catalog catalog = loadPreviewCatalog(a.contentDir, diags);
    schedule::Schedule sched;
    fs::path schedFile = fs::path(a.contentDir) / "schedule.toml";
    if (fs::exists(schedFile)) {
        if (auto s = schedule::loadSchedule(schedFile, diags)) sched = std::move(*s);
    } else {
        std::cerr << tr("Không có schedule.toml: luôn phát danh sách mặc định.",
                        "No schedule.toml: the default playlist plays all the time.")
                  << "\n";
    }
    for (const auto& d : diags.all()) std::cerr << d.format() << "\n";

    std::string tzWarning;
    schedule::TimeZone tz = schedule::TimeZone::loadOrFallback(sched.timezone, &tzWarning);
    if (!tzWarning.empty()) std::cerr << tzWarning << "\n";
    core::RealClock real;
    Day today = tz.localDay(real.wallNow());
    core::WallMs from = tz.startOfDay(today), to = 0;
    if (!a.from.empty() && !parseWhen(a.from, tz, false, from)) {
        std::cerr << "--from: " << tr("ngày không hợp lệ (dạng 2025-08-02)", "invalid date (expected 2025-08-02)") << "\n";
        return kExitUsage;
    }
    if (a.to.empty()) {
        to = tz.startOfDay(tz.localDay(from) + 7);
    } else if (!parseWhen(a.to, tz, true, to)) {
        std::cerr << "--to: " << tr("ngày không hợp lệ (dạng 2025-08-14)", "invalid date (expected 2025-08-14)") << "\n";
        return kExitUsage;
    }
    if (to <= from) {
        std::cerr << tr("--to phải sau --from", "--to must be after --from") << "\n";
        return kExitUsage;
    }
    if (to - from > kMaxPreviewDays * schedule::kMsPerDay) {
        std::cerr << tr("khoảng xem trước tối đa 5 năm", "a preview covers at most 5 years") << "\n";
        return kExitUsage;
    }

    std::ofstream file;
    if (!a.out.empty()) {
        file.open(a.out, std::ios::binary);
        if (!file) {
            std::cerr << a.out << ": " << tr("không ghi được", "cannot write") << "\n";
            return kExitRuntime;
        }
    }
    std::ostream& out = a.out.empty() ? std::cout : file;

    schedule::SimulationOptions opts;
    schedule::PreviewRecorder recorder(tz);
    schedule::PreviewJsonWriter json(out, tz);
    if (a.format == "json") {
        opts.onPlay = [&](const schedule::Decision& d, core::WallMs s, core::WallMs e, bool, bool) { json.play(d, s, e); };
    } else {
        opts.onPlay = [&](const schedule::Decision& d, core::WallMs s, core::WallMs e, bool completed, bool) {
            recorder.play(d, s, e, completed);
        };
        opts.onGap = [&](schedule::Decision::Kind k, core::WallMs s, core::WallMs e) { recorder.gap(k, s, e); };
    }
    schedule::SimulationSummary summary = schedule::simulate(sched, catalog, from, to, opts);

    for (const auto& w : summary.warnings) std::cerr << tr("cảnh báo: ", "warning: ") << w << "\n";
    if (!summary.assumedItems.empty())
        std::cerr << tr("Lưu ý: video/âm thanh không ghi thời lượng được tính ",
                        "Note: video/audio items without a duration are assumed to last ")
                  << core::formatDuration(opts.scheduler.unknownMediaDuration) << " (" << summary.assumedItems.size()
                  << tr(" mục)", " items)") << "\n";

    if (a.format == "json") {
        json.finish();
    } else {
        schedule::PreviewInput in;
        in.title = catalog.manifest.name.empty() ? a.contentDir : catalog.manifest.name + " (" + a.contentDir + ")";
        in.tz = &tz;
        in.firstDay = tz.localDay(from);
        in.lastDay = tz.localDay(to - 1);
        in.blocks = &recorder.blocks();
        in.summary = &summary;
        in.assumedLength = opts.scheduler.unknownMediaDuration;
        if (a.format == "html") schedule::writePreviewHtml(out, in);
        else schedule::writePreviewText(out, in);
    }
    out.flush();
    if (!out) {
        std::cerr << tr("lỗi ghi kết quả", "failed to write the output") << "\n";
        return kExitRuntime;
    }
    return diags.hasErrors() ? kExitBadInput : kExitOk;
}

} // namespace

void addScheduleCommand(CLI::App& root, int& exitCode) {
    auto* cmd = root.add_subcommand("schedule", core::tr("Lịch phát: xem trước", "Schedule tools: preview"));
    cmd->require_subcommand(1);
    auto args = std::make_shared<PreviewArgs>();
    auto* preview = cmd->add_subcommand(
        "preview", core::tr("Xem trước cái gì phát khi nào (mô phỏng bằng chính bộ lập lịch của máy phát)", "Show what plays when (simulated with the player's own scheduler)"));
    preview->add_option("CONTENT_DIR", args->contentDir, core::tr("Thư mục nội dung", "Content directory"))->required();
    preview->add_option("--from", args->from, core::tr("Ngày bắt đầu (2025-08-02; mặc định hôm nay)", "First day (2025-08-02; default today)"));
    preview->add_option("--to", args->to, core::tr("Ngày cuối, tính cả ngày đó (mặc định 7 ngày)", "Last day, inclusive (default: 7 days)"));
    preview->add_option("--format", args->format, "text|json|html")->check(CLI::IsMember({"text", "json", "html"}));
    preview->add_option("--out", args->out, core::tr("Ghi ra tệp thay vì stdout", "Write to a file instead of stdout"));
    preview->callback([args, &exitCode] { exitCode = runPreview(*args); });
}

} // namespace signage::app
