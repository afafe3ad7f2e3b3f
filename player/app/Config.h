// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The box's own settings (/etc/signage/signage.toml, then ./signage.toml, or --config):
// who the box is, where it stands, how loud it plays. Loaded once at start-up; problems
// are logged as file:line:col and the defaults are kept (a bad config never stops a box).
#include <filesystem>
#include <vector>
#include <optional>
#include <string>

#include "core/Clock.h"
#include "playlog/BoxKey.h"
#include "schedule/TimeZone.h"

namespace signage::app {

struct BoxConfig {
    std::string boxId;         // [box] id; empty: derived from the box key
    std::string site;          // [box] site, stamped on play-log rows
    std::string lang;          // [box] lang: "vi" (default) or "en"
    /// [box] office_keys: hex ed25519 keys of the ward office's cosigning key (`audit merge
    /// --office-key`); cosignatures the staff bring back on a stick are checked against them.
    std::vector<playlog::PublicKey> officeKeys;
    float volume = 1.0f;       // [audio] volume 0..1 (global, on top of each item's)
    int quietFromMin = -1;     // [audio] quiet_hours = "21:30-06:00" (local minutes; -1: none)
    int quietToMin = -1;
    float quietVolume = 0.3f;  // [audio] quiet_volume
    std::string policeName;    // [checker] police_name ("Công an phường 1")
    std::string policePhone;   // [checker] police_phone
    /// [checker] touch: the scam-check touch layer over the signage. Auto: when the
    /// display reports a touch device.
    enum class Touch { Auto, On, Off };
    Touch touchChecker = Touch::Auto;
    int idleSeconds = 60;      // [checker] idle_seconds: a session left alone ends (10..600)
    std::string reportUrl;     // [checker] report_url: the official reporting channel (QR code)
    std::string reportLabel;   // [checker] report_label: what that link is, in words
    // [staff]: the staff menu on the touch screen (docs/staff-menu.md). Without a PIN the
    // menu is off. pin_hash: a libsodium crypto_pwhash_str string (`signage staff-pin`);
    // pin: the digits in plain text (warned: anyone who can read the file knows it).
    std::string staffPinHash;
    std::string staffPin;
    int staffIdleSeconds = 60; // [staff] idle_seconds (10..600)
    std::vector<std::filesystem::path>
        usbDirs; // [staff] usb_dirs: stick folders besides the mounts under /media, /mnt, /run/media
    bool staffMenu() const { return !staffPinHash.empty() || !staffPin.empty(); }
    std::filesystem::path file; // where it came from (empty: defaults)
    /// The box's zone, for quiet hours: Asia/Ho_Chi_Minh from tzdata (loadBoxConfig), the
    /// built-in UTC+7 without it.
    schedule::TimeZone zone = schedule::TimeZone::fixed(core::kDefaultUtcOffsetMinutes * 60, core::kDefaultTimeZoneName);

    /// True when local time `minuteOfDay` (0..1439) is inside the quiet hours.
    bool quietAt(int minuteOfDay) const;
    /// The local minute of the day (0..1439) at the UTC instant `utc`, in `zone`.
    int minuteOfDay(core::WallMs utc) const;
};

/// Reads `explicitFile` when given (missing = error logged), else the first of
/// /etc/signage/signage.toml and ./signage.toml that exists, else defaults. The zone is
/// loaded from tzdata (TZDIR, else /usr/share/zoneinfo) as the schedule's is, the built-in
/// UTC+7 with a logged warning without it.
BoxConfig loadBoxConfig(const std::optional<std::filesystem::path>& explicitFile);
/// Parses config text (for tests); problems go to stderr as file:line:col. Leaves the
/// built-in UTC+7 zone (loadBoxConfig loads tzdata's).
BoxConfig parseBoxConfig(const std::string& text, const std::string& fileName);

} // namespace signage::app
