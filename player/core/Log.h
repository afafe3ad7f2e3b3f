// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Named loggers writing one line per message to stderr (line-buffered, so the journal
// sees each line at once). Thread-safe. Format: "[level] name: message". When stderr is
// the journal (systemd sets JOURNAL_STREAM to its device:inode), each line starts with
// the syslog priority "<3>".."<7>", which journald strips and stores, so
// `journalctl -p warning` finds the player's warnings and errors.
#include <string>
#include <string_view>

namespace signage::core {

enum class LogLevel { Debug = 0, Info = 1, Warn = 2, Error = 3, Off = 4 };

/// Global threshold; messages below it are dropped. Default Info (SIGNAGE_LOG=debug overrides).
void setLogLevel(LogLevel level);
LogLevel logLevel();

/// True when `journalStream` (the JOURNAL_STREAM value, "DEV:INODE"; may be null) names
/// the file open on `fd` (systemd.exec(5): compare both to tell the journal from a
/// redirect the service made itself).
bool isJournalStream(const char* journalStream, int fd);
/// Priority prefixes on or off; at start-up: on when stderr is the journal stream.
void setJournalPrefixes(bool on);
/// The syslog priority journald stores for a level: error 3, warn 4, info 6, debug 7.
int syslogPriority(LogLevel level);

class Logger {
public:
    explicit Logger(std::string name) : _name(std::move(name)) {}
    void debug(std::string_view msg) const { write(LogLevel::Debug, msg); }
    void info(std::string_view msg) const { write(LogLevel::Info, msg); }
    void warn(std::string_view msg) const { write(LogLevel::Warn, msg); }
    void error(std::string_view msg) const { write(LogLevel::Error, msg); }
    void write(LogLevel level, std::string_view msg) const;

private:
    std::string _name;
};

} // namespace signage::core
