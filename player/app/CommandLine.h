// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The command line's own words in the message language: CLI11 writes its help ("Usage",
// "OPTIONS", "REQUIRED", group titles) and its errors in English. The language must be
// known before the commands are added, because each command writes its help texts with
// core::tr() when it is added; so main() reads --lang / SIGNAGE_LANG first.
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "core/Lang.h"

namespace signage::app {

/// The language asked for by `--lang X` / `--lang=X` anywhere in `args` (the last one
/// wins), else by `envLang` (SIGNAGE_LANG; may be null), else Vietnamese. An unknown value
/// is left for the parser to refuse; the help is then Vietnamese.
core::Lang langFromArgs(const std::vector<std::string>& args, const char* envLang);

/// "signage (canhbao-signage) 0.1.0" and the licence, for --version.
std::string versionText();

/// Puts the root's help flag, --help-all, --version, group titles and formatter labels
/// into the current language. Call on the root before any command is added: subcommands
/// inherit all of it.
void localiseCommandLine(CLI::App& root);

/// After the commands are added: CLI11 gives each subcommand's --help flag the English
/// group "Options" before it copies the root's defaults; this retitles those (recursively).
void localiseGroups(CLI::App& app);

/// A parse error in our words, with CLI11's own text kept as the detail, e.g.
/// "lỗi dòng lệnh: thiếu tùy chọn bắt buộc (chi tiết: --out is required)".
std::string describeParseError(const CLI::ParseError& e);

/// Prints help, version or the error (stdout for help/version, stderr for errors) and
/// returns the process exit code: 0 for help/version, 2 (usage) for errors.
int reportParseError(const CLI::App& root, const CLI::ParseError& e);

} // namespace signage::app
