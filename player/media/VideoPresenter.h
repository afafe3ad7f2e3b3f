// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A video item: prepare() opens the file and decodes its first frame on a worker thread,
// open() uploads it (so the switch to it shows no black frame), then on each draw uploads the frame due at `now` to a streaming texture
// and draws it with fit contain/cover. The item's sound, if any, plays through the audio
// output and its clock leads; silent files follow the player's clock.
// Render thread only (decoding runs on the MediaSource's own threads).
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
struct DecodedFrame;

struct VideoOptions {
    std::filesystem::path file;
    content::Fit fit = content::Fit::Contain;
    content::Color letterbox{0, 0, 0, 255};
    float volume = 1.0f;  // item volume 0..1
    bool loop = false;    // start over at the end (the item's duration ends it)
    std::string hwdec = "auto";
    int decodeThreads = -1;     // -1: autoDecodeThreads() by picture size; 0: FFmpeg picks
    std::size_t frameQueue = 3; // decoded frames kept ahead (memory: 3 MB each at 1080p)
    /// Where the sound goes; nullptr: the video plays silent and follows the player's clock.
    audio::AudioOutput* audioOutput = nullptr;
    /// How long prepare() waits for the first frame. 0: it returns at once and the frame
    /// arrives in the background (draw() shows the letterbox colour until then; status()
    /// reports a failure later).
    std::chrono::milliseconds openWait{1000};
    /// A stream that makes no progress this long while needed fails the item.
    std::chrono::milliseconds watchdog{1000};

    /// From a playlist item (file, fit, letterbox, volume). Loops when the item's duration
    /// is set and longer than one pass (the app knows; it sets `loop`).
    static VideoOptions fromItem(const content::Item& item, audio::AudioOutput* output);
};

class VideoPresenter final : public render::Presenter {
public:
    explicit VideoPresenter(VideoOptions options);
    ~VideoPresenter() override;

    /// Worker thread: opens the file and decodes the first frame (waits ≤ openWait).
    bool prepare(std::string& error) override;
    /// Render thread: uploads the first frame to a texture (calls prepare() first if the
    /// app did not), so the first draw after start() only draws.
    bool open(render::Canvas& canvas, std::string& error) override;
    void start(core::SteadyMs now) override;
    /// Takes the next decoded frame (not yet due) and notices the end or a stall.
    void update(core::SteadyMs now) override;
    /// Shows the frame due at `now` (uploads it); advances like update() too.
    void draw(render::Canvas& canvas, const render::RectF& area, float opacity, core::SteadyMs now) override;
    std::optional<core::SteadyMs> nextChange(core::SteadyMs now) const override;
    render::PresenterStatus status() const override;
    std::string failureReason() const override;
    std::optional<core::Millis> naturalDuration() const override;
    void stop() override;

    /// Play-log facts; call after stop() or once status() is Finished/Failed.
    PlayFacts facts() const;
    /// Tests and benchmarks that drive a manual clock: waits (real time) until the next
    /// frame is decoded and, with sound, `audioMs` of it is buffered (or the end/failure).
    bool waitBuffered(std::chrono::milliseconds timeout, int audioMs = 100) const;
    /// Media time presented at `now`.
    double mediaTimeMs(core::SteadyMs now);

private:
    bool pullFrames(double mediaMs);
    void upload(render::Canvas& canvas);
    bool uploadRgb(); // _current into _picture's own pixels; false on failure
    void advance(core::SteadyMs now);
    bool endReached(core::SteadyMs now, double mediaMs) const;
    double mediaAt(core::SteadyMs now) const; // from the last advance(), without moving the clock
    void watchdog();

    VideoOptions _options;
    std::unique_ptr<MediaSource> _source;
    std::shared_ptr<audio::AudioStream> _stream;
    MediaClock _clock; // advanced by update()/draw() only

    std::unique_ptr<DecodedFrame> _current; // on screen (its pixels freed once uploaded)
    std::unique_ptr<DecodedFrame> _next; // decoded, not due yet (taken by update())
    bool _needUpload = false;
    bool _currentShown = false;
    std::shared_ptr<render::FramePicture> _picture;
    int _picW = 0, _picH = 0, _picFormat = -1;
    /// YUV -> XRGB32 straight into the texture, for canvases that ask for it (software).
    class RgbWriter;
    std::unique_ptr<RgbWriter> _rgb;
    float _displayW = 0, _displayH = 0; // sample aspect applied

    bool _prepared = false;
    bool _started = false, _stopped = false;
    bool _finished = false;
    std::string _failure;
    std::string _decoder; // kept for facts() after stop()
    core::SteadyMs _lastNow = 0; // of the last update()/draw()
    double _lastMediaMs = 0;     // media time at _lastNow
    std::optional<core::SteadyMs> _shownAt;
    double _playedMs = 0;
    std::int64_t _shownFrames = 0, _droppedFrames = 0, _skippedFrames = 0;
};

} // namespace signage::media
