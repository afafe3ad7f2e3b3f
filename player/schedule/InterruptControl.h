// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The control file through which `signage interrupt start|stop` talks to the running
// player: DATA_DIR/control/interrupt.toml. Writers replace it atomically (write a
// temporary file, fsync, rename), so a reader sees the old or the new file, never half
// of one. Stopping removes it.
//
// The player notices changes cheaply: readIfChanged() costs one stat() when nothing
// changed, so the play loop can call it every 500 ms, or when an inotify watch on
// directory() reports IN_MOVED_TO / IN_DELETE / IN_CLOSE_WRITE. Each InterruptControl
// remembers what it saw last; use one per reader (render thread for the player).
//
//   # written by `signage interrupt start` — delete with `signage interrupt stop`
//   target = "canh-bao-khan"
//   until = 2025-08-02T09:00:00+07:00      # optional: without it, until stopped
//   started = 2025-08-02T08:00:00+07:00
//   by = "cli"
//   message = "..."                         # optional
#include <filesystem>
#include <optional>
#include <string>
#include <sys/types.h>

#include "schedule/Interrupt.h"

namespace signage::schedule {

class InterruptControl {
public:
    /// The control file lives in dataDir/control/.
    explicit InterruptControl(std::filesystem::path dataDir);

    const std::filesystem::path& path() const { return _path; }
    const std::filesystem::path& directory() const { return _dir; }

    /// Starts (or replaces) the interrupt. Creates control/ when needed. False and a
    /// reason in *error when the file cannot be written.
    bool write(const Interrupt& interrupt, std::string* error = nullptr) const;
    /// The interrupt in the file; nullopt when there is none, or when the file is
    /// unreadable (then *error says why, with file:line:col when it is bad TOML).
    std::optional<Interrupt> read(std::string* error = nullptr) const;
    /// Stops the interrupt (removes the file). True when there is no file afterwards.
    bool clear(std::string* error = nullptr) const;

    struct Change {
        bool changed = false;            // the file appeared, changed or disappeared
        std::optional<Interrupt> interrupt; // what is in force now (when changed)
        std::string error;               // set when the new file could not be read
    };
    /// Compares the file's identity (inode, size, modification time) with the last call;
    /// reads it only when it differs. The first call reports the current state as a change
    /// when there is a file.
    Change readIfChanged();

private:
    struct Stamp {
        bool exists = false;
        ino_t inode = 0;
        off_t size = 0;
        long long mtimeNs = 0;
        long long ctimeNs = 0;
        bool operator==(const Stamp&) const = default;
    };
    Stamp stamp() const;

    std::filesystem::path _dir, _path;
    Stamp _last;
};

} // namespace signage::schedule
