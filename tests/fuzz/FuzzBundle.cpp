// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the bundle reader (tar with manifest first, sizes and hashes checked
// as it streams) on arbitrary bytes held in memory. Bad bundles throw BundleError.
#include <algorithm>
#include <cstdint>
#include <cstring>

#include "bundle/BundleReader.h"
#include "bundle/ByteSource.h"
#include "bundle/Refusal.h"

using namespace signage::bundle;

namespace {
class MemorySource : public ByteSource {
public:
    MemorySource(const std::uint8_t* data, std::size_t size) : _data(data), _size(size) {}
    size_t read(void* buf, size_t size) override {
        std::size_t n = std::min(size, _size - _at);
        std::memcpy(buf, _data + _at, n);
        _at += n;
        return n;
    }
    std::uint64_t size() const override { return _size; }

private:
    const std::uint8_t* _data;
    std::size_t _size;
    std::size_t _at = 0;
};

// Takes every entry the reader hands out, as the importer's staging writer would.
class CountingSink : public EntrySink {
public:
    void fileData(const void* data, size_t size) override { (void)data, _bytes += size; }

private:
    std::uint64_t _bytes = 0;
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    ReadLimits limits;
    limits.maxTotalBytes = 1u << 20;
    limits.maxFileBytes = 1u << 20;
    limits.maxFiles = 64;
    limits.maxManifestBytes = 64u << 10;
    MemorySource source(data, size);
    CountingSink sink;
    try {
        (void)scanBundle(source, limits, &sink);
    } catch (const BundleError&) {
    }
    return 0;
}
