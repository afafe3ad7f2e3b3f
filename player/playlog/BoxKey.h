// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The box's ed25519 identity (libsodium): made on first start at DATA_DIR/box.key (0600),
// used to sign exports. Whoever holds the file can sign as this box; it never leaves it.
#include <array>
#include <cstdint>
#include <filesystem>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace signage::playlog {

using PublicKey = std::array<std::uint8_t, 32>;
using Signature = std::array<std::uint8_t, 64>;

/// Calls sodium_init once (thread-safe); throws if libsodium cannot start.
void ensureSodium();

/// What load() throws when the file was read but holds no valid key.
struct MalformedBoxKey : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class BoxKey {
public:
    /// Loads `file`, or creates it (atomically: a half-written key never appears, and two
    /// processes starting together end up with the same key). Throws std::runtime_error
    /// naming the file when it exists but is unreadable or malformed.
    static BoxKey loadOrCreate(const std::filesystem::path& file);
    /// Loads an existing key; throws when missing or malformed (MalformedBoxKey).
    static BoxKey load(const std::filesystem::path& file);
    /// loadOrCreate, but a file that is readable and malformed (garbage, cut short) is
    /// renamed to "<file>.bad-<asideTag>" and a new key made in its place, so the box keeps
    /// a working identity (its old log is then set aside as signed by another key).
    /// `*aside` gets the moved file's name, or "" when nothing was moved. An unreadable
    /// key (permissions, I/O) still throws: moving it would lose a key that may be fine.
    static BoxKey loadOrReplace(const std::filesystem::path& file, std::string_view asideTag, std::string* aside);
    /// A fresh key in memory (tests, benchmarks).
    static BoxKey generate();

    BoxKey(BoxKey&&) noexcept;
    BoxKey& operator=(BoxKey&&) noexcept;
    BoxKey(const BoxKey&) = delete;
    BoxKey& operator=(const BoxKey&) = delete;
    ~BoxKey(); // wipes the secret

    const PublicKey& publicKey() const { return _public; }
    Signature sign(std::string_view message) const;

private:
    BoxKey() = default;
    static BoxKey fromSeed(const std::uint8_t* seed);
    PublicKey _public{};
    std::array<std::uint8_t, 64> _secret{};
};

bool verifySignature(const PublicKey& key, std::string_view message, const Signature& sig);

std::string toHex(std::span<const std::uint8_t> bytes);
/// Parses exactly out.size() bytes of hex; false on any other input.
bool fromHex(std::string_view hex, std::span<std::uint8_t> out);

} // namespace signage::playlog
