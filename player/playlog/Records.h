// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the play log records, as the player hands it over (render thread) and as the
// store keeps it. Plain values: no SQLite, no threads. docs/playlog.md maps every field
// to its column.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace signage::playlog {

/// How a play ended. Stored as an integer in plays.outcome (values fixed: never renumber).
enum class Outcome : int {
    Unfinished = 0,  // started, no end recorded (still playing, or the power went)
    Completed = 1,   // played to its planned end
    Interrupted = 2, // cut short (emergency broadcast, new content, shutdown)
    Skipped = 3,     // never shown (missing media, outside its dates)
    Failed = 4,      // could not be shown (decode error, plugin error)
};
inline constexpr int kOutcomeCount = 5;

/// "completed", "interrupted", ... (stable names used in CSV and JSON).
std::string_view outcomeName(Outcome o);
/// Vietnamese-first label for people: "hoàn thành / completed".
std::string outcomeLabel(Outcome o);
bool parseOutcome(std::string_view text, Outcome& out);

/// Things that happen to the box rather than to one item. Stored by name in events.kind.
enum class EventKind : int {
    Startup,       // PlayLog opened (detail: version, pid)
    Shutdown,      // PlayLog closed cleanly
    ContentImport, // a bundle was imported or rejected (detail: id, version, result)
    Error,         // a runtime failure worth auditing (detail: what)
    DisplayOn,
    DisplayOff,
    ClockJump,     // the wall clock moved against monotonic time (value: jump in ms)
    ClockSynced,   // the kernel reports the wall clock synchronised (NTP)
    ClockUnsynced, // ... and no longer synchronised
    QueueOverflow, // records lost because the queue was full (value: how many)
    StorageError,  // writes failed for a while and then recovered (value: ms stalled)
    LogReset,      // the previous log file could not be used and was set aside
    Note,          // anything else worth a line (detail)
};
inline constexpr int kEventKindCount = 13;
std::string_view eventKindName(EventKind k);
bool parseEventKind(std::string_view text, EventKind& out);

/// The kernel's boot id (/proc/sys/kernel/random/boot_id): 36 characters, kept inline so
/// a record costs no allocation for it.
struct BootId {
    std::array<char, 40> text{};
    std::uint8_t size = 0;
    std::string_view view() const { return {text.data(), size}; }
    static BootId from(std::string_view s);
    bool operator==(const BootId& o) const { return view() == o.view(); }
};

/// When something happened, in the three ways a box without a trustworthy clock can say it.
struct TimeSample {
    std::int64_t wallMs = 0; // wall clock, ms since the Unix epoch (may be wrong or jump)
    std::int64_t monoMs = 0; // monotonic ms since boot (never jumps within a boot)
    bool synced = false;     // the kernel said the wall clock was synchronised
    BootId boot;
};

/// What the player knows when an item starts. Strings are ids, not prose.
struct PlayStart {
    std::string site;         // where the box stands ("ben-xe-my-tho")
    std::string bundle;       // content bundle id and version ("chien-dich-8-2025@1.2.0")
    std::string playlist;     // playlist id
    std::string item;         // item id within the playlist
    std::string mediaHash;    // sha256 of the media file (hex), empty for slides/plugins
    std::string scheduleRule; // the schedule entry that chose this playlist, empty if none
    std::optional<std::int64_t> plannedStartMs; // wall ms the scheduler meant it to start
    std::optional<std::int64_t> plannedEndMs;
    bool interrupt = false;   // played as an emergency interrupt (signage interrupt start)
    /// Why this play must not count (bits of kUntrusted*; 0 = a real play). Reports and
    /// quotas show such plays apart and never count them.
    std::uint8_t untrusted = 0;
};

/// plays.trust bits: the player ran on a virtual clock (--clock-start/--clock-speed),
/// in dev mode (content named on the command line), or from content that was not
/// installed as a signed bundle (the demo, a bare directory).
inline constexpr std::uint8_t kUntrustedVirtualClock = 1;
inline constexpr std::uint8_t kUntrustedDevMode = 2;
inline constexpr std::uint8_t kUntrustedUnsignedContent = 4;
/// "đồng hồ ảo, chế độ phát triển" / "virtual clock, dev mode" for the bits set.
std::string untrustedLabel(std::uint8_t bits);

/// What the player knows when an item stops.
struct PlayEnd {
    Outcome outcome = Outcome::Completed;
    std::string reason;                  // why, for anything but Completed ("decode error: …")
    std::optional<std::int64_t> playedMs; // measured screen time; default: end − start (monotonic)
};

/// One touch-screen check by a visitor, as counts only: the typed text never reaches the
/// log (the fields are ids, and anything that is not an id is stored as "other").
struct TouchCheck {
    std::string inputKind; // phone | link | account | message
    std::string verdict;   // e.g. safe | suspicious | scam | unknown
    std::string tactic;    // scam method id, empty when none
};

/// Keeps a value only if it looks like an id ([a-z0-9_.:@/-], at most 64 bytes);
/// anything else becomes "other" so free text cannot slip into touch-check rows.
std::string sanitizeId(std::string_view text);

} // namespace signage::playlog
