// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/AudioPresenter.h"

#include <algorithm>
#include <cmath>

#include "core/Lang.h"
#include "core/Log.h"
#include "media/MediaInput.h"
#include "media/MediaSource.h"
#include "media/PresenterCommon.h"

namespace signage::media {

using core::tr;

namespace {
const core::Logger kLog("media");
}

AudioOptions AudioOptions::fromItem(const content::Item& item, audio::AudioOutput* output) {
    AudioOptions o;
    o.file = item.file;
    o.volume = static_cast<float>(item.volume);
    o.fill = item.letterbox;
    o.audioOutput = output;
    return o;
}

AudioPresenter::AudioPresenter(AudioOptions options, std::unique_ptr<render::Presenter> background)
    : _options(std::move(options)), _background(std::move(background)) {}

AudioPresenter::~AudioPresenter() = default;

bool AudioPresenter::prepare(std::string& error) {
    if (_prepared) {
        error = _failure;
        return _failure.empty();
    }
    _prepared = true;
    if (!_options.audioOutput) {
        error = fileError(_options.file, tr("không có đầu ra âm thanh", "no audio output"));
        _failure = error;
        return false;
    }
    _stream = _options.audioOutput->createStream();
    _stream->setVolume(_options.volume);
    _clock.setAudio(_stream);
    SourceOptions so;
    so.file = _options.file;
    so.use = MediaUse::Audio;
    so.loop = _options.loop;
    so.audio = _stream;
    so.watchdog = _options.watchdog;
    _source = std::make_unique<MediaSource>(std::move(so));
    // The announcement matters more than its background: a broken background is logged
    // and replaced by the fill colour.
    if (_background) {
        std::string bgError;
        _backgroundOk = _background->prepare(bgError);
        if (!_backgroundOk) kLog.warn(fileError(_options.file, tr("nền không mở được: ", "background failed: ") + bgError));
    }
    if (_options.openWait.count() == 0) return true;
    const auto deadline = std::chrono::steady_clock::now() + _options.openWait;
    if (_source->waitOpened(_options.openWait)) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        _stream->waitBuffered(static_cast<std::size_t>(_stream->format().sampleRate / 10), // 100 ms of sound
                              std::max(left, std::chrono::milliseconds(0)));
        if (!_source->failed() && _stream->writtenFrames() > 0) return true;
    }
    error = _failure = openFailure(*_source, _options.file, _source->audioDecoded(),
                                   tr("không có âm thanh nào giải mã được", "no decodable sound"), _options.openWait);
    return false;
}

bool AudioPresenter::open(render::Canvas& canvas, std::string& error) {
    if (!_prepared && !prepare(error)) return false;
    if (!_failure.empty() || !_source) {
        error = _failure;
        return false;
    }
    if (_background && _backgroundOk) {
        std::string bgError;
        _backgroundOk = _background->open(canvas, bgError);
        if (!_backgroundOk) kLog.warn(fileError(_options.file, tr("nền không mở được: ", "background failed: ") + bgError));
    }
    return true;
}

void AudioPresenter::start(core::SteadyMs now) {
    if (_started || !_source) return;
    _started = true;
    _lastNow = now;
    _source->start();
    _clock.start(now);
    _stream->play(now);
    _startedAt = now; // the device starts taking samples within one of its buffers
    if (_background && _backgroundOk) _background->start(now);
}

void AudioPresenter::advance(core::SteadyMs now) {
    _lastNow = now;
    if (!_started || _stopped || !_source) return;
    _playedMs = std::max(_playedMs, _clock.at(now));
    watchdog();
    latchFailure(_source.get(), _failure);
    if (!_finished && !_source->failed() && _stream->finished(now)) _finished = true;
}

void AudioPresenter::update(core::SteadyMs now) {
    advance(now);
    if (_background && _backgroundOk) _background->update(now);
}

void AudioPresenter::draw(render::Canvas& canvas, const render::RectF& area, float opacity, core::SteadyMs now) {
    advance(now);
    if (_background && _backgroundOk) {
        _background->draw(canvas, area, opacity, now);
    } else {
        canvas.fillRect(area, withOpacity(_options.fill, opacity));
    }
}

void AudioPresenter::watchdog() {
    if (!_source || _stopped) return;
    const bool waiting = _stream->playing() && _stream->bufferedFrames() == 0 && !_stream->ended();
    _source->checkWatchdog(false, waiting);
}

std::optional<core::SteadyMs> AudioPresenter::nextChange(core::SteadyMs now) const {
    std::optional<core::SteadyMs> bg = _background && _backgroundOk ? _background->nextChange(now) : std::nullopt;
    if (!_source || !_started || _stopped || _source->failed() || _finished) return bg;
    // When the sound should end (or the next status look), whichever is first.
    const double left = soundLeftMs(*_stream, now);
    core::SteadyMs wake = now + std::clamp<core::SteadyMs>(static_cast<core::SteadyMs>(std::ceil(left)), 1,
                                                         _options.statusInterval);
    if (!_source->audioDecoded()) wake = now + _options.statusInterval;
    return bg ? std::min(*bg, wake) : wake;
}

render::PresenterStatus AudioPresenter::status() const { return statusOf(_source.get(), _failure, _finished); }

std::string AudioPresenter::failureReason() const { return failureOf(_source.get(), _failure); }

std::optional<core::Millis> AudioPresenter::naturalDuration() const { return naturalDurationOf(_source.get(), _options.loop); }

bool AudioPresenter::handleInput(const render::InputEvent& e) {
    return _background && _backgroundOk && _background->handleInput(e);
}

void AudioPresenter::stop() {
    if (_stopped) return;
    latchFailure(_source.get(), _failure);
    if (_started) {
        advance(_lastNow);
        _playedMs = std::max(_playedMs, _clock.at(_lastNow));
    }
    _stopped = true;
    if (_source) _decoder = _source->decoderDescription();
    if (_stream) _stream->pause(_lastNow);
    if (_background) _background->stop();
    _source.reset();
    _stream.reset();
}

PlayFacts AudioPresenter::facts() const {
    PlayFacts f;
    f.startedAt = _startedAt;
    f.played = core::Millis(static_cast<std::int64_t>(_playedMs));
    f.decoder = _source ? _source->decoderDescription() : _decoder;
    setOutcome(f, failureReason(), _finished);
    return f;
}

bool AudioPresenter::waitBuffered(std::chrono::milliseconds timeout, int audioMs) const {
    if (!_stream) return false;
    const auto frames = static_cast<std::size_t>(_stream->format().sampleRate) * static_cast<std::size_t>(audioMs) / 1000;
    return _stream->waitBuffered(frames, timeout);
}

} // namespace signage::media
