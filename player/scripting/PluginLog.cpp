// SPDX-License-Identifier: GPL-3.0-or-later
#include "scripting/PluginLog.h"

#include "core/Lang.h"

namespace signage::scripting {

namespace {
constexpr std::size_t kMaxDistinct = 256;
constexpr std::size_t kMaxLinesPerMessage = 40; // a traceback is ~22 lines at most

// Length of the valid UTF-8 sequence at s[i], 0 when the bytes there are not one.
std::size_t utf8SequenceAt(std::string_view s, std::size_t i) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xe ? 3 : (b >> 3) == 0x1e ? 4 : 0;
    if (len == 0 || i + len > s.size()) return 0;
    for (std::size_t k = 1; k < len; ++k)
        if ((static_cast<unsigned char>(s[i + k]) & 0xc0) != 0x80) return 0;
    if (len == 2 && b < 0xc2) return 0; // overlong
    return len;
}

void appendEscaped(std::string& out, unsigned char b) {
    static const char kHex[] = "0123456789abcdef";
    out += "\\x";
    out += kHex[b >> 4];
    out += kHex[b & 0xf];
}
} // namespace

std::vector<std::string> journalLines(std::string_view message) {
    std::vector<std::string> lines(1);
    for (std::size_t i = 0; i < message.size();) {
        const auto b = static_cast<unsigned char>(message[i]);
        if (b == '\n' || b == '\r') {
            if (b == '\r' && i + 1 < message.size() && message[i + 1] == '\n') ++i;
            if (lines.size() >= kMaxLinesPerMessage) {
                lines.back() += " …";
                return lines;
            }
            lines.emplace_back();
            ++i;
            continue;
        }
        std::string& line = lines.back();
        const std::size_t len = utf8SequenceAt(message, i);
        // C1 controls (U+0080..U+009F) are terminal escapes too.
        const bool c1 = len == 2 && b == 0xc2 && static_cast<unsigned char>(message[i + 1]) < 0xa0;
        if (len == 0 || c1 || (len == 1 && ((b < 0x20 && b != '\t') || b == 0x7f))) {
            appendEscaped(line, b);
            if (c1) appendEscaped(line, static_cast<unsigned char>(message[i + 1]));
            i += c1 ? 2 : 1;
            continue;
        }
        line.append(message.substr(i, len));
        i += len;
    }
    if (lines.size() > 1 && lines.back().empty()) lines.pop_back(); // a trailing newline
    return lines;
}

void PluginLog::write(core::LogLevel level, std::string_view message) const {
    for (const auto& line : journalLines(message)) _logger.write(level, line);
}

PluginLog::PluginLog(const std::string& pluginName, int linesPerMinute)
    : _logger("plugin:" + pluginName), _linesPerMinute(linesPerMinute) {}

bool PluginLog::fault(const std::string& message) {
    ++_faults;
    std::string key = message.substr(0, message.find('\n'));
    auto it = _seen.find(key);
    if (it != _seen.end()) {
        ++it->second;
        ++_repeats;
        return false;
    }
    if (_seen.size() >= kMaxDistinct) _seen.clear(); // a plugin inventing new errors forever
    _seen.emplace(std::move(key), 1);
    write(core::LogLevel::Error, message);
    return true;
}

void PluginLog::line(core::LogLevel level, std::string_view message, core::SteadyMs now) {
    if (now - _windowStart >= 60000) {
        if (_dropped > 0 && _linesInWindow > _linesPerMinute) {
            _logger.warn(core::tr("đã bỏ bớt dòng log vì plugin ghi quá nhiều", "dropped log lines: the plugin logs too much"));
        }
        _windowStart = now;
        _linesInWindow = 0;
    }
    if (++_linesInWindow > _linesPerMinute) {
        ++_dropped;
        return;
    }
    write(level, message);
}

} // namespace signage::scripting
