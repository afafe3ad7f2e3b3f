// SPDX-License-Identifier: GPL-3.0-or-later
// signage interrupt start ITEM|PLAYLIST [--until TIME] | stop | status
// Emergency broadcast on this box: writes or removes DATA_DIR/control/interrupt.toml,
// which the running player watches (schedule/InterruptControl.h).
#include <iostream>

#include "app/Commands.h"
#include "app/PreviewContent.h"
#include "core/Clock.h"
#include "core/Duration.h"
#include "core/Json.h"
#include "core/Lang.h"
#include "core/Log.h"
#include "core/Paths.h"
#include "schedule/InterruptControl.h"
#include "schedule/PreviewReport.h"
#include "schedule/ScheduleText.h"
#include "schedule/Scheduler.h"

namespace signage::app {
namespace {

using core::tr;

const core::Logger kLog("interrupt");

struct InterruptArgs {
    std::string target, until, message, dataDir, contentDir, timezone = schedule::kDefaultTimeZone;
    bool json = false;
};

// --until: an ISO time, "HH:MM" (the next such local time), or a duration from now ("30m").
bool parseUntil(const std::string& text, const schedule::TimeZone& tz, core::WallMs now, core::WallMs& out) {
    if (auto minutes = schedule::parseTimeOfDay(text)) {
        schedule::Day day = tz.localDay(now);
        out = tz.toUtc(day * schedule::kMsPerDay + *minutes * schedule::kMsPerMinute);
        if (out <= now) out = tz.toUtc((day + 1) * schedule::kMsPerDay + *minutes * schedule::kMsPerMinute);
        return true;
    }
    if (auto d = core::parseDuration(text)) {
        out = now + d->count();
        return d->count() > 0;
    }
    return core::parseIsoTime(text, out);
}

std::filesystem::path dataDirOf(const InterruptArgs& a) {
    return a.dataDir.empty() ? core::defaultDataDir() : std::filesystem::path(a.dataDir);
}

int start(const InterruptArgs& a) {
    core::RealClock clock;
    core::WallMs now = clock.wallNow();
    std::string tzWarning;
    schedule::TimeZone tz = schedule::TimeZone::loadOrFallback(a.timezone, &tzWarning);
    schedule::Interrupt in;
    in.target = a.target;
    in.started = now;
    in.by = "cli";
    in.message = a.message;
    if (!a.until.empty() && !parseUntil(a.until, tz, now, in.until)) {
        std::cerr << "--until: " << tr("thời gian không hợp lệ (ví dụ 09:00, 30m hoặc 2025-08-02T09:00:00+07:00)",
                                       "invalid time (e.g. 09:00, 30m or 2025-08-02T09:00:00+07:00)")
                  << "\n";
        return kExitUsage;
    }
    if (!a.contentDir.empty()) {
        // Check the target against the content the box plays, with the scheduler's own lookup.
        core::Diagnostics diags;
        content::Catalog catalog = loadPreviewCatalog(a.contentDir, diags);
        core::ManualClock probeClock(now);
        schedule::Scheduler probe(schedule::Schedule{}, catalog, probeClock);
        std::string why;
        if (!probe.setInterrupt(in, &why)) {
            std::cerr << why << "\n";
            return kExitBadInput;
        }
    }
    if (a.contentDir.empty())
        std::cerr << tr("(TARGET chưa được kiểm tra; thêm --content THƯ_MỤC để kiểm tra trước)",
                        "(TARGET not checked; add --content DIR to check it first)")
                  << "\n";
    schedule::InterruptControl control(dataDirOf(a));
    std::string why;
    if (!control.write(in, &why)) {
        std::cerr << tr("không ghi được tệp điều khiển: ", "cannot write the control file: ") << why << "\n";
        return kExitRuntime;
    }
    std::string until = in.until ? tz.formatIso(in.until) : tr("khi có lệnh dừng", "until stopped");
    kLog.info("interrupt requested: " + in.target + " until " + (in.until ? tz.formatIso(in.until) : "stopped") +
              " (" + control.path().string() + ")");
    std::cerr << tr("Đã yêu cầu phát khẩn cấp: ", "Emergency broadcast requested: ") << in.target << tr(" — đến ", " — until ")
              << until << "\n"
              << tr("Dừng bằng: signage interrupt stop", "Stop with: signage interrupt stop") << "\n";
    return kExitOk;
}

int stop(const InterruptArgs& a) {
    schedule::InterruptControl control(dataDirOf(a));
    bool was = control.read().has_value();
    std::string why;
    if (!control.clear(&why)) {
        std::cerr << tr("không xóa được tệp điều khiển: ", "cannot remove the control file: ") << why << "\n";
        return kExitRuntime;
    }
    kLog.info(was ? "interrupt stop requested" : "interrupt stop requested (none was active)");
    std::cerr << (was ? tr("Đã dừng phát khẩn cấp; lịch phát tiếp tục.", "Emergency broadcast stopped; the schedule resumes.")
                      : tr("Không có phát khẩn cấp nào đang chạy.", "No emergency broadcast was active."))
              << "\n";
    return kExitOk;
}

int status(const InterruptArgs& a) {
    schedule::InterruptControl control(dataDirOf(a));
    std::string why;
    auto in = control.read(&why);
    if (!why.empty()) {
        std::cerr << why << "\n";
        return kExitBadInput;
    }
    schedule::TimeZone tz = schedule::TimeZone::loadOrFallback(a.timezone);
    if (a.json) {
        if (!in) {
            std::cout << "{\"active\": false}\n";
        } else {
            std::cout << "{\"active\": true, \"target\": " << core::jsonQuote(in->target)
                      << ", \"until\": " << (in->until ? core::jsonQuote(tz.formatIso(in->until)) : "null")
                      << ", \"started\": " << (in->started ? core::jsonQuote(tz.formatIso(in->started)) : "null")
                      << ", \"by\": " << core::jsonQuote(in->by) << "}\n";
        }
        return kExitOk;
    }
    if (!in) std::cerr << tr("Không có phát khẩn cấp.", "No emergency broadcast.") << "\n";
    else
        std::cerr << tr("Đang phát khẩn cấp: ", "Emergency broadcast: ") << in->target << tr(" — đến ", " — until ")
                  << (in->until ? tz.formatIso(in->until) : tr("khi có lệnh dừng", "until stopped")) << "\n";
    return kExitOk;
}

} // namespace

void addInterruptCommand(CLI::App& root, int& exitCode) {
    auto* cmd = root.add_subcommand("interrupt", core::tr("Phát khẩn cấp trên máy này", "Emergency broadcast on this box"));
    cmd->require_subcommand(1);
    auto args = std::make_shared<InterruptArgs>();
    auto dataDir = [&](CLI::App* sub) {
        sub->add_option("--data-dir", args->dataDir, core::tr("Thư mục dữ liệu của máy phát", "The player's data directory"));
    };

    auto* startCmd = cmd->add_subcommand("start", core::tr("Bắt đầu: chen ngay một mục hoặc danh sách phát", "Start: show an item or a playlist at once"));
    startCmd->add_option("TARGET", args->target,
                         core::tr("DANH_SÁCH, DANH_SÁCH/MỤC hoặc MỤC", "PLAYLIST, PLAYLIST/ITEM or ITEM"))
        ->required();
    startCmd->add_option("--until", args->until,
                         core::tr("Đến khi nào: 09:00, 30m hoặc thời điểm ISO-8601 (mặc định: đến khi dừng)", "Until when: 09:00, 30m or an ISO-8601 time (default: until stopped)"));
    startCmd->add_option("--message", args->message, core::tr("Ghi chú cho nhật ký", "A note for the log"));
    startCmd->add_option("--content", args->contentDir,
                         core::tr("Kiểm tra TARGET có trong thư mục nội dung này", "Check TARGET exists in this content directory"));
    startCmd->add_option("--timezone", args->timezone, core::tr("Múi giờ cho --until HH:MM", "Time zone for --until HH:MM"));
    dataDir(startCmd);
    startCmd->callback([args, &exitCode] { exitCode = start(*args); });

    auto* stopCmd = cmd->add_subcommand("stop", core::tr("Dừng phát khẩn cấp; lịch phát tiếp tục", "Stop; the schedule resumes"));
    dataDir(stopCmd);
    stopCmd->callback([args, &exitCode] { exitCode = stop(*args); });

    auto* statusCmd = cmd->add_subcommand("status", core::tr("Cho biết có phát khẩn cấp không", "Show the emergency broadcast, if any"));
    dataDir(statusCmd);
    statusCmd->add_flag("--json", args->json, "JSON");
    statusCmd->callback([args, &exitCode] { exitCode = status(*args); });
}

} // namespace signage::app
