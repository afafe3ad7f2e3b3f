// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// minisign's key and signature files (https://jedisct1.github.io/minisign/), so that a
// ward office can check any bundle with the standard `minisign -V` tool, and sign with
// `minisign -S` if it prefers. Only prehashed ("ED", BLAKE2b-512 of the file) signatures
// are made and accepted: the legacy "Ed" form signs the whole file in one piece, which
// would hold a 500 MB bundle in memory.
#include <array>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace signage::bundle {

using KeyId = std::array<std::uint8_t, 8>;
using FileHash = std::array<std::uint8_t, 64>; // BLAKE2b-512 of a whole file

/// A malformed key or signature file; the message says which part.
class FormatError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct PublicKey {
    KeyId id{};
    std::array<std::uint8_t, 32> key{};
    /// minisign's spelling of the key id: 16 uppercase hex digits (little-endian u64).
    std::string idHex() const;
};

/// An ed25519 secret key with its minisign key id. Wiped from memory when destroyed.
class SecretKey {
public:
    SecretKey() = default;
    SecretKey(const SecretKey&) = default;
    SecretKey& operator=(const SecretKey&) = default;
    ~SecretKey();
    KeyId id{};
    std::array<std::uint8_t, 64> key{}; // libsodium layout: seed || public key
    PublicKey publicKey() const;
};

struct Signature {
    KeyId keyId{};
    std::array<std::uint8_t, 64> signature{};       // over BLAKE2b-512(file)
    std::string untrustedComment;                    // free text, not authenticated
    std::string trustedComment;                      // authenticated by globalSignature
    std::array<std::uint8_t, 64> globalSignature{};  // over signature || trustedComment
};

std::string keyIdHex(const KeyId& id);

/// A fresh random key pair (random key id, as minisign makes them).
SecretKey generateSecretKey();

/// "untrusted comment: minisign public key <ID>\n<base64>\n"
std::string formatPublicKey(const PublicKey& key);
/// Parses a .pub file (or the bare base64 line). Throws FormatError.
PublicKey parsePublicKey(std::string_view text);

/// The unencrypted secret key file `minisign -G -W` writes (kdf "\0\0"), with its checksum.
std::string formatSecretKey(const SecretKey& key);
/// Parses a secret key file. Password-protected keys ("Sc", scrypt) need `password`;
/// a wrong password or a corrupt key fails its checksum. Throws FormatError.
SecretKey parseSecretKey(std::string_view text, const std::string* password = nullptr);
/// True when the key file is password-protected.
bool secretKeyNeedsPassword(std::string_view text);

std::string formatSignature(const Signature& sig);
/// Parses a .minisig file. Legacy (non-prehashed) signatures are refused. Throws FormatError.
Signature parseSignature(std::string_view text);

/// Signs a file's BLAKE2b-512 hash and the trusted comment (one line, printable UTF-8).
Signature signHash(const SecretKey& key, const FileHash& hash, std::string trustedComment,
                   std::string untrustedComment);
/// Checks the global signature (trusted comment) only: cheap, needs no file.
bool verifyTrustedComment(const PublicKey& key, const Signature& sig);
/// Checks the file signature against the file's BLAKE2b-512 hash.
bool verifyHash(const PublicKey& key, const Signature& sig, const FileHash& hash);

} // namespace signage::bundle
