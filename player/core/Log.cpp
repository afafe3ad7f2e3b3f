// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Log.h"

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <sys/stat.h>

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
std::atomic<bool> gJournalPrefixes{isJournalStream(std::getenv("JOURNAL_STREAM"), 2)};
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

bool isJournalStream(const char* journalStream, int fd) {
    if (!journalStream) return false;
    unsigned long long dev = 0, ino = 0;
    char rest = 0;
    if (std::sscanf(journalStream, "%llu:%llu%c", &dev, &ino, &rest) != 2) return false;
    struct stat st {};
    if (fstat(fd, &st) != 0) return false;
    return static_cast<unsigned long long>(st.st_dev) == dev && static_cast<unsigned long long>(st.st_ino) == ino;
}

void setJournalPrefixes(bool on) { gJournalPrefixes = on; }

int syslogPriority(LogLevel level) {
    switch (level) {
    case LogLevel::Error: return 3; // LOG_ERR
    case LogLevel::Warn: return 4;  // LOG_WARNING
    case LogLevel::Info: return 6;  // LOG_INFO
    default: return 7;              // LOG_DEBUG
    }
}

void setLogLevel(LogLevel level) { gLevel = level; }
LogLevel logLevel() { return gLevel.load(std::memory_order_relaxed); }

void Logger::write(LogLevel level, std::string_view msg) const {
    if (level < logLevel()) return;
    std::lock_guard lock(gWriteMutex);
    if (!gJournalPrefixes.load(std::memory_order_relaxed)) {
        std::fprintf(stderr, "[%s] %s: %.*s\n", levelName(level), _name.c_str(), static_cast<int>(msg.size()), msg.data());
    } else {
        // journald makes one record per line: every line of a message gets the priority.
        const int prio = syslogPriority(level);
        size_t start = 0;
        do {
            size_t end = msg.find('\n', start);
            std::string_view line = msg.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
            std::fprintf(stderr, "<%d>[%s] %s: %.*s\n", prio, levelName(level), _name.c_str(), static_cast<int>(line.size()), line.data());
            start = end == std::string_view::npos ? msg.size() + 1 : end + 1;
        } while (start <= msg.size());
    }
    std::fflush(stderr);
}

} // namespace signage::core
