// SPDX-License-Identifier: GPL-3.0-or-later
#include "office/web/Sessions.h"

#include <algorithm>
#include <sodium.h>

namespace signage::office::web {

std::string randomToken() {
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    char hex[sizeof bytes * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, bytes, sizeof bytes);
    return hex;
}

bool equalConstantTime(const std::string& a, const std::string& b) {
    return a.size() == b.size() && !a.empty() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string SessionStore::create(const std::string& user, Role role, std::int64_t nowMs) {
    std::string token = randomToken();
    std::lock_guard lock(_mutex);
    // Drop expired sessions now and then (every login) so the map stays small.
    std::erase_if(_sessions, [&](const auto& kv) {
        return nowMs - kv.second.seenMs > _limits.idleMs || nowMs - kv.second.createdMs > _limits.absoluteMs;
    });
    _sessions[token] = Session{user, role, randomToken(), nowMs, nowMs};
    return token;
}

std::optional<Session> SessionStore::find(const std::string& token, std::int64_t nowMs) {
    std::lock_guard lock(_mutex);
    auto it = _sessions.find(token);
    if (it == _sessions.end()) return std::nullopt;
    if (nowMs - it->second.seenMs > _limits.idleMs || nowMs - it->second.createdMs > _limits.absoluteMs) {
        _sessions.erase(it);
        return std::nullopt;
    }
    it->second.seenMs = nowMs;
    return it->second;
}

void SessionStore::remove(const std::string& token) {
    std::lock_guard lock(_mutex);
    _sessions.erase(token);
}

std::int64_t LoginLimiter::lockedFor(const std::string& key, std::int64_t nowMs) {
    std::lock_guard lock(_mutex);
    auto it = _failures.find(key);
    if (it == _failures.end()) return 0;
    auto& v = it->second;
    std::erase_if(v, [&](std::int64_t t) { return nowMs - t >= _window; });
    if (static_cast<int>(v.size()) < _max) return 0;
    return v.front() + _window - nowMs;
}

void LoginLimiter::fail(const std::string& key, std::int64_t nowMs) {
    std::lock_guard lock(_mutex);
    auto& v = _failures[key];
    v.push_back(nowMs);
    if (v.size() > static_cast<size_t>(_max) * 2) v.erase(v.begin());
}

void LoginLimiter::succeed(const std::string& key) {
    std::lock_guard lock(_mutex);
    _failures.erase(key);
}

} // namespace signage::office::web
