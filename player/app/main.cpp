// SPDX-License-Identifier: GPL-3.0-or-later
// signage: one binary, many subcommands. This file only parses the command line and
// hands over to the command; everything else lives in the libraries.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "app/CommandLine.h"
#include "app/Commands.h"
#include "core/Lang.h"
#include "core/Log.h"
#include "core/ProcessInfo.h"

int main(int argc, char** argv) {
    // The journal reads stdout through a pipe: line-buffer it so each line arrives at once.
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    using namespace signage;
    // Pictures of 1 MB and more (a 1080p frame is 8 MB) are returned to the kernel when
    // freed, so peak memory is what is on screen, not everything ever shown.
    core::returnLargeAllocationsToSystem(1 << 20);

    // The language first: every command writes its help texts when it is added.
    core::setLang(app::langFromArgs(std::vector<std::string>(argv + 1, argv + argc), std::getenv("SIGNAGE_LANG")));

    CLI::App root{core::tr("canhbao-signage: màn hình cảnh báo lừa đảo", "canhbao-signage: anti-scam signage player"), "signage"};
    app::localiseCommandLine(root);
    root.require_subcommand(1);
    root.fallthrough(); // --lang and --log-level also work after the subcommand

    std::string langText;
    root.add_option("--lang", langText, core::tr("Ngôn ngữ thông báo: vi|en", "Message language: vi|en"))
        ->check(CLI::IsMember({"vi", "en"}))
        ->envname("SIGNAGE_LANG");
    std::string logLevel;
    root.add_option("--log-level", logLevel, core::tr("Mức nhật ký: debug|info|warn|error", "Log level: debug|info|warn|error"))->check(CLI::IsMember({"debug", "info", "warn", "error"}));
    root.parse_complete_callback([&] {
        core::Lang l;
        if (!langText.empty() && core::parseLang(langText, l)) core::setLang(l);
        if (logLevel == "debug") core::setLogLevel(core::LogLevel::Debug);
        else if (logLevel == "warn") core::setLogLevel(core::LogLevel::Warn);
        else if (logLevel == "error") core::setLogLevel(core::LogLevel::Error);
        else if (logLevel == "info") core::setLogLevel(core::LogLevel::Info);
    });

    int exitCode = app::kExitOk;
    // One line per command; keep alphabetical.
    app::addAuditCommand(root, exitCode);
    app::addBundleCommand(root, exitCode);
    app::addCheckCommand(root, exitCode);
    app::addInterruptCommand(root, exitCode);
    app::addOfficeCommand(root, exitCode);
    app::addPlayCommand(root, exitCode);
    app::addRenderCommand(root, exitCode);
    app::addScheduleCommand(root, exitCode);
    app::addSelftestCommand(root, exitCode);
    app::addStaffPinCommand(root, exitCode);
    app::addValidateCommand(root, exitCode);
    app::localiseGroups(root);

    try {
        root.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app::reportParseError(root, e);
    }
    return exitCode;
}
