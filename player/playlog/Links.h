// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The rows of the hash chain. Every row the log writes is one link: a play's start, a
// play's end (a second link on the same plays row, so a play can be recorded the moment
// it starts and completed later without rewriting a hashed row), an event, a touch check.
// Links of one log are numbered 1, 2, 3, … (seq) in the order they were written; each
// carries hash = BLAKE2b-256(previous hash ‖ canonical encoding of the link).
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>

#include "playlog/Records.h"

namespace signage::playlog {

using Hash = std::array<std::uint8_t, 32>;

/// Time fields common to every link, as stored.
struct LinkTime {
    std::string boot;        // kernel boot id
    std::int64_t wallMs = 0;
    std::int64_t monoMs = 0;
    bool synced = false;
};

struct StartLink {
    std::int64_t seq = 0;
    LinkTime at;
    PlayStart play;
};

struct EndLink {
    std::int64_t seq = 0;
    std::int64_t startSeq = 0; // the StartLink this completes
    std::int64_t wallMs = 0, monoMs = 0;
    bool synced = false;
    std::int64_t playedMs = 0;
    Outcome outcome = Outcome::Completed;
    std::string reason;
};

struct EventLink {
    std::int64_t seq = 0;
    LinkTime at;
    std::string kind; // eventKindName(), kept as text so newer kinds survive older readers
    std::string detail;
    std::int64_t value = 0;
};

struct TouchLink {
    std::int64_t seq = 0;
    LinkTime at;
    TouchCheck check;
};

using Link = std::variant<StartLink, EndLink, EventLink, TouchLink>;

std::int64_t linkSeq(const Link& link);
/// "play 12 (start)", "event 7 (clock_jump)": how verify names a row for people.
std::string describeLink(const Link& link, std::int64_t rowId);

} // namespace signage::playlog
