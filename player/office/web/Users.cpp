// SPDX-License-Identifier: GPL-3.0-or-later
#include "office/web/Users.h"

#include <fstream>
#include <sodium.h>
#include <sstream>
#include <stdexcept>
#include <sys/stat.h>

namespace signage::office::web {

std::optional<Role> parseRole(const std::string& text) {
    if (text == "officer") return Role::Officer;
    if (text == "viewer") return Role::Viewer;
    return std::nullopt;
}

const char* roleName(Role r) { return r == Role::Officer ? "officer" : "viewer"; }

bool validUserName(const std::string& name) {
    if (name.empty() || name.size() > 32) return false;
    for (char c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-')) return false;
    return true;
}

std::vector<User> UserStore::load() const {
    std::vector<User> out;
    std::ifstream in(_file);
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream s(line);
        User u;
        std::string role;
        if (!(s >> u.name >> role >> u.hash)) continue;
        auto r = parseRole(role);
        if (!r || !validUserName(u.name)) continue;
        u.role = *r;
        out.push_back(std::move(u));
    }
    return out;
}

void UserStore::add(const std::string& name, Role role, const std::string& password) const {
    if (sodium_init() < 0) throw std::runtime_error("libsodium");
    if (!validUserName(name))
        throw std::runtime_error(name + ": tên a-z 0-9 . _ - (1..32) / name a-z 0-9 . _ - (1..32)");
    if (password.size() < 8)
        throw std::runtime_error("mật khẩu cần ít nhất 8 ký tự / the password needs at least 8 characters");
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw std::runtime_error("crypto_pwhash_str: out of memory");
    auto users = load();
    std::erase_if(users, [&](const User& u) { return u.name == name; });
    users.push_back({name, role, hash});
    auto tmp = _file;
    tmp += ".tmp";
    {
        std::ofstream out(tmp, std::ios::trunc);
        ::chmod(tmp.c_str(), 0600);
        for (const auto& u : users) out << u.name << " " << roleName(u.role) << " " << u.hash << "\n";
        if (!out.flush()) throw std::runtime_error(tmp.string() + ": cannot write");
    }
    std::filesystem::rename(tmp, _file);
}

std::optional<Role> UserStore::verify(const std::string& name, const std::string& password) const {
    if (sodium_init() < 0) return std::nullopt;
    for (const auto& u : load())
        if (u.name == name) {
            if (crypto_pwhash_str_verify(u.hash.c_str(), password.data(), password.size()) == 0) return u.role;
            return std::nullopt;
        }
    // Same work for an unknown name as for a known one.
    static const std::string dummy = [] {
        char h[crypto_pwhash_STRBYTES];
        if (crypto_pwhash_str(h, "x", 1, crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
            return std::string();
        return std::string(h);
    }();
    if (!dummy.empty() && crypto_pwhash_str_verify(dummy.c_str(), password.data(), password.size()) == 0)
        return std::nullopt;
    return std::nullopt;
}

} // namespace signage::office::web
