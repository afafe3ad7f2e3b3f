// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Console sessions (in memory: a daemon restart logs everyone out) and the login rate
// limiter. Tokens are 32 random bytes (hex) from libsodium; each session has its own
// CSRF token, compared in constant time. Thread-safe (httplib's worker threads).
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "office/web/Users.h"

namespace signage::office::web {

struct SessionLimits {
    std::int64_t idleMs = 30 * 60'000;        // logged out after 30 min without a request
    std::int64_t absoluteMs = 12 * 3'600'000; // and after 12 h in any case
};

struct Session {
    std::string user;
    Role role = Role::Viewer;
    std::string csrf;
    std::int64_t createdMs = 0, seenMs = 0;
};

class SessionStore {
public:
    explicit SessionStore(SessionLimits limits = {}) : _limits(limits) {}
    /// A new session; returns its token.
    std::string create(const std::string& user, Role role, std::int64_t nowMs);
    /// The live session of `token` (touching it), nullopt when unknown or expired.
    std::optional<Session> find(const std::string& token, std::int64_t nowMs);
    void remove(const std::string& token);
    const SessionLimits& limits() const { return _limits; }

private:
    SessionLimits _limits;
    std::mutex _mutex; // guards _sessions
    std::map<std::string, Session> _sessions;
};

/// Failed logins per key ("ip:1.2.3.4", "user:lan"): after `maxFailures` inside
/// `windowMs`, the key is locked until the window of its oldest counted failure ends.
class LoginLimiter {
public:
    LoginLimiter(int maxFailures = 5, std::int64_t windowMs = 15 * 60'000) : _max(maxFailures), _window(windowMs) {}
    /// Milliseconds until `key` may try again (0: allowed now).
    std::int64_t lockedFor(const std::string& key, std::int64_t nowMs);
    void fail(const std::string& key, std::int64_t nowMs);
    void succeed(const std::string& key);

private:
    int _max;
    std::int64_t _window;
    std::mutex _mutex; // guards _failures
    std::map<std::string, std::vector<std::int64_t>> _failures;
};

std::string randomToken();
bool equalConstantTime(const std::string& a, const std::string& b);

} // namespace signage::office::web
