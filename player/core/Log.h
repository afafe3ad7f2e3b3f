#pragma once
// Named loggers writing one line per message to stderr (line-buffered, so the journal
// sees each line at once). Thread-safe. Format: "[level] name: message".
#include <string>
#include <string_view>

namespace signage::core {

enum class LogLevel { Debug = 0, Info = 1, Warn = 2, Error = 3, Off = 4 };

/// Global threshold; messages below it are dropped. Default Info (SIGNAGE_LOG=debug overrides).
void setLogLevel(LogLevel level);
LogLevel logLevel();

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
