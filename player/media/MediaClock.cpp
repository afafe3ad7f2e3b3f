// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/MediaClock.h"

#include <algorithm>

#include "core/Log.h"

namespace signage::media {

namespace {
// A playing stream with samples queued whose clock has not moved this long means the
// device stopped taking them (unplugged, driver hang): the video goes on by itself.
constexpr core::SteadyMs kAudioStallMs = 500;
const core::Logger kLog("media");
} // namespace

void MediaClock::start(core::SteadyMs now) {
    _started = true;
    _anchorNow = now;
    _anchorMedia = 0;
    _lastAudioMove = now;
}

double MediaClock::at(core::SteadyMs now) {
    if (!_started) return 0;
    if (_audio && !_audioDone) {
        const double pos = _audio->positionMs(now);
        if (pos != _lastAudio) {
            _lastAudio = pos;
            _lastAudioMove = now;
        }
        const bool heardAll = _audio->finished(now);
        const bool stalled = !heardAll && _audio->bufferedFrames() > 0 && now - _lastAudioMove > kAudioStallMs;
        if (stalled) kLog.warn("audio clock stopped moving with samples queued; video follows the player clock");
        if (heardAll || stalled) {
            _audioDone = true;
        }
        _anchorNow = now;
        _anchorMedia = std::max(pos, _last);
        _last = _anchorMedia;
        if (!_audioDone) return _last;
    }
    _last = std::max(_last, _anchorMedia + static_cast<double>(now - _anchorNow));
    return _last;
}

} // namespace signage::media
