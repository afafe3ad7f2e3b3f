// Replaces the global operator delete (all forms) with one that zeroes the block when the
// calling thread asked for it (see WipeOnFree.h). operator new is libstdc++'s: malloc or
// aligned_alloc, so free() releases every form. This file is linked whenever
// setWipeOnFree is used (the AsyncChecker does), so the replacement is in the player.
#include "core/WipeOnFree.h"

#include <malloc.h>
#include <string.h>

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
void release(void* p) noexcept {
    if (!p) return;
    if (signage::core::wipeOnFree()) explicit_bzero(p, malloc_usable_size(p));
    std::free(p);
}
} // namespace

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
