// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Why a bundle was refused. Every refusal leaves the previous content playing and
// nothing half installed; the reason is shown on the box's banner and the terminal.
#include <stdexcept>
#include <string>

namespace signage::bundle {

enum class Reason {
    Unsigned,         // no FILE.minisig beside the bundle
    UnknownKey,       // signed by a key not in the trusted keys directory
    BadSignature,     // signature or trusted comment does not verify, or malformed .minisig
    HashMismatch,     // a file's sha256/size differs from the manifest, or a file is missing/extra
    PathTraversal,    // "..", absolute or otherwise unsafe entry path
    ForbiddenEntry,   // symlink, hard link, device, FIFO or socket
    TooLarge,         // size limits (decompression bombs)
    Older,            // not newer than the installed bundle (rollback is the only way back)
    NotForThisBox,    // [target] names other sites/boxes
    PlayerTooOld,     // min_player_version above this player
    BadManifest,      // manifest.toml missing, not first, or invalid
    Malformed,        // not a tar (or zstd tar), duplicate entries, trailing garbage
    SourceUnreadable, // read error or file vanished/shrank: the USB stick was pulled
    DiskFull,         // not enough space, ENOSPC/EDQUOT/EFBIG while writing
    IoError,          // any other local write/rename/fsync failure
    Cancelled,        // the caller asked to stop
    NotFound,         // no bundle at the given path / nothing to roll back to
};

/// Short stable code for JSON and logs ("bad_signature").
const char* reasonCode(Reason reason);
/// One line for people, in the run's language (core/Lang.h), Vietnamese first.
std::string reasonText(Reason reason);
/// True for reasons about the box or the medium (exit code 3) rather than the bundle (1).
bool isRuntimeReason(Reason reason);
/// Maps a write errno to DiskFull or IoError.
Reason reasonForWriteErrno(int err);

/// Thrown inside the bundle code; converted into a refusal at the API edge.
class BundleError : public std::runtime_error {
public:
    BundleError(Reason reason, std::string detail);
    Reason reason() const { return _reason; }
    /// Specifics: the file, the key id, the errno text (may be empty).
    const std::string& detail() const { return _detail; }

private:
    Reason _reason;
    std::string _detail;
};

} // namespace signage::bundle
