// SPDX-License-Identifier: GPL-3.0-or-later
#include "BundleFixtures.h"

#include <archive.h>
#include <archive_entry.h>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

#include "bundle/BundleManifest.h"
#include "bundle/BundleWriter.h"
#include "bundle/Crypto.h"

namespace signage::test {

bundle::TrustedKeys TestKey::trusted() const {
    bundle::TrustedKeys keys;
    keys.add(secret.publicKey(), pubFile.stem().string());
    return keys;
}

TestKey makeKey(const fs::path& dir, const std::string& name) {
    fs::create_directories(dir);
    TestKey k;
    k.secret = bundle::generateSecretKey();
    bundle::writeKeyPair(dir / name, k.secret, true);
    k.keyFile = dir / (name + ".key");
    k.pubFile = dir / (name + ".pub");
    return k;
}

std::string readFile(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream os;
    os << in.rdbuf();
    return os.str();
}

void writeFile(const fs::path& p, const std::string& data) {
    if (p.has_parent_path()) fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << data;
}

fs::path makeContent(const fs::path& dir, const std::string& version, const std::vector<std::pair<std::string, size_t>>& files,
                     const std::string& extraManifest) {
    fs::create_directories(dir);
    writeFile(dir / "manifest.toml", "id = \"demo\"\nname = \"Nội dung mẫu\"\nversion = \"" + version + "\"\n" + extraManifest);
    for (const auto& [name, size] : files) {
        std::mt19937_64 rng(std::hash<std::string>{}(name + version));
        std::string data(size, '\0');
        for (size_t i = 0; i < size; i += 8) {
            std::uint64_t word = rng();
            std::memcpy(data.data() + i, &word, std::min<size_t>(8, size - i));
        }
        writeFile(dir / name, data);
    }
    return dir;
}

fs::path makeBundle(const fs::path& content, const TestKey& key, const fs::path& out, bool zstd) {
    bundle::CreateOptions o;
    o.zstd = zstd;
    bundle::createBundle(content, key.secret, out, o);
    return out;
}

std::string sha256Hex(const std::string& data) {
    bundle::Sha256 sha;
    sha.update(data.data(), data.size());
    return sha.finishHex();
}

std::string manifestFor(const std::vector<RawEntry>& entries, const std::string& version) {
    std::string m = "id = \"demo\"\nname = \"Hostile\"\nversion = \"" + version + "\"\n";
    for (const auto& e : entries) {
        if (e.type != RawEntry::Type::File) continue;
        m += "[[files]]\npath = \"" + e.path + "\"\nsha256 = \"" + sha256Hex(e.data) + "\"\nsize = " + std::to_string(e.data.size()) + "\n";
    }
    return m;
}

void signFile(const fs::path& file, const TestKey& key, const std::string& trustedComment) {
    std::string bytes = readFile(file);
    bundle::Blake2b512 h;
    h.update(bytes.data(), bytes.size());
    auto sig = bundle::signHash(key.secret, h.finish(), trustedComment, "test signature");
    writeFile(bundle::signaturePathFor(file), bundle::formatSignature(sig));
}

void writeRawBundle(const fs::path& out, const std::string& manifest, const std::vector<RawEntry>& entries, const TestKey& key,
                    bool zstd) {
    archive* a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    if (zstd) archive_write_add_filter_zstd(a);
    if (archive_write_open_filename(a, out.c_str()) != ARCHIVE_OK) throw std::runtime_error(archive_error_string(a));
    auto add = [&](const RawEntry& e) {
        archive_entry* en = archive_entry_new();
        archive_entry_set_pathname(en, e.path.c_str());
        archive_entry_set_perm(en, 0644);
        switch (e.type) {
        case RawEntry::Type::File:
            archive_entry_set_filetype(en, AE_IFREG);
            archive_entry_set_size(en, e.headerSize ? *e.headerSize : static_cast<std::int64_t>(e.data.size()));
            break;
        case RawEntry::Type::Dir: archive_entry_set_filetype(en, AE_IFDIR); break;
        case RawEntry::Type::Symlink:
            archive_entry_set_filetype(en, AE_IFLNK);
            archive_entry_set_symlink(en, e.link.c_str());
            break;
        case RawEntry::Type::Hardlink:
            archive_entry_set_filetype(en, AE_IFREG);
            archive_entry_set_hardlink(en, e.link.c_str());
            break;
        case RawEntry::Type::CharDevice:
            archive_entry_set_filetype(en, AE_IFCHR);
            archive_entry_set_rdevmajor(en, 1);
            archive_entry_set_rdevminor(en, 3);
            break;
        case RawEntry::Type::Fifo: archive_entry_set_filetype(en, AE_IFIFO); break;
        }
        archive_write_header(a, en);
        if (e.type == RawEntry::Type::File && !e.data.empty()) {
            // Write in pieces so a header size larger than the data still gets this much.
            archive_write_data(a, e.data.data(), e.data.size());
        }
        archive_entry_free(en);
    };
    if (!manifest.empty()) add(RawEntry{"manifest.toml", RawEntry::Type::File, manifest, {}, {}});
    for (const auto& e : entries) add(e);
    archive_write_close(a);
    archive_write_free(a);
    signFile(out, key, "timestamp:0\tfile:" + out.filename().string() + "\thashed");
}

std::string playableProblem(const fs::path& dataDir) {
    std::error_code ec;
    if (!fs::exists(dataDir / "content", ec)) return "DATA_DIR/content missing or dangling";
    return contentProblem(dataDir / "content");
}

std::string contentProblem(const fs::path& content) {
    std::error_code ec;
    std::string text = readFile(content / "manifest.toml");
    bundle::BundleManifest m;
    try {
        m = bundle::parseManifest(text, "manifest.toml");
    } catch (const std::exception& e) {
        return std::string("manifest: ") + e.what();
    }
    if (m.files.empty()) return "no files listed";
    for (const auto& f : m.files) {
        fs::path p = content / f.path;
        if (!fs::is_regular_file(p, ec)) return f.path + " missing";
        if (fs::file_size(p, ec) != f.size) return f.path + " wrong size";
        if (sha256Hex(readFile(p)) != f.sha256) return f.path + " wrong hash";
    }
    return {};
}

std::string contentTarget(const fs::path& dataDir) {
    std::error_code ec;
    auto t = fs::read_symlink(dataDir / "content", ec);
    return ec ? std::string() : t.string();
}

std::vector<std::string> leftovers(const fs::path& dataDir) {
    std::vector<std::string> out;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dataDir / "bundles", ec)) {
        std::string n = e.path().filename().string();
        if (n.rfind("staging-", 0) == 0 || n.rfind("trash-", 0) == 0) out.push_back(n);
    }
    return out;
}

bundle::ImportOptions optionsFor(const fs::path& dataDir, const TestKey& key) {
    bundle::ImportOptions o;
    o.dataDir = dataDir;
    o.trustedKeys = key.trusted();
    return o;
}

} // namespace signage::test
