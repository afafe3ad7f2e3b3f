// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/PresenterCommon.h"

#include <algorithm>
#include <cmath>

#include "core/Lang.h"
#include "media/MediaInput.h"
#include "media/MediaSource.h"

namespace signage::media {

using core::tr;

const char* outcomeName(PlayOutcome o) {
    switch (o) {
    case PlayOutcome::Completed: return "completed";
    case PlayOutcome::Interrupted: return "interrupted";
    case PlayOutcome::Failed: return "failed";
    }
    return "failed";
}

const std::string& latchFailure(const MediaSource* source, std::string& failure) {
    if (failure.empty() && source && source->failed()) failure = source->failureReason();
    return failure;
}

render::PresenterStatus statusOf(const MediaSource* source, const std::string& failure, bool finished) {
    if (!failure.empty() || (source && source->failed())) return render::PresenterStatus::Failed;
    return finished ? render::PresenterStatus::Finished : render::PresenterStatus::Playing;
}

std::string failureOf(const MediaSource* source, const std::string& failure) {
    if (!failure.empty() || !source || !source->failed()) return failure;
    return source->failureReason();
}

std::optional<core::Millis> naturalDurationOf(const MediaSource* source, bool loop) {
    if (!source || loop || !source->opened()) return std::nullopt;
    return source->info().duration;
}

std::string openFailure(MediaSource& source, const std::filesystem::path& file, bool drained,
                        const std::string& drainedReason, std::chrono::milliseconds openWait) {
    if (source.failed()) return source.failureReason();
    std::string error = drained ? fileError(file, drainedReason)
                                : fileError(file, tr("quá thời gian mở tệp (", "timed out opening the file (") +
                                                      std::to_string(openWait.count()) + " ms)");
    source.fail(error);
    return error;
}

void setOutcome(PlayFacts& facts, const std::string& why, bool finished) {
    if (!why.empty()) {
        facts.outcome = PlayOutcome::Failed;
        facts.reason = why;
    } else {
        facts.outcome = finished ? PlayOutcome::Completed : PlayOutcome::Interrupted;
    }
}

double soundLeftMs(const audio::AudioStream& stream, core::SteadyMs now) {
    return static_cast<double>(stream.writtenFrames() - stream.positionFrames(now)) * 1000.0 / stream.format().sampleRate;
}

content::Color withOpacity(content::Color c, float opacity) {
    c.a = static_cast<std::uint8_t>(std::lround(c.a * std::clamp(opacity, 0.0f, 1.0f)));
    return c;
}

} // namespace signage::media
