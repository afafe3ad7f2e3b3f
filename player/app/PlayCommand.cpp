// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>
#include <cstdlib>

#include "app/Commands.h"
#include "app/RunPlayer.h"
#include "core/Clock.h"
#include "core/Duration.h"
#include "core/Lang.h"
#include "core/Paths.h"

namespace signage::app {

namespace {

struct PlayArgs {
    std::string content, window, exitAfter, screenshotDir, screenshotEvery, clockStart, dataDir, config, inputScript,
        frameLog;
    double clockSpeed = 1.0;
    bool fullscreen = false, headless = false, loop = false;
};

bool parseWindow(const std::string& text, int& w, int& h) {
    return std::sscanf(text.c_str(), "%dx%d", &w, &h) == 2 && w >= 64 && h >= 64 && w <= 16384 && h <= 16384;
}

int usage(const std::string& message) {
    std::fprintf(stderr, "signage play: %s\n", message.c_str());
    return kExitUsage;
}

int run(const PlayArgs& a) {
    PlayerOptions o;
    o.content = a.content; // empty: the installed bundle, else the demo (see runPlayer)
    o.dataDir = a.dataDir.empty() ? core::defaultDataDir() : std::filesystem::path(a.dataDir);
    o.headless = a.headless;
    o.loopSingleFile = a.loop;
    if (!a.config.empty()) o.config = a.config;
    o.fullscreen = a.window.empty() || a.fullscreen;
    if (!a.window.empty() && !parseWindow(a.window, o.width, o.height))
        return usage(core::tr("--window cần dạng RỘNGxCAO, ví dụ 1280x720", "--window needs WIDTHxHEIGHT, e.g. 1280x720"));
    std::string why;
    if (!a.exitAfter.empty()) {
        o.exitAfter = core::parseDuration(a.exitAfter, &why);
        if (!o.exitAfter) return usage("--exit-after: " + why);
    }
    if (!a.screenshotEvery.empty()) {
        o.screenshotEvery = core::parseDuration(a.screenshotEvery, &why);
        if (!o.screenshotEvery || o.screenshotEvery->count() <= 0) return usage("--screenshot-every: " + why);
    }
    o.screenshotDir = a.screenshotDir;
    o.inputScript = a.inputScript;
    o.frameLog = a.frameLog;
    if (!o.frameLog.empty() && o.headless)
        return usage(core::tr("--frame-log cần màn hình (không dùng với --headless; SDL_VIDEODRIVER=offscreen được)",
                              "--frame-log needs a picture (not with --headless; SDL_VIDEODRIVER=offscreen works)"));
    if (!o.inputScript.empty() && o.screenshotDir.empty()) o.screenshotDir = "."; // where `shot NAME` writes
    if (o.screenshotEvery && o.screenshotDir.empty())
        return usage(core::tr("--screenshot-every cần --screenshot-dir", "--screenshot-every needs --screenshot-dir"));
    if (!a.clockStart.empty()) {
        core::WallMs t;
        if (!core::parseIsoTime(a.clockStart, t))
            return usage(core::tr("--clock-start cần thời điểm ISO-8601, ví dụ 2025-08-02T05:30:00+07:00",
                                  "--clock-start needs an ISO-8601 time, e.g. 2025-08-02T05:30:00+07:00"));
        o.clockStart = t;
    }
    if (a.clockSpeed <= 0 || a.clockSpeed > 100000) return usage("--clock-speed: 0 < N ≤ 100000");
    o.clockSpeed = a.clockSpeed;
    return runPlayer(o);
}

} // namespace

void addPlayCommand(CLI::App& root, int& exitCode) {
    auto args = std::make_shared<PlayArgs>();
    auto* cmd = root.add_subcommand("play", core::tr("Phát nội dung: một thư mục nội dung, một tệp video/ảnh/trang chữ, hoặc một thư mục plugin", "Play content: a content dir, one media/image/slide file, or a plugin dir"));
    cmd->add_option("content", args->content, core::tr("THƯ_MỤC_NỘI_DUNG, TỆP hoặc THƯ_MỤC_PLUGIN (mặc định: bản trình diễn)", "CONTENT_DIR, FILE or PLUGIN_DIR (default: the demo)"));
    cmd->add_option("--window", args->window, core::tr("Cửa sổ RỘNGxCAO thay vì toàn màn hình (khi phát triển)", "Window WxH instead of fullscreen (for development)"));
    cmd->add_flag("--fullscreen", args->fullscreen, core::tr("Toàn màn hình (mặc định)", "Fullscreen (default)"));
    cmd->add_flag("--headless", args->headless, core::tr("Không cửa sổ, không GPU (bộ vẽ rỗng)", "Null renderer: no window, no GPU"));
    cmd->add_option("--exit-after", args->exitAfter, core::tr("Thoát sau KHOẢNG (theo đồng hồ), ví dụ 30s", "Exit after DURATION (clock time), e.g. 30s"));
    cmd->add_option("--screenshot-dir", args->screenshotDir, core::tr("Thư mục ghi ảnh chụp màn hình", "Where screenshots go"));
    cmd->add_option("--screenshot-every", args->screenshotEvery, core::tr("Chụp màn hình mỗi KHOẢNG (theo đồng hồ)", "Screenshot every DURATION (clock time)"));
    cmd->add_option("--clock-start", args->clockStart, core::tr("Đồng hồ ảo bắt đầu từ (ISO-8601)", "Virtual clock start (ISO-8601)"));
    cmd->add_option("--clock-speed", args->clockSpeed, core::tr("Hệ số tốc độ của đồng hồ ảo", "Virtual clock speed factor"));
    cmd->add_flag("--loop", args->loop, core::tr("Lặp lại một tệp video/âm thanh (mặc định: phát một lần)", "Loop a single media file (default: play it once)"));
    cmd->add_option("--data-dir", args->dataDir, core::tr("Thư mục dữ liệu (sổ phát, thư mục nhận)", "Data dir (play log, inbox)"));
    cmd->add_option("--config", args->config, core::tr("Tệp cấu hình", "Config file"));
    cmd->add_option(
        "--frame-log", args->frameLog,
        core::tr(
            "Ghi một dòng cho mỗi khung hình đã hiện (thời điểm, mục, độ sáng, ảnh thu nhỏ 16x9; dùng khi kiểm thử)",
            "Write one line per presented frame (time, item, luma, 16x9 thumbnail; for tests)"));
    cmd->add_option("--input-script", args->inputScript,
                    core::tr("Chạm/phím theo kịch bản cho kiểm thử và trình diễn (TỆP, FIFO hoặc -)", "Scripted touches and keys for tests and demos (FILE, FIFO or -)"));
    cmd->callback([args, &exitCode] { exitCode = run(*args); });
}

} // namespace signage::app
