// SPDX-License-Identifier: GPL-3.0-or-later
#include "scripting/PluginLog.h"

#include "core/Lang.h"

namespace signage::scripting {

namespace {
constexpr std::size_t kMaxDistinct = 256;
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
    _logger.error(message);
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
    _logger.write(level, message);
}

} // namespace signage::scripting
