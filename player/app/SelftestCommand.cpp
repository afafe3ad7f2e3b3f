// SPDX-License-Identifier: GPL-3.0-or-later
// `signage selftest`: checks libraries, fonts, video and audio drivers, the data dir,
// the clock and the trusted keys. Exit 0 when the box can play (warnings allowed),
// 1 with the list of what is wrong. Human lines on stderr, `--json` on stdout.
// At boot signage-selftest.service runs it before the player (kiosk-image/).
#include <cstdio>
#include <memory>

#include "app/Commands.h"
#include "app/Selftest.h"
#include "core/Lang.h"
#include "core/Paths.h"

namespace signage::app {

namespace {

struct SelftestArgs {
    std::string dataDir, trustedKeys;
    std::vector<std::string> skip;
    bool json = false;
};

} // namespace

void addSelftestCommand(CLI::App& root, int& exitCode) {
    auto a = std::make_shared<SelftestArgs>();
    auto* cmd = root.add_subcommand("selftest", core::tr("Tự kiểm tra máy: thư viện, phông chữ, màn hình, âm thanh, dữ liệu, đồng hồ, khóa",
                                                         "Check this box: libraries, fonts, video, audio, data dir, clock, trusted keys"));
    cmd->add_option("--data-dir", a->dataDir, core::tr("Thư mục dữ liệu (mặc định ./var hoặc /var/lib/signage)",
                                                       "Data directory (default ./var or /var/lib/signage)"));
    cmd->add_option("--trusted-keys", a->trustedKeys, core::tr("Thư mục khóa tin cậy (mặc định $SIGNAGE_TRUSTED_KEYS hoặc /etc/signage/keys)",
                                                               "Trusted keys directory (default $SIGNAGE_TRUSTED_KEYS or /etc/signage/keys)"));
    cmd->add_option("--skip", a->skip, core::tr("Bỏ qua kiểm tra (video, audio), ví dụ khi trình phát đang giữ màn hình",
                                                 "Skip checks (video, audio), e.g. while the player holds the screen"))
        ->check(CLI::IsMember({"video", "audio"}));
    cmd->add_flag("--json", a->json, core::tr("Kết quả JSON ra stdout", "JSON result on stdout"));
    cmd->callback([a, &exitCode] {
        SelftestOptions o;
        o.dataDir = a->dataDir.empty() ? core::defaultDataDir() : std::filesystem::path(a->dataDir);
        o.trustedKeys = a->trustedKeys.empty() ? defaultTrustedKeysDir() : std::filesystem::path(a->trustedKeys);
        for (const auto& s : a->skip) {
            if (s == "video") o.video = false;
            if (s == "audio") o.audio = false;
        }
        SelftestReport report = runSelftest(o);
        std::fputs(formatReport(report).c_str(), stderr);
        if (a->json) std::printf("%s\n", formatReportJson(report).c_str());
        exitCode = report.ok() ? kExitOk : kExitBadInput;
    });
}

} // namespace signage::app
