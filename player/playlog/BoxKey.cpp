// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlog/BoxKey.h"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>

#include "core/Lang.h"
#include "core/UniqueFd.h"

namespace signage::playlog {

using core::tr;

void ensureSodium() {
    static const int rc = sodium_init(); // thread-safe static init; sodium_init is idempotent
    if (rc < 0) throw std::runtime_error("libsodium: sodium_init failed");
}

namespace {
constexpr std::string_view kHeader = "# canhbao-signage box key (ed25519 seed). Secret: it signs this box's play-log exports.\n";

void writeAll(int fd, std::string_view text, const std::filesystem::path& file) {
    while (!text.empty()) {
        ssize_t n = ::write(fd, text.data(), text.size());
        if (n < 0) throw std::runtime_error(tr("không ghi được ", "cannot write ") + file.string());
        text.remove_prefix(static_cast<size_t>(n));
    }
}

void fsyncDir(const std::filesystem::path& dir) {
    core::UniqueFd fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY));
    if (fd) ::fsync(fd.get());
}
} // namespace

BoxKey::BoxKey(BoxKey&& o) noexcept : _public(o._public), _secret(o._secret) { sodium_memzero(o._secret.data(), o._secret.size()); }
BoxKey& BoxKey::operator=(BoxKey&& o) noexcept {
    _public = o._public;
    _secret = o._secret;
    sodium_memzero(o._secret.data(), o._secret.size());
    return *this;
}
BoxKey::~BoxKey() { sodium_memzero(_secret.data(), _secret.size()); }

BoxKey BoxKey::fromSeed(const std::uint8_t* seed) {
    ensureSodium();
    BoxKey k;
    crypto_sign_seed_keypair(k._public.data(), k._secret.data(), seed);
    return k;
}

BoxKey BoxKey::generate() {
    ensureSodium();
    std::array<std::uint8_t, crypto_sign_SEEDBYTES> seed{};
    randombytes_buf(seed.data(), seed.size());
    BoxKey k = fromSeed(seed.data());
    sodium_memzero(seed.data(), seed.size());
    return k;
}

BoxKey BoxKey::load(const std::filesystem::path& file) {
    std::ifstream in(file);
    if (!in) throw std::runtime_error(tr("không đọc được khoá máy ", "cannot read box key ") + file.string());
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("seed=", 0) != 0) continue;
        std::array<std::uint8_t, crypto_sign_SEEDBYTES> seed{};
        if (!fromHex(std::string_view(line).substr(5), seed)) break;
        BoxKey k = fromSeed(seed.data());
        sodium_memzero(seed.data(), seed.size());
        sodium_memzero(line.data(), line.size());
        return k;
    }
    throw MalformedBoxKey(file.string() + ": " +
                             tr("khoá máy hỏng (cần dòng seed=<64 chữ số hex>)", "malformed box key (expected seed=<64 hex digits>)"));
}

BoxKey BoxKey::loadOrCreate(const std::filesystem::path& file) {
    std::error_code ec;
    if (std::filesystem::exists(file, ec)) return load(file);
    std::filesystem::create_directories(file.parent_path(), ec);

    // Write a complete key to a private temp file, then link() it into place: link fails
    // if another process won the race, and then both use the winner's key.
    ensureSodium();
    std::array<std::uint8_t, crypto_sign_SEEDBYTES> seed{};
    randombytes_buf(seed.data(), seed.size());
    auto tmp = file;
    tmp += ".tmp-" + std::to_string(::getpid());
    {
        core::UniqueFd fd(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600));
        if (!fd) throw std::runtime_error(tr("không tạo được khoá máy ", "cannot create box key ") + file.string());
        std::string text(kHeader);
        text += "seed=" + toHex(seed) + "\n";
        writeAll(fd.get(), text, file);
        sodium_memzero(text.data(), text.size());
        if (::fsync(fd.get()) != 0) throw std::runtime_error(tr("không ghi được ", "cannot write ") + file.string());
    }
    int rc = ::link(tmp.c_str(), file.c_str());
    int err = errno;
    ::unlink(tmp.c_str());
    if (rc != 0 && err != EEXIST) {
        sodium_memzero(seed.data(), seed.size());
        throw std::runtime_error(tr("không tạo được khoá máy ", "cannot create box key ") + file.string());
    }
    fsyncDir(file.parent_path().empty() ? "." : file.parent_path());
    if (rc != 0) {
        sodium_memzero(seed.data(), seed.size());
        return load(file); // someone else created it first
    }
    BoxKey k = fromSeed(seed.data());
    sodium_memzero(seed.data(), seed.size());
    return k;
}

BoxKey BoxKey::loadOrReplace(const std::filesystem::path& file, std::string_view asideTag, std::string* aside) {
    if (aside) aside->clear();
    try {
        return loadOrCreate(file);
    } catch (const MalformedBoxKey&) {
        auto moved = file;
        moved += ".bad-" + std::string(asideTag);
        std::error_code ec;
        std::filesystem::rename(file, moved, ec);
        if (ec) throw std::runtime_error(tr("không chuyển được khoá máy hỏng ", "cannot move the malformed box key ") +
                                         file.string() + " (" + ec.message() + ")");
        if (aside) *aside = moved.filename().string();
        return loadOrCreate(file);
    }
}

Signature BoxKey::sign(std::string_view message) const {
    Signature sig{};
    crypto_sign_detached(sig.data(), nullptr, reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                         _secret.data());
    return sig;
}

bool verifySignature(const PublicKey& key, std::string_view message, const Signature& sig) {
    ensureSodium();
    return crypto_sign_verify_detached(sig.data(), reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                                       key.data()) == 0;
}

std::string toHex(std::span<const std::uint8_t> bytes) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (auto b : bytes) {
        out += kDigits[b >> 4];
        out += kDigits[b & 15];
    }
    return out;
}

bool fromHex(std::string_view hex, std::span<std::uint8_t> out) {
    while (!hex.empty() && (hex.back() == '\r' || hex.back() == ' ')) hex.remove_suffix(1);
    if (hex.size() != out.size() * 2) return false;
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    for (size_t i = 0; i < out.size(); ++i) {
        int hi = nibble(hex[2 * i]), lo = nibble(hex[2 * i + 1]);
        if (hi < 0 || lo < 0) return false;
        out[i] = static_cast<std::uint8_t>(hi << 4 | lo);
    }
    return true;
}

} // namespace signage::playlog
