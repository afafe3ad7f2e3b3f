#pragma once
// The box's ed25519 identity (libsodium): made on first start at DATA_DIR/box.key (0600),
// used to sign exports. Whoever holds the file can sign as this box; it never leaves it.
#include <array>
#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace signage::playlog {

using PublicKey = std::array<std::uint8_t, 32>;
using Signature = std::array<std::uint8_t, 64>;

/// Calls sodium_init once (thread-safe); throws if libsodium cannot start.
void ensureSodium();

class BoxKey {
public:
    /// Loads `file`, or creates it (atomically: a half-written key never appears, and two
    /// processes starting together end up with the same key). Throws std::runtime_error
    /// naming the file when it exists but is unreadable or malformed.
    static BoxKey loadOrCreate(const std::filesystem::path& file);
    /// Loads an existing key; throws when missing or malformed.
    static BoxKey load(const std::filesystem::path& file);
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
