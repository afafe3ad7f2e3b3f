// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Checks `signage validate` runs beyond the content loader's own: they need other
// subsystems (fonts for slide fitting, the scheduler for schedule.toml), so app/ wires them.
namespace signage::app {

/// Registers every extra check with content::registerExtraCheck (idempotent).
void registerValidationChecks();

} // namespace signage::app
