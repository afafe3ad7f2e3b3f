#pragma once
// Facts about this process and boot (for start-up figures and the play log's time base).
#include <cstdint>
#include <string>

namespace signage::core {

/// Milliseconds since this process was started by the kernel (includes exec and
/// dynamic linking, which a timer started in main() would miss).
std::int64_t processAgeMs();
/// Peak resident set size in kB (VmHWM), 0 when unknown.
long peakRssKb();

} // namespace signage::core
