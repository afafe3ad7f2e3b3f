// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A plugin's voice in the player's log: its own log lines (rate-limited) and its faults
// (each distinct fault logged in full once, repeats only counted, as info-beamer does).
// Every line reaches the journal as its own entry under "plugin:<name>", with control
// bytes and broken UTF-8 escaped as \xNN (a plugin cannot forge entries, colour the
// terminal or split a line unattributed). Render thread only.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/Clock.h"
#include "core/Log.h"

namespace signage::scripting {

/// `message` as journal lines: split at line breaks (at most 40 lines), control bytes
/// other than tab, C1 controls and invalid UTF-8 escaped as \xNN.
std::vector<std::string> journalLines(std::string_view message);

class PluginLog {
public:
    PluginLog(const std::string& pluginName, int linesPerMinute);

    /// Logs a fault (message with traceback) the first time its first line is seen.
    /// Returns true when it was logged, false when it was a repeat.
    bool fault(const std::string& message);
    /// A line from the plugin (log.info, print, …). Dropped beyond the per-minute limit.
    void line(core::LogLevel level, std::string_view message, core::SteadyMs now);
    /// A message from the host about this plugin (disabled, reloaded, …): always logged.
    void host(core::LogLevel level, std::string_view message) const { write(level, message); }

    std::size_t faultsSeen() const { return _faults; }
    std::size_t faultRepeats() const { return _repeats; }
    std::size_t droppedLines() const { return _dropped; }

private:
    void write(core::LogLevel level, std::string_view message) const;

    core::Logger _logger;
    int _linesPerMinute;
    std::unordered_map<std::string, std::size_t> _seen; // first line → count (bounded)
    std::size_t _faults = 0, _repeats = 0, _dropped = 0;
    core::SteadyMs _windowStart = 0;
    int _linesInWindow = 0;
};

} // namespace signage::scripting
