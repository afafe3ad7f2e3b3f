// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The console's users: OFFICE_DIR/console-users (0600), one "name role hash" line each,
// the hash from libsodium's crypto_pwhash_str (Argon2id, interactive limits). Roles:
// officer (may change things) and viewer (read-only). Re-read on every login, so
// `signage office user add` works while the daemon runs.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace signage::office::web {

enum class Role { Viewer, Officer };
std::optional<Role> parseRole(const std::string& text);
const char* roleName(Role r);

struct User {
    std::string name;
    Role role = Role::Viewer;
    std::string hash; // $argon2id$...
};

/// Names: 1..32 of a-z 0-9 . _ -
bool validUserName(const std::string& name);

class UserStore {
public:
    explicit UserStore(std::filesystem::path file) : _file(std::move(file)) {}
    std::vector<User> load() const;
    /// Adds or replaces `name`. Throws std::runtime_error (bad name, short password, write).
    void add(const std::string& name, Role role, const std::string& password) const;
    /// The user's role when `password` is right; nullopt otherwise (unknown users cost the
    /// same hash work, so timing does not tell which names exist).
    std::optional<Role> verify(const std::string& name, const std::string& password) const;
    const std::filesystem::path& file() const { return _file; }

private:
    std::filesystem::path _file;
};

} // namespace signage::office::web
