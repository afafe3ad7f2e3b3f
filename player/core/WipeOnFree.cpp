// SPDX-License-Identifier: GPL-3.0-or-later
// Replaces the global operator delete (all forms) with one that zeroes the block when the
// calling thread asked for it (see WipeOnFree.h). operator new is replaced too, with plain
// malloc / posix_memalign, so that every block delete frees is one malloc made: libstdc++'s
// own new does the same, but under AddressSanitizer its new is ASan's, and ASan reports a
// block from its new released by free() as an alloc-dealloc mismatch. With both replaced,
// ASan sees malloc and free and checks every access as usual. This file is linked whenever
// setWipeOnFree is used (the AsyncChecker does), so the replacement is in the player.
#include "core/WipeOnFree.h"

#include <malloc.h>
#include <string.h>

#include <cstddef>
#include <cstdlib>
#include <new>

namespace signage::core {
namespace {
thread_local bool tWipe = false;
} // namespace

void setWipeOnFree(bool on) { tWipe = on; }
bool wipeOnFree() { return tWipe; }

} // namespace signage::core

namespace {
// The standard's loop: call the new-handler until it gives memory back or there is none.
void* allocate(std::size_t size, std::size_t alignment) {
    if (size == 0) size = 1;
    for (;;) {
        void* p = nullptr;
        if (alignment <= alignof(std::max_align_t)) p = std::malloc(size);
        else if (::posix_memalign(&p, alignment, size) != 0) p = nullptr;
        if (p) return p;
        std::new_handler handler = std::get_new_handler();
        if (!handler) throw std::bad_alloc();
        handler();
    }
}

void* allocateNoThrow(std::size_t size, std::size_t alignment) noexcept {
    try {
        return allocate(size, alignment);
    } catch (const std::bad_alloc&) {
        return nullptr;
    }
}

void release(void* p) noexcept {
    if (!p) return;
    if (signage::core::wipeOnFree()) explicit_bzero(p, malloc_usable_size(p));
    std::free(p);
}
} // namespace

constexpr std::size_t kPlain = alignof(std::max_align_t);
void* operator new(std::size_t n) { return allocate(n, kPlain); }
void* operator new[](std::size_t n) { return allocate(n, kPlain); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept { return allocateNoThrow(n, kPlain); }
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept { return allocateNoThrow(n, kPlain); }
void* operator new(std::size_t n, std::align_val_t a) { return allocate(n, static_cast<std::size_t>(a)); }
void* operator new[](std::size_t n, std::align_val_t a) { return allocate(n, static_cast<std::size_t>(a)); }
void* operator new(std::size_t n, std::align_val_t a, const std::nothrow_t&) noexcept {
    return allocateNoThrow(n, static_cast<std::size_t>(a));
}
void* operator new[](std::size_t n, std::align_val_t a, const std::nothrow_t&) noexcept {
    return allocateNoThrow(n, static_cast<std::size_t>(a));
}

void operator delete(void* p) noexcept { release(p); }
void operator delete[](void* p) noexcept { release(p); }
void operator delete(void* p, std::size_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t) noexcept { release(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { release(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { release(p); }
void operator delete(void* p, std::align_val_t) noexcept { release(p); }
void operator delete[](void* p, std::align_val_t) noexcept { release(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { release(p); }
void operator delete(void* p, std::align_val_t, const std::nothrow_t&) noexcept { release(p); }
void operator delete[](void* p, std::align_val_t, const std::nothrow_t&) noexcept { release(p); }
