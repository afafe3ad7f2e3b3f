// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Streaming hashes and encodings over libsodium (the only sodium.h include besides
// Minisign.cpp). SHA-256 names every file in a bundle's manifest; BLAKE2b-512 is what
// minisign's prehashed ("ED") signatures sign.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace signage::bundle {

/// Initialises libsodium once (thread-safe); throws if the library cannot start.
void ensureSodium();

class Sha256 {
public:
    static constexpr size_t kBytes = 32;
    Sha256();
    void update(const void* data, size_t size);
    std::array<std::uint8_t, kBytes> finish();
    /// Lowercase hex of finish().
    std::string finishHex();

private:
    alignas(64) std::array<std::uint8_t, 128> _state; // crypto_hash_sha256_state (104 bytes)
};

class Blake2b512 {
public:
    static constexpr size_t kBytes = 64;
    Blake2b512();
    void update(const void* data, size_t size);
    std::array<std::uint8_t, kBytes> finish();

private:
    alignas(64) std::array<std::uint8_t, 384> _state; // crypto_generichash_state (384 bytes)
};

std::string toHex(const std::uint8_t* data, size_t size);
template <size_t N>
std::string toHex(const std::array<std::uint8_t, N>& a) { return toHex(a.data(), N); }
/// Standard base64 with padding (what minisign writes).
std::string toBase64(const std::uint8_t* data, size_t size);
/// Decodes standard base64; nullopt when malformed.
std::optional<std::vector<std::uint8_t>> fromBase64(std::string_view text);
/// Constant-time comparison of two equal-length buffers.
bool equalConstantTime(const std::uint8_t* a, const std::uint8_t* b, size_t size);

} // namespace signage::bundle
