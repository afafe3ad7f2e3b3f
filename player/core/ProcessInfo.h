// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Facts about this process and boot (for start-up figures and the play log's time base).
#include <cstddef>
#include <cstdint>
#include <string>

namespace signage::core {

/// Milliseconds since this process was started by the kernel (includes exec and
/// dynamic linking, which a timer started in main() would miss).
std::int64_t processAgeMs();
/// Peak resident set size in kB (VmHWM), 0 when unknown.
long peakRssKb();

/// Allocations of `bytes` or more (full-screen pictures, decoded photos) get their own
/// pages from the kernel and go back to it when freed. glibc otherwise raises that limit
/// after the first such free and serves the next ones from the heap, which cannot shrink
/// past a live block: a player cycling through full-screen items then keeps every picture
/// it ever held resident. Call once, early in main(). No-op off glibc.
void returnLargeAllocationsToSystem(std::size_t bytes);

} // namespace signage::core
