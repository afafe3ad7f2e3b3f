// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Each `signage` subcommand lives in its own <Name>Command.cpp and registers itself here.
// A command sets `exitCode` from its callback: 0 success, 1 bad input found,
// 2 usage error, 3 runtime failure (../shared/DESIGN.md).
#include <CLI/CLI.hpp>

namespace signage::app {

enum ExitCode { kExitOk = 0, kExitBadInput = 1, kExitUsage = 2, kExitRuntime = 3 };

// One line per command; keep alphabetical so parallel work merges cleanly.
void addAuditCommand(CLI::App& root, int& exitCode);
void addBundleCommand(CLI::App& root, int& exitCode);
void addCheckCommand(CLI::App& root, int& exitCode);
void addInterruptCommand(CLI::App& root, int& exitCode);
void addOfficeCommand(CLI::App& root, int& exitCode);
void addPlayCommand(CLI::App& root, int& exitCode);
void addRenderCommand(CLI::App& root, int& exitCode);
void addScheduleCommand(CLI::App& root, int& exitCode);
void addSelftestCommand(CLI::App& root, int& exitCode);
void addStaffPinCommand(CLI::App& root, int& exitCode);
void addValidateCommand(CLI::App& root, int& exitCode);

} // namespace signage::app
