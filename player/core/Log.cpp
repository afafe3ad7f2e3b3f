#include "core/Log.h"

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>

namespace signage::core {

namespace {
LogLevel initialLevel() {
    const char* env = std::getenv("SIGNAGE_LOG");
    if (!env) return LogLevel::Info;
    if (!std::strcmp(env, "debug")) return LogLevel::Debug;
    if (!std::strcmp(env, "warn")) return LogLevel::Warn;
    if (!std::strcmp(env, "error")) return LogLevel::Error;
    if (!std::strcmp(env, "off")) return LogLevel::Off;
    return LogLevel::Info;
}
std::atomic<LogLevel> gLevel{initialLevel()};
std::mutex gWriteMutex; // keeps lines from different threads whole
const char* levelName(LogLevel l) {
    switch (l) {
    case LogLevel::Debug: return "debug";
    case LogLevel::Info: return "info";
    case LogLevel::Warn: return "warn";
    case LogLevel::Error: return "error";
    default: return "";
    }
}
} // namespace

void setLogLevel(LogLevel level) { gLevel = level; }
LogLevel logLevel() { return gLevel.load(std::memory_order_relaxed); }

void Logger::write(LogLevel level, std::string_view msg) const {
    if (level < logLevel()) return;
    std::lock_guard lock(gWriteMutex);
    std::fprintf(stderr, "[%s] %s: %.*s\n", levelName(level), _name.c_str(), static_cast<int>(msg.size()), msg.data());
    std::fflush(stderr);
}

} // namespace signage::core
