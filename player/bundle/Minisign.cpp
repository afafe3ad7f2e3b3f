// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle/Minisign.h"

#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <sodium.h>
#include <vector>

#include "bundle/Crypto.h"

namespace signage::bundle {

namespace {

constexpr std::string_view kCommentPrefix = "untrusted comment: ";
constexpr std::string_view kTrustedPrefix = "trusted comment: ";
constexpr size_t kSaltBytes = crypto_pwhash_scryptsalsa208sha256_SALTBYTES; // 32
// Secret key file layout (minisign.h SeckeyStruct): sig_alg kdf_alg chk_alg salt
// opslimit memlimit, then keynum_sk = key id, secret key, checksum.
constexpr size_t kKeynumSkBytes = 8 + 64 + 32;
constexpr size_t kSecretFileBytes = 2 + 2 + 2 + kSaltBytes + 8 + 8 + kKeynumSkBytes; // 158

std::vector<std::string_view> splitLines(std::string_view text) {
    std::vector<std::string_view> lines;
    while (!text.empty()) {
        size_t nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines.push_back(line);
        if (nl == std::string_view::npos) break;
        text.remove_prefix(nl + 1);
    }
    return lines;
}

std::vector<std::uint8_t> decodeLine(std::string_view line, size_t expected, const char* what) {
    auto bytes = fromBase64(line);
    if (!bytes || bytes->size() != expected) throw FormatError(std::string("malformed ") + what);
    return *bytes;
}

std::uint64_t le64(const std::uint8_t* p) {
    std::uint64_t v = 0;
    for (int i = 7; i >= 0; --i) v = (v << 8) | p[i];
    return v;
}

std::array<std::uint8_t, 32> secretChecksum(const SecretKey& key) {
    std::array<std::uint8_t, 32> chk{};
    crypto_generichash_state st;
    crypto_generichash_init(&st, nullptr, 0, chk.size());
    crypto_generichash_update(&st, reinterpret_cast<const unsigned char*>("Ed"), 2);
    crypto_generichash_update(&st, key.id.data(), key.id.size());
    crypto_generichash_update(&st, key.key.data(), key.key.size());
    crypto_generichash_final(&st, chk.data(), chk.size());
    return chk;
}

bool printableOneLine(std::string_view s) {
    for (unsigned char c : s)
        if ((c < 0x20 && c != '\t') || c == 0x7f) return false;
    return true;
}

} // namespace

std::string keyIdHex(const KeyId& id) {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016" PRIX64, le64(id.data()));
    return buf;
}

std::string PublicKey::idHex() const { return keyIdHex(id); }

SecretKey::~SecretKey() { sodium_memzero(key.data(), key.size()); }

PublicKey SecretKey::publicKey() const {
    PublicKey pk;
    pk.id = id;
    std::memcpy(pk.key.data(), key.data() + 32, 32); // libsodium keeps the public key in the second half
    return pk;
}

SecretKey generateSecretKey() {
    ensureSodium();
    SecretKey sk;
    std::array<std::uint8_t, 32> pk{};
    randombytes_buf(sk.id.data(), sk.id.size());
    crypto_sign_keypair(pk.data(), sk.key.data());
    return sk;
}

std::string formatPublicKey(const PublicKey& key) {
    std::uint8_t raw[42];
    std::memcpy(raw, "Ed", 2);
    std::memcpy(raw + 2, key.id.data(), 8);
    std::memcpy(raw + 10, key.key.data(), 32);
    return std::string(kCommentPrefix) + "minisign public key " + key.idHex() + "\n" + toBase64(raw, sizeof raw) + "\n";
}

PublicKey parsePublicKey(std::string_view text) {
    auto lines = splitLines(text);
    std::string_view b64;
    for (auto line : lines) {
        if (line.empty() || line.substr(0, kCommentPrefix.size()) == kCommentPrefix) continue;
        b64 = line;
        break;
    }
    if (b64.empty()) throw FormatError("no public key line");
    auto raw = decodeLine(b64, 42, "public key");
    if (std::memcmp(raw.data(), "Ed", 2) != 0) throw FormatError("unsupported public key algorithm");
    PublicKey pk;
    std::memcpy(pk.id.data(), raw.data() + 2, 8);
    std::memcpy(pk.key.data(), raw.data() + 10, 32);
    return pk;
}

std::string formatSecretKey(const SecretKey& key) {
    std::vector<std::uint8_t> raw(kSecretFileBytes, 0);
    std::memcpy(raw.data(), "Ed", 2);
    // kdf_alg stays "\0\0" (unencrypted, as `minisign -W`); salt and limits stay zero.
    std::memcpy(raw.data() + 4, "B2", 2);
    size_t off = 6 + kSaltBytes + 16;
    std::memcpy(raw.data() + off, key.id.data(), 8);
    std::memcpy(raw.data() + off + 8, key.key.data(), 64);
    auto chk = secretChecksum(key);
    std::memcpy(raw.data() + off + 72, chk.data(), 32);
    std::string out = std::string(kCommentPrefix) + "minisign secret key " + keyIdHex(key.id) + " (canhbao-signage, unencrypted)\n" +
                      toBase64(raw.data(), raw.size()) + "\n";
    sodium_memzero(raw.data(), raw.size());
    return out;
}

static std::vector<std::uint8_t> secretKeyBytes(std::string_view text) {
    auto lines = splitLines(text);
    if (lines.size() < 2) throw FormatError("secret key file too short");
    auto raw = fromBase64(lines[1]);
    if (!raw || raw->size() != kSecretFileBytes) throw FormatError("malformed secret key");
    if (std::memcmp(raw->data(), "Ed", 2) != 0) throw FormatError("unsupported signature algorithm");
    if (std::memcmp(raw->data() + 4, "B2", 2) != 0) throw FormatError("unsupported checksum algorithm");
    return *raw;
}

bool secretKeyNeedsPassword(std::string_view text) {
    auto raw = secretKeyBytes(text);
    bool encrypted = std::memcmp(raw.data() + 2, "Sc", 2) == 0;
    sodium_memzero(raw.data(), raw.size());
    return encrypted;
}

SecretKey parseSecretKey(std::string_view text, const std::string* password) {
    ensureSodium();
    auto raw = secretKeyBytes(text);
    struct Wipe {
        std::vector<std::uint8_t>& v;
        ~Wipe() { sodium_memzero(v.data(), v.size()); }
    } wipe{raw};
    std::uint8_t* keynum = raw.data() + 6 + kSaltBytes + 16;
    bool encrypted = std::memcmp(raw.data() + 2, "Sc", 2) == 0;
    if (encrypted) {
        if (!password) throw FormatError("the secret key is protected by a password");
        std::vector<std::uint8_t> stream(kKeynumSkBytes);
        const std::uint8_t* salt = raw.data() + 6;
        if (crypto_pwhash_scryptsalsa208sha256(stream.data(), stream.size(), password->data(), password->size(), salt,
                                               le64(salt + kSaltBytes), le64(salt + kSaltBytes + 8)) != 0)
            throw FormatError("not enough memory to derive the key from the password");
        for (size_t i = 0; i < kKeynumSkBytes; ++i) keynum[i] ^= stream[i];
        sodium_memzero(stream.data(), stream.size());
    } else if (raw[2] != 0 || raw[3] != 0) {
        throw FormatError("unsupported key derivation function");
    }
    SecretKey sk;
    std::memcpy(sk.id.data(), keynum, 8);
    std::memcpy(sk.key.data(), keynum + 8, 64);
    auto chk = secretChecksum(sk);
    static const std::uint8_t zeros[32] = {};
    // `minisign -W` leaves the checksum of an unencrypted key all zero; check it otherwise.
    bool zeroChk = std::memcmp(keynum + 72, zeros, 32) == 0;
    if (!(zeroChk && !encrypted) && std::memcmp(keynum + 72, chk.data(), 32) != 0)
        throw FormatError(encrypted ? "wrong password for this secret key" : "secret key checksum mismatch");
    return sk;
}

std::string formatSignature(const Signature& sig) {
    std::uint8_t raw[74];
    std::memcpy(raw, "ED", 2);
    std::memcpy(raw + 2, sig.keyId.data(), 8);
    std::memcpy(raw + 10, sig.signature.data(), 64);
    return std::string(kCommentPrefix) + sig.untrustedComment + "\n" + toBase64(raw, sizeof raw) + "\n" +
           std::string(kTrustedPrefix) + sig.trustedComment + "\n" +
           toBase64(sig.globalSignature.data(), sig.globalSignature.size()) + "\n";
}

Signature parseSignature(std::string_view text) {
    auto lines = splitLines(text);
    if (lines.size() < 4) throw FormatError("signature file too short");
    if (lines[0].substr(0, kCommentPrefix.size()) != kCommentPrefix)
        throw FormatError("first line must start with \"untrusted comment: \"");
    if (lines[2].substr(0, kTrustedPrefix.size()) != kTrustedPrefix)
        throw FormatError("third line must start with \"trusted comment: \"");
    Signature sig;
    sig.untrustedComment = std::string(lines[0].substr(kCommentPrefix.size()));
    sig.trustedComment = std::string(lines[2].substr(kTrustedPrefix.size()));
    auto raw = decodeLine(lines[1], 74, "signature");
    if (std::memcmp(raw.data(), "Ed", 2) == 0)
        throw FormatError("legacy (non-prehashed) signature; sign again with minisign 0.8 or later");
    if (std::memcmp(raw.data(), "ED", 2) != 0) throw FormatError("unsupported signature algorithm");
    std::memcpy(sig.keyId.data(), raw.data() + 2, 8);
    std::memcpy(sig.signature.data(), raw.data() + 10, 64);
    auto global = decodeLine(lines[3], 64, "trusted comment signature");
    std::memcpy(sig.globalSignature.data(), global.data(), 64);
    return sig;
}

Signature signHash(const SecretKey& key, const FileHash& hash, std::string trustedComment, std::string untrustedComment) {
    ensureSodium();
    if (!printableOneLine(trustedComment) || !printableOneLine(untrustedComment))
        throw FormatError("comments must be one printable line");
    Signature sig;
    sig.keyId = key.id;
    sig.trustedComment = std::move(trustedComment);
    sig.untrustedComment = std::move(untrustedComment);
    crypto_sign_detached(sig.signature.data(), nullptr, hash.data(), hash.size(), key.key.data());
    std::string global(reinterpret_cast<const char*>(sig.signature.data()), sig.signature.size());
    global += sig.trustedComment;
    crypto_sign_detached(sig.globalSignature.data(), nullptr, reinterpret_cast<const unsigned char*>(global.data()),
                         global.size(), key.key.data());
    return sig;
}

bool verifyTrustedComment(const PublicKey& key, const Signature& sig) {
    ensureSodium();
    if (key.id != sig.keyId) return false;
    std::string global(reinterpret_cast<const char*>(sig.signature.data()), sig.signature.size());
    global += sig.trustedComment;
    return crypto_sign_verify_detached(sig.globalSignature.data(), reinterpret_cast<const unsigned char*>(global.data()),
                                       global.size(), key.key.data()) == 0;
}

bool verifyHash(const PublicKey& key, const Signature& sig, const FileHash& hash) {
    ensureSodium();
    if (key.id != sig.keyId) return false;
    return crypto_sign_verify_detached(sig.signature.data(), hash.data(), hash.size(), key.key.data()) == 0;
}

} // namespace signage::bundle
