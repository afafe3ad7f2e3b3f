// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An audio item (the ward's daily announcements): plays the sound through the audio
// output and shows a background presenter (a slide or an image, built by the app) while
// it plays. Finishes when the last sample has been heard. Render thread only.
#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "audio/AudioOutput.h"
#include "content/Model.h"
#include "media/MediaClock.h"
#include "media/PlayFacts.h"
#include "render/Presenter.h"

namespace signage::media {

class MediaSource;

struct AudioOptions {
    std::filesystem::path file;
    float volume = 1.0f;
    bool loop = false;
    content::Color fill{0, 0, 0, 255}; // shown when there is no background, or it failed
    /// Required: where the sound goes (NullAudioOutput when headless).
    audio::AudioOutput* audioOutput = nullptr;
    std::chrono::milliseconds openWait{1000}; // for the first sound to be decoded
    std::chrono::milliseconds watchdog{1000};
    /// While playing, nextChange() is at most this far ahead, so a failure or the end is
    /// noticed promptly even over a still background (one cheap redraw per interval).
    core::SteadyMs statusInterval = 500;

    static AudioOptions fromItem(const content::Item& item, audio::AudioOutput* output);
};

class AudioPresenter final : public render::Presenter {
public:
    /// `background` may be null (the fill colour is shown).
    AudioPresenter(AudioOptions options, std::unique_ptr<render::Presenter> background);
    ~AudioPresenter() override;

    /// Worker thread: opens the file, buffers the first sound, prepares the background.
    bool prepare(std::string& error) override;
    /// Render thread: opens the background (calls prepare() first if the app did not).
    bool open(render::Canvas& canvas, std::string& error) override;
    void start(core::SteadyMs now) override;
    /// Notices the end of the sound or a stall; updates the background.
    void update(core::SteadyMs now) override;
    void draw(render::Canvas& canvas, const render::RectF& area, float opacity, core::SteadyMs now) override;
    std::optional<core::SteadyMs> nextChange(core::SteadyMs now) const override;
    render::PresenterStatus status() const override;
    std::string failureReason() const override;
    std::optional<core::Millis> naturalDuration() const override;
    bool handleInput(const render::InputEvent& e) override;
    void stop() override;

    PlayFacts facts() const;
    /// Tests: waits (real time) until `audioMs` of sound is buffered, or the end/failure.
    bool waitBuffered(std::chrono::milliseconds timeout, int audioMs = 100) const;
    double mediaTimeMs(core::SteadyMs now) { return _clock.at(now); }

private:
    void advance(core::SteadyMs now);
    void watchdog();

    AudioOptions _options;
    std::unique_ptr<render::Presenter> _background;
    bool _backgroundOk = false;
    bool _prepared = false;
    std::unique_ptr<MediaSource> _source;
    std::shared_ptr<audio::AudioStream> _stream;
    MediaClock _clock; // advanced by update()/draw() only
    bool _started = false, _stopped = false;
    bool _finished = false;
    std::string _failure;
    core::SteadyMs _lastNow = 0; // of the last update()/draw()
    std::optional<core::SteadyMs> _startedAt;
    double _playedMs = 0;
    std::string _decoder;
};

} // namespace signage::media
