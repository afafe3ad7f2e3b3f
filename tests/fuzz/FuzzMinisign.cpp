// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: minisign public keys, secret keys and signatures (bundle signing).
// Bad text must throw FormatError and nothing else.
#include <cstdint>
#include <string>
#include <string_view>

#include "bundle/Minisign.h"

using namespace signage::bundle;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        (void)parsePublicKey(text);
    } catch (const FormatError&) {
    }
    try {
        Signature sig = parseSignature(text);
        (void)formatSignature(sig);
    } catch (const FormatError&) {
    }
    try {
        if (!secretKeyNeedsPassword(text)) (void)parseSecretKey(text);
    } catch (const FormatError&) {
    }
    return 0;
}
