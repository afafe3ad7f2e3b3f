// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle/Crypto.h"

#include <mutex>
#include <sodium.h>
#include <stdexcept>

namespace signage::bundle {

static_assert(sizeof(crypto_hash_sha256_state) <= 128);
static_assert(sizeof(crypto_generichash_state) <= 384);

void ensureSodium() {
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] { ok = sodium_init() >= 0; });
    if (!ok) throw std::runtime_error("libsodium failed to initialise");
}

Sha256::Sha256() {
    ensureSodium();
    crypto_hash_sha256_init(reinterpret_cast<crypto_hash_sha256_state*>(_state.data()));
}

void Sha256::update(const void* data, size_t size) {
    crypto_hash_sha256_update(reinterpret_cast<crypto_hash_sha256_state*>(_state.data()),
                              static_cast<const unsigned char*>(data), size);
}

std::array<std::uint8_t, Sha256::kBytes> Sha256::finish() {
    std::array<std::uint8_t, kBytes> out{};
    crypto_hash_sha256_final(reinterpret_cast<crypto_hash_sha256_state*>(_state.data()), out.data());
    return out;
}

std::string Sha256::finishHex() { return toHex(finish()); }

Blake2b512::Blake2b512() {
    ensureSodium();
    crypto_generichash_init(reinterpret_cast<crypto_generichash_state*>(_state.data()), nullptr, 0, kBytes);
}

void Blake2b512::update(const void* data, size_t size) {
    crypto_generichash_update(reinterpret_cast<crypto_generichash_state*>(_state.data()),
                              static_cast<const unsigned char*>(data), size);
}

std::array<std::uint8_t, Blake2b512::kBytes> Blake2b512::finish() {
    std::array<std::uint8_t, kBytes> out{};
    crypto_generichash_final(reinterpret_cast<crypto_generichash_state*>(_state.data()), out.data(), kBytes);
    return out;
}

std::string toHex(const std::uint8_t* data, size_t size) {
    static const char* digits = "0123456789abcdef";
    std::string out(size * 2, '0');
    for (size_t i = 0; i < size; ++i) {
        out[2 * i] = digits[data[i] >> 4];
        out[2 * i + 1] = digits[data[i] & 15];
    }
    return out;
}

std::string toBase64(const std::uint8_t* data, size_t size) {
    ensureSodium();
    std::string out(sodium_base64_encoded_len(size, sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), data, size, sodium_base64_VARIANT_ORIGINAL);
    out.resize(out.size() - 1); // drop the terminating NUL sodium counts in
    return out;
}

std::optional<std::vector<std::uint8_t>> fromBase64(std::string_view text) {
    ensureSodium();
    std::vector<std::uint8_t> out(text.size() / 4 * 3 + 3);
    size_t len = 0;
    const char* end = nullptr;
    if (sodium_base642bin(out.data(), out.size(), text.data(), text.size(), nullptr, &len, &end,
                          sodium_base64_VARIANT_ORIGINAL) != 0 ||
        end != text.data() + text.size())
        return std::nullopt;
    out.resize(len);
    return out;
}

bool equalConstantTime(const std::uint8_t* a, const std::uint8_t* b, size_t size) {
    return sodium_memcmp(a, b, size) == 0;
}

} // namespace signage::bundle
