// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Checks other modules add to `signage validate` without content/ depending on them
// (dependencies only go down): render/ checks that slide text fits, schedule/ checks
// schedule.toml, and so on. app/ registers them at start-up; validate runs them after
// the content itself has been loaded and checked.
#include <functional>
#include <string>

#include "content/Model.h"
#include "core/Diagnostic.h"

namespace signage::content {

/// Looks at a loaded catalog and reports problems (file:line:col, like the loader). It
/// sees only what loaded (broken slides and items are already left out) and finds other
/// files from catalog.root; name files from catalog.displayRoot so messages read like
/// the loader's. It may throw: the failure is reported as an error, validation goes on.
using ExtraCheck = std::function<void(const Catalog& catalog, core::Diagnostics& diags)>;

/// Adds a check (`name` appears only if it fails: "check text-fit failed: …").
/// Call before validating, from the main thread (the registry is not locked).
void registerExtraCheck(std::string name, ExtraCheck check);
/// Runs every registered check in registration order.
void runExtraChecks(const Catalog& catalog, core::Diagnostics& diags);
/// Forgets every check (tests).
void clearExtraChecks();

} // namespace signage::content
