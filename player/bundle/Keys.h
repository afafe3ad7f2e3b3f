// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Key files on disk: `bundle keygen` writes NAME.key (secret, mode 0600) and NAME.pub in
// minisign's formats; a box trusts the public keys found in one directory
// (/etc/signage/keys/ by default, one ward office per file).
#include <filesystem>
#include <string>
#include <vector>

#include "bundle/Minisign.h"

namespace signage::bundle {

/// $SIGNAGE_TRUSTED_KEYS when set, else /etc/signage/keys.
std::filesystem::path defaultTrustedKeysDir();

/// Writes `<name>.key` (0600, created exclusively unless `overwrite`) and `<name>.pub`.
/// Returns the public key. Throws std::system_error (e.g. EEXIST) on failure.
PublicKey writeKeyPair(const std::filesystem::path& name, const SecretKey& key, bool overwrite = false);
/// Reads a secret key file; `password` for minisign password-protected keys.
/// Throws FormatError or std::system_error.
SecretKey readSecretKeyFile(const std::filesystem::path& path, const std::string* password = nullptr);
/// Reads a public key file. Throws FormatError or std::system_error.
PublicKey readPublicKeyFile(const std::filesystem::path& path);

/// The public keys a box accepts bundles from. Immutable after loading; safe to share
/// between threads for reading.
class TrustedKeys {
public:
    struct Entry {
        PublicKey key;
        std::string name; // file stem, e.g. "ubnd-hong-an"
    };

    /// Loads every *.pub in `dirOrFile` (or that one .pub file). A missing directory gives
    /// an empty set; unreadable or malformed files are skipped and described in `problems`.
    static TrustedKeys load(const std::filesystem::path& dirOrFile, std::vector<std::string>* problems = nullptr);

    void add(PublicKey key, std::string name);
    const Entry* find(const KeyId& id) const;
    bool empty() const { return _entries.empty(); }
    const std::vector<Entry>& entries() const { return _entries; }
    /// Where the keys were loaded from (for messages).
    const std::filesystem::path& source() const { return _source; }

private:
    std::vector<Entry> _entries;
    std::filesystem::path _source;
};

} // namespace signage::bundle
