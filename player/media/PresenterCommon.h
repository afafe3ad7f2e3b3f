// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the video and audio presenters share about playing a MediaSource: the first
// failure kept after the source is gone (for the play log), status() and the outcome
// derived from it (outcomeName() of PlayFacts.h is defined here too), the open-failure
// message, and small drawing/timing sums.
// Internal to media/. Render thread only, like the presenters that call it.
#include <chrono>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "audio/AudioStream.h"
#include "content/Model.h"
#include "core/Clock.h"
#include "core/Duration.h"
#include "media/PlayFacts.h"
#include "render/Presenter.h"

namespace signage::media {

class MediaSource;

/// The source's failure reason, stored in `failure` the first time it is seen (so it
/// stays after stop() frees the source). Returns `failure`. `source` may be null.
const std::string& latchFailure(const MediaSource* source, std::string& failure);

/// A presenter's status(), without side effects: Failed once a failure is known (latched
/// in `failure` or seen on the source), Finished once `finished`, Playing otherwise. The
/// presenter's update() runs the watchdog and latches both.
render::PresenterStatus statusOf(const MediaSource* source, const std::string& failure, bool finished);
/// The failure reason: the latched one, else the source's; empty while none.
std::string failureOf(const MediaSource* source, const std::string& failure);

/// The file's own length; nullopt while not open, when it loops, or without a source.
std::optional<core::Millis> naturalDurationOf(const MediaSource* source, bool loop);

/// Why prepare() gave up on `file` (the source failed, `drained` without anything
/// decodable: `drainedReason`, or timed out after `openWait`); fails the source with it.
std::string openFailure(MediaSource& source, const std::filesystem::path& file, bool drained,
                        const std::string& drainedReason, std::chrono::milliseconds openWait);

/// Fills the facts' outcome: Failed with `why` when it is not empty, else Completed when
/// `finished`, else Interrupted.
void setOutcome(PlayFacts& facts, const std::string& why, bool finished);

/// Sound written to `stream` but not heard yet at `now`, in ms.
double soundLeftMs(const audio::AudioStream& stream, core::SteadyMs now);

/// `c` with its alpha scaled by `opacity` (clamped to 0..1).
content::Color withOpacity(content::Color c, float opacity);

} // namespace signage::media
