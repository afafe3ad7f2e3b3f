// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/VideoPresenter.h"

#include <algorithm>
#include <cmath>

#include "core/Lang.h"
#include "core/Log.h"
#include "media/FitRect.h"
#include "media/MediaInput.h"
#include "media/MediaSource.h"
#include "media/PresenterCommon.h"

namespace signage::media {

using core::tr;

namespace {
const core::Logger kLog("media");
// While the next frame is late, the loop looks again this often (the decode threads do
// not wake the render thread; the watchdog bounds how long this can go on).
constexpr core::SteadyMs kStarvedPollMs = 10;
} // namespace

VideoOptions VideoOptions::fromItem(const content::Item& item, audio::AudioOutput* output) {
    VideoOptions o;
    o.file = item.file;
    o.fit = item.fit;
    o.letterbox = item.letterbox;
    o.volume = static_cast<float>(item.volume);
    o.audioOutput = output;
    return o;
}

/// Converts decoded YUV frames into a locked XRGB32 texture with swscale (unscaled SIMD
/// path), in the frame's own colour matrix and range. Render thread only.
class VideoPresenter::RgbWriter {
public:
    bool write(const AVFrame* f, std::uint8_t* pixels, int pitch) {
        const int cs = f->colorspace == AVCOL_SPC_BT709                            ? SWS_CS_ITU709
                       : f->colorspace == AVCOL_SPC_UNSPECIFIED && f->height > 576 ? SWS_CS_ITU709 // SDL's guess too
                       : f->colorspace == AVCOL_SPC_BT2020_NCL || f->colorspace == AVCOL_SPC_BT2020_CL ? SWS_CS_BT2020
                                                                                                       : SWS_CS_ITU601;
        const int full = f->color_range == AVCOL_RANGE_JPEG || f->format == AV_PIX_FMT_YUVJ420P ? 1 : 0;
        if (!_sws || _w != f->width || _h != f->height || _src != f->format || _cs != cs || _full != full) {
            _sws.reset(sws_getContext(f->width, f->height, static_cast<AVPixelFormat>(f->format), f->width, f->height,
                                      AV_PIX_FMT_BGR0, SWS_BILINEAR, nullptr, nullptr, nullptr));
            if (!_sws) return false;
            const int* coefficients = sws_getCoefficients(cs);
            sws_setColorspaceDetails(_sws.get(), coefficients, full, coefficients, 1, 0, 1 << 16, 1 << 16);
            _w = f->width;
            _h = f->height;
            _src = f->format;
            _cs = cs;
            _full = full;
        }
        std::uint8_t* dst[4] = {pixels, nullptr, nullptr, nullptr};
        const int dstPitch[4] = {pitch, 0, 0, 0};
        return sws_scale(_sws.get(), f->data, f->linesize, 0, f->height, dst, dstPitch) == f->height;
    }

private:
    SwsPtr _sws;
    int _w = 0, _h = 0, _src = -1, _cs = -1, _full = -1;
};

VideoPresenter::VideoPresenter(VideoOptions options) : _options(std::move(options)) {}

VideoPresenter::~VideoPresenter() = default;

bool VideoPresenter::prepare(std::string& error) {
    if (_prepared) {
        error = _failure;
        return _failure.empty();
    }
    _prepared = true;
    if (_options.audioOutput) {
        _stream = _options.audioOutput->createStream();
        _stream->setVolume(_options.volume);
        _clock.setAudio(_stream);
    }
    SourceOptions so;
    so.file = _options.file;
    so.use = MediaUse::Video;
    so.loop = _options.loop;
    so.hwdec = _options.hwdec;
    so.decodeThreads = _options.decodeThreads;
    so.frameQueue = _options.frameQueue;
    so.audio = _stream;
    so.watchdog = _options.watchdog;
    _source = std::make_unique<MediaSource>(std::move(so));
    if (_options.openWait.count() == 0) return true;
    if (_source->waitFrame(_options.openWait)) return true;
    error = _failure = openFailure(*_source, _options.file, _source->videoDrained(),
                                   tr("không có khung hình nào giải mã được", "no decodable video frame"), _options.openWait);
    return false;
}

bool VideoPresenter::open(render::Canvas& canvas, std::string& error) {
    if (!_prepared && !prepare(error)) return false;
    if (!_failure.empty() || !_source) {
        error = _failure;
        return false;
    }
    // The first picture goes up now, while the previous item still plays.
    pullFrames(0.0);
    if (_needUpload && _current) upload(canvas);
    if (_source->failed()) {
        error = _failure = _source->failureReason();
        return false;
    }
    return true;
}

void VideoPresenter::start(core::SteadyMs now) {
    if (_started || !_source) return;
    _started = true;
    _lastNow = now;
    _source->start();
    _clock.start(now);
    if (_stream) _stream->play(now);
}

double VideoPresenter::mediaTimeMs(core::SteadyMs now) { return _clock.at(now); }

double VideoPresenter::mediaAt(core::SteadyMs now) const {
    return now > _lastNow ? _lastMediaMs + static_cast<double>(now - _lastNow) : _lastMediaMs;
}

void VideoPresenter::advance(core::SteadyMs now) {
    _lastNow = now;
    if (!_source || !_started || _stopped) return;
    _lastMediaMs = _clock.at(now);
    if (!_next)
        if (auto f = _source->popFrame()) _next = std::make_unique<DecodedFrame>(std::move(*f));
    watchdog();
    latchFailure(_source.get(), _failure);
    if (!_finished && endReached(now, _lastMediaMs)) _finished = true;
}

void VideoPresenter::update(core::SteadyMs now) { advance(now); }

bool VideoPresenter::pullFrames(double mediaMs) {
    bool changed = false;
    for (;;) {
        if (!_next) {
            auto f = _source->popFrame();
            if (!f) break;
            _next = std::make_unique<DecodedFrame>(std::move(*f));
        }
        // The first frame shows at once even when its timestamp is a little after 0.
        if (_current && static_cast<double>(_next->ptsMs) > mediaMs) break;
        if (_current && !_currentShown) ++_droppedFrames; // superseded before it was drawn
        _current = std::move(_next);
        _currentShown = false;
        _needUpload = true;
        changed = true;
    }
    return changed;
}

void VideoPresenter::upload(render::Canvas& canvas) {
    _needUpload = false;
    AVFrame* f = _current->frame.get();
    if (!f) return;
    const AVRational sar = f->sample_aspect_ratio;
    const float aspect = sar.num > 0 && sar.den > 0 ? static_cast<float>(sar.num) / static_cast<float>(sar.den) : 1.0f;
    _displayW = static_cast<float>(f->width) * aspect;
    _displayH = static_cast<float>(f->height);
    if (!canvas.isNull()) {
        const render::FrameFormat want = canvas.videoFormatFor(_current->format);
        const int fmt = static_cast<int>(want);
        if (!_picture || _picW != f->width || _picH != f->height || _picFormat != fmt) {
            _picture = canvas.makeFramePicture(f->width, f->height, want);
            _picW = f->width;
            _picH = f->height;
            _picFormat = fmt;
        }
        const std::uint8_t* planes[3] = {f->data[0], f->data[1], f->data[2]};
        const int pitches[3] = {f->linesize[0], f->linesize[1], f->linesize[2]};
        const bool ok = _picture && (want != _current->format ? uploadRgb() : _picture->update(planes, pitches));
        if (!ok) {
            _source->fail(fileError(_options.file, tr("không tải được khung hình lên màn hình",
                                                     "the canvas refused a video frame")));
        }
    }
    // The texture holds the pixels now: give the buffer back to the decoder's pool.
    _current->frame.reset();
}

bool VideoPresenter::uploadRgb() {
    std::uint8_t* pixels = nullptr;
    int pitch = 0;
    if (!_picture->lock(pixels, pitch)) return false;
    if (!_rgb) _rgb = std::make_unique<RgbWriter>();
    const bool ok = _rgb->write(_current->frame.get(), pixels, pitch);
    _picture->unlock();
    return ok;
}

void VideoPresenter::draw(render::Canvas& canvas, const render::RectF& area, float opacity, core::SteadyMs now) {
    if (!_source) return;
    const double mt = _clock.at(now);
    const bool changed = pullFrames(_started ? mt : 0.0);
    if (_needUpload && _current) upload(canvas);
    if (_started) {
        _playedMs = std::max(_playedMs, mt);
        // Lateness of the picture: a fresh frame's own delay, or how long the current one
        // has overstayed while the next is not decoded yet.
        if (_current) {
            double late = 0;
            if (changed) late = mt - static_cast<double>(_current->ptsMs) - static_cast<double>(_current->durationMs);
            else if (!_next) late = mt - static_cast<double>(_current->ptsMs + _current->durationMs);
            if (late > 0 || changed || _next) _source->reportLateness(static_cast<int>(std::max(0.0, late)));
        }
    }
    if (!_current || (_picture == nullptr && !canvas.isNull())) {
        // Nothing decoded yet (background open): the item's letterbox colour, not garbage.
        canvas.fillRect(area, withOpacity(_options.letterbox, opacity));
        return;
    }
    const Placement p = placePicture(_displayW, _displayH, area, _options.fit);
    for (const auto& bar : p.bars) canvas.fillRect(bar, withOpacity(_options.letterbox, opacity));
    std::optional<render::RectF> src = p.src;
    if (src && _displayW > 0 && _picW > 0) {
        // Cover crops in display pixels; the texture is in coded pixels.
        const float sx = static_cast<float>(_picW) / _displayW;
        src->x *= sx;
        src->w *= sx;
    }
    if (_picture) canvas.drawPicture(*_picture, p.dst, opacity, src);
    if (_started && !_currentShown) {
        _currentShown = true;
        ++_shownFrames;
        if (!_shownAt) _shownAt = now;
    }
    advance(now); // the next frame, the end: so status() and nextChange() are current
}

void VideoPresenter::watchdog() {
    if (!_source || _stopped) return;
    const bool waitingVideo = !_next && _source->queuedFrames() == 0;
    const bool waitingAudio = _stream && _stream->playing() && _stream->bufferedFrames() == 0 && !_stream->ended();
    _source->checkWatchdog(waitingVideo, waitingAudio);
}

bool VideoPresenter::endReached(core::SteadyMs now, double mt) const {
    if (!_started || !_source || _source->failed() || _next || !_source->videoDrained()) return false;
    if (_current && static_cast<double>(_current->ptsMs + _current->durationMs) > mt) return false;
    if (_stream && !_stream->finished(now)) return false;
    return true;
}

std::optional<core::SteadyMs> VideoPresenter::nextChange(core::SteadyMs now) const {
    if (!_source || !_started || _stopped || _source->failed() || _finished) return std::nullopt;
    const double mt = mediaAt(now);
    if (_next) {
        const double wait = std::max(0.0, static_cast<double>(_next->ptsMs) - mt);
        return now + static_cast<core::SteadyMs>(std::ceil(wait));
    }
    if (!_source->videoDrained()) return now + kStarvedPollMs; // late frame (or watchdog pending)
    // Last frame up: wake when it (and the sound) should be over, to report Finished.
    double remaining = _current ? static_cast<double>(_current->ptsMs + _current->durationMs) - mt : 0.0;
    if (_stream && !_stream->finished(now)) {
        remaining = std::max(remaining, soundLeftMs(*_stream, now));
    }
    return now + std::max<core::SteadyMs>(1, static_cast<core::SteadyMs>(std::ceil(remaining)));
}

render::PresenterStatus VideoPresenter::status() const { return statusOf(_source.get(), _failure, _finished); }

std::string VideoPresenter::failureReason() const { return failureOf(_source.get(), _failure); }

std::optional<core::Millis> VideoPresenter::naturalDuration() const { return naturalDurationOf(_source.get(), _options.loop); }

void VideoPresenter::stop() {
    if (_stopped) return;
    // Facts are taken before the source goes away.
    latchFailure(_source.get(), _failure);
    if (_started) {
        if (!_finished && _source && endReached(_lastNow, _clock.at(_lastNow))) _finished = true;
        _playedMs = std::max(_playedMs, _clock.at(_lastNow));
    }
    _stopped = true;
    if (_source) {
        _decoder = _source->decoderDescription();
        _skippedFrames = _source->skippedFrames();
    }
    if (_stream) _stream->pause(_lastNow);
    _next.reset();
    _source.reset(); // stops and joins the workers (a stuck one is detached)
    _stream.reset();
}

PlayFacts VideoPresenter::facts() const {
    PlayFacts f;
    f.startedAt = _shownAt;
    f.played = core::Millis(static_cast<std::int64_t>(_playedMs));
    f.framesShown = _shownFrames;
    f.framesSkipped = _source ? _source->skippedFrames() : _skippedFrames;
    f.framesDropped = _droppedFrames + f.framesSkipped;
    f.decoder = _source ? _source->decoderDescription() : _decoder;
    setOutcome(f, failureReason(), _finished);
    return f;
}

bool VideoPresenter::waitBuffered(std::chrono::milliseconds timeout, int audioMs) const {
    if (!_source) return false;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    if (!_next && !_source->waitFrame(timeout) && !_source->videoDrained() && !_source->failed()) return false;
    if (_stream) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        const auto frames = static_cast<std::size_t>(_stream->format().sampleRate) * static_cast<std::size_t>(audioMs) / 1000;
        return _stream->waitBuffered(frames, std::max(left, std::chrono::milliseconds(0)));
    }
    return true;
}

} // namespace signage::media
