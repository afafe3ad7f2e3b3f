// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle/Keys.h"

#include <algorithm>
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <system_error>

#include "bundle/Fd.h"

namespace signage::bundle {

namespace fs = std::filesystem;

fs::path defaultTrustedKeysDir() {
    if (const char* env = std::getenv("SIGNAGE_TRUSTED_KEYS"); env && *env) return env;
    return "/etc/signage/keys";
}

static fs::path withSuffix(const fs::path& name, const char* suffix) {
    fs::path p = name;
    p += suffix;
    return p;
}

PublicKey writeKeyPair(const fs::path& name, const SecretKey& key, bool overwrite) {
    fs::path secretPath = withSuffix(name, ".key");
    fs::path publicPath = withSuffix(name, ".pub");
    if (!overwrite) {
        for (const auto& p : {secretPath, publicPath})
            if (fs::exists(fs::symlink_status(p))) throw std::system_error(EEXIST, std::generic_category(), p.string());
    }
    std::string secretText = formatSecretKey(key);
    // Created 0600 from the start (never briefly world-readable), written whole, fsynced.
    int flags = O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW | (overwrite ? O_TRUNC : O_EXCL);
    UniqueFd fd(::open(secretPath.c_str(), flags, 0600));
    if (!fd) throw std::system_error(errno, std::generic_category(), secretPath.string());
    int err = ::fchmod(fd.get(), 0600) != 0 ? errno : 0;
    if (!err) err = writeAll(fd.get(), secretText.data(), secretText.size());
    if (!err && ::fsync(fd.get()) != 0) err = errno;
    if (int closeErr = fd.close(); !err) err = closeErr;
    std::fill(secretText.begin(), secretText.end(), '\0');
    if (err) throw std::system_error(err, std::generic_category(), secretPath.string());
    PublicKey pk = key.publicKey();
    writeFileAtomic(publicPath, formatPublicKey(pk), 0644);
    return pk;
}

SecretKey readSecretKeyFile(const fs::path& path, const std::string* password) {
    std::string text = readSmallFile(path, 64 * 1024);
    SecretKey key = parseSecretKey(text, password);
    std::fill(text.begin(), text.end(), '\0');
    return key;
}

PublicKey readPublicKeyFile(const fs::path& path) { return parsePublicKey(readSmallFile(path, 64 * 1024)); }

TrustedKeys TrustedKeys::load(const fs::path& dirOrFile, std::vector<std::string>* problems) {
    TrustedKeys keys;
    keys._source = dirOrFile;
    std::error_code ec;
    std::vector<fs::path> files;
    if (fs::is_regular_file(dirOrFile, ec)) {
        files.push_back(dirOrFile);
    } else if (fs::is_directory(dirOrFile, ec)) {
        for (const auto& entry : fs::directory_iterator(dirOrFile, ec))
            if (entry.path().extension() == ".pub" && entry.is_regular_file(ec)) files.push_back(entry.path());
        std::sort(files.begin(), files.end());
    } else if (problems) {
        problems->push_back(dirOrFile.string() + ": no such directory");
    }
    for (const auto& file : files) {
        try {
            keys.add(readPublicKeyFile(file), file.stem().string());
        } catch (const std::exception& e) {
            if (problems) problems->push_back(file.string() + ": " + e.what());
        }
    }
    return keys;
}

void TrustedKeys::add(PublicKey key, std::string name) { _entries.push_back({key, std::move(name)}); }

const TrustedKeys::Entry* TrustedKeys::find(const KeyId& id) const {
    for (const auto& e : _entries)
        if (e.key.id == id) return &e;
    return nullptr;
}

} // namespace signage::bundle
