// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The scam checker's front door: what the `signage check` command and the touch screen's
// plugin host use. Construct it from a content bundle's checker/ folder (rules.toml plus
// blocklists/allowlists, see ListStore.h and docs/scamcheck.md), then ask check().
//
// Threads: construction reads files and may build the list index (seconds for a very
// large CSV): do it off the render thread. check() is const and thread-safe (the list
// lookups take one internal mutex); it does SQLite reads, normally tens of microseconds
// from the page cache, at most a few milliseconds (bench/scamcheck). The render thread
// may call it directly; a plugin host that wants a hard frame budget runs it on a worker.
//
// Privacy: nothing here logs, prints or stores the text it is given. The Verdict's
// `normalized` field is derived from the input (call Verdict::wipe() when the session
// ends); Verdict::summary() is all that may reach the play log.
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#include "core/Diagnostic.h"
#include "scamcheck/Kind.h"
#include "scamcheck/Findings.h"
#include "scamcheck/Verdict.h"

namespace signage::scamcheck {

struct RuleSet;

/// Thrown by the Checker constructor when the checker data cannot be used; what() is
/// every error formatted "file:line:col: message", one per line.
class CheckerError : public std::runtime_error {
public:
    CheckerError(const std::string& what, core::Diagnostics diags) : std::runtime_error(what), _diags(std::move(diags)) {}
    const core::Diagnostics& diagnostics() const { return _diags; }

private:
    core::Diagnostics _diags;
};

class Checker {
public:
    struct Options {
        /// Where the CSV lists' SQLite index is cached (e.g. DATA_DIR/cache/checker);
        /// empty: next to the CSVs when that folder is writable, else in memory.
        std::filesystem::path cacheDir;
        /// Override rules.toml [advice] (the box's config knows its ward).
        std::string policePhone;
        std::string localPoliceName;
        std::string localPolicePhone;
    };

    /// Loads `checkerDir`/rules.toml and every list in `checkerDir`. Throws CheckerError.
    explicit Checker(const std::filesystem::path& checkerDir);
    Checker(const std::filesystem::path& checkerDir, Options options);
    ~Checker();
    Checker(const Checker&) = delete;
    Checker& operator=(const Checker&) = delete;

    /// Checks one input. Never throws for any text (an empty one gives "no known signs").
    Verdict check(std::string_view text, Kind kind = Kind::Auto) const;

    /// A message's frame features (Frames.h), as the model sees them: for the trainer
    /// (scripts/scamcheck-train.py via bench/scamcheck's scamcheck_features), not the screen.
    FeatureList messageFeatures(std::string_view text) const;

    /// "rules <version> / lists <digest>": which data produced a verdict (play log, reports).
    const std::string& dataVersion() const;
    /// Warnings from loading (bad CSV rows, unknown rules.toml keys), file:line:col.
    const core::Diagnostics& diagnostics() const;
    size_t listEntries() const;
    const RuleSet& rules() const;

private:
    struct Impl;
    std::unique_ptr<Impl> _impl;
};

} // namespace signage::scamcheck
