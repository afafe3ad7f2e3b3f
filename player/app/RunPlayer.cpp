// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/RunPlayer.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <optional>

#include "app/Commands.h"
#include "app/Config.h"
#include "app/ContentUpdates.h"
#include "app/DefaultPresenterFactory.h"
#include "app/FleetLink.h"
#include "app/FrameLog.h"
#include "app/InputScript.h"
#include "app/PlayLogObserver.h"
#include "app/ScreenshotWriter.h"
#include "app/SpeakerVoice.h"
#include "app/StaffServices.h"
#include "app/StickReport.h"
#include "audio/NullAudioOutput.h"
#include "audio/SdlAudioOutput.h"
#include "bundle/Importer.h"
#include "playback/ContentSource.h"
#include "playback/Player.h"
#include "playback/ScheduledSource.h"
#include "playback/TouchLayer.h"
#include "playlog/PlayLog.h"
#include "scamcheck/AsyncChecker.h"
#include "scripting/HostConfig.h"
#include "scripting/PluginHost.h"
#include "scripting/PluginPresenter.h"
#include "core/Lang.h"
#include "core/Log.h"
#include "core/Paths.h"
#include "core/ProcessInfo.h"
#include "platform/Display.h"
#include "platform/HeadlessEventSource.h"
#include "platform/SdlEventSource.h"
#include "platform/SystemdNotify.h"
#include "render/NullCanvas.h"
#include "render/SdlCanvas.h"

namespace signage::app {

namespace {

render::InputEvent toInput(const platform::Event& e) {
    render::InputEvent in;
    using K = platform::Event::Kind;
    in.kind = e.kind == K::TouchDown ? render::InputEvent::Kind::TouchDown
            : e.kind == K::TouchMove ? render::InputEvent::Kind::TouchMove
            : e.kind == K::TouchUp   ? render::InputEvent::Kind::TouchUp
            : e.kind == K::Key       ? render::InputEvent::Kind::Key
                                     : render::InputEvent::Kind::Text;
    in.x = e.x;
    in.y = e.y;
    in.fingerId = e.fingerId;
    in.key = e.key;
    in.text = e.text;
    return in;
}

std::unique_ptr<core::Clock> makeClock(const PlayerOptions& o) {
    if (o.clockStart || o.clockSpeed != 1.0) {
        core::WallMs start = o.clockStart ? *o.clockStart : core::RealClock().wallNow();
        return std::make_unique<core::VirtualClock>(start, o.clockSpeed);
    }
    return std::make_unique<core::RealClock>();
}

// The sound device, or a null output that consumes samples at real rate (headless, or
// no device): the audio clock keeps running either way, so video stays paced.
std::unique_ptr<audio::AudioOutput> openAudio(const PlayerOptions& o, const core::Clock& clock) {
    core::Logger log("audio");
    if (!o.headless) {
        std::string error;
        if (auto out = audio::SdlAudioOutput::open({}, clock, &error)) return out; // it logs its format
        log.warn(core::tr("không mở được âm thanh, phát không tiếng: ", "no audio device, playing silently: ") + error);
    }
    return std::make_unique<audio::NullAudioOutput>(clock);
}

using playback::LoadedContent;

// "id@version" of the content, for play-log rows.
std::string bundleLabel(const content::Catalog& catalog) {
    if (catalog.manifest.id.empty()) return {};
    return catalog.manifest.id + "@" + catalog.manifest.version;
}

// The scam checker's data: the content's checker/ folder, else the one shipped with the player.
std::filesystem::path checkerDirFor(const content::Catalog& catalog) {
    std::error_code ec;
    if (!catalog.root.empty() && std::filesystem::exists(catalog.root / "checker" / "rules.toml", ec)) return catalog.root / "checker";
    return core::shareDir() / "assets" / "checker";
}

// Which checker data answered the visitors (for the play log): set on the checker's
// worker, read by the loop.
struct CheckerDataStatus {
    std::mutex mutex;
    std::string version; // guarded
    bool fresh = false;  // guarded: not yet logged
};

void loadChecker(scamcheck::AsyncChecker& checker, const content::Catalog& catalog, const std::filesystem::path& dataDir,
                 const BoxConfig& config, std::shared_ptr<CheckerDataStatus> status, std::function<void()> wake) {
    scamcheck::Checker::Options o;
    o.cacheDir = dataDir / "cache" / "checker";
    o.localPoliceName = config.policeName;
    o.localPolicePhone = config.policePhone;
    std::filesystem::path dir = checkerDirFor(catalog);
    checker.load(dir, o, [status, wake, dir](const scamcheck::Checker* c, const std::string& error) {
        core::Logger log("checker");
        if (!c) {
            log.error(core::tr("không nạp được dữ liệu kiểm tra ", "cannot load the checker data in ") + dir.string() + ": " + error);
            return;
        }
        for (const auto& d : c->diagnostics().all()) log.warn(d.format());
        log.info(core::tr("dữ liệu kiểm tra: ", "checker data: ") + c->dataVersion() + ", " + std::to_string(c->listEntries()) +
                 core::tr(" mục trong danh sách", " list entries"));
        std::lock_guard lock(status->mutex);
        status->version = c->dataVersion();
        status->fresh = true;
        if (wake) wake();
    });
}

// The touch layer: on when the config says so, or (auto) when SDL sees a touch screen.
bool touchLayerWanted(const BoxConfig& config, bool headless) {
    if (config.touchChecker == BoxConfig::Touch::On) return true;
    if (config.touchChecker == BoxConfig::Touch::Off || headless) return false;
    return platform::SdlEventSource::touchDeviceCount() > 0;
}


// Touch to visible feedback (issue 7): from a scripted touch entering the event queue to
// the end of presenting the frame that answers it. Logged at exit.
class FeedbackTimes {
public:
    void touched(std::chrono::steady_clock::time_point at) { _since = at; }
    void presented() {
        if (_since.time_since_epoch().count() == 0) return;
        _ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - _since).count());
        _since = {};
    }
    void report(const core::Logger& log) {
        if (_ms.empty()) return;
        std::sort(_ms.begin(), _ms.end());
        auto at = [&](double q) { return _ms[std::min(_ms.size() - 1, static_cast<size_t>(q * static_cast<double>(_ms.size())))]; };
        char line[160];
        std::snprintf(line, sizeof line, "touch feedback: n=%zu median %.1f ms, p99 %.1f ms, max %.1f ms", _ms.size(), at(0.5),
                      at(0.99), _ms.back());
        log.info(line);
    }

private:
    std::vector<double> _ms;
    std::chrono::steady_clock::time_point _since{}; // zero: nothing waiting for feedback
};

// The window (or the headless canvas) and its event source.
struct Output {
    std::unique_ptr<platform::Display> display;
    std::unique_ptr<render::Canvas> canvas;
    std::unique_ptr<platform::EventSource> events;
};

bool openOutput(const PlayerOptions& options, Output& out, const core::Logger& log) {
    if (options.headless) {
        out.canvas = std::make_unique<render::NullCanvas>(render::Size{options.width, options.height});
        out.events = std::make_unique<platform::HeadlessEventSource>();
        log.info(core::tr("chế độ không màn hình (--headless), khung ", "headless mode, canvas ") +
                 std::to_string(options.width) + "x" + std::to_string(options.height));
        return true;
    }
    platform::DisplayOptions dopts;
    dopts.fullscreen = options.fullscreen;
    dopts.width = options.width;
    dopts.height = options.height;
    std::string error;
    out.display = platform::Display::open(dopts, &error);
    if (!out.display) {
        log.error(core::tr("không mở được màn hình: ", "cannot open the display: ") + error);
        return false;
    }
    log.info(out.display->description());
    out.canvas = std::make_unique<render::SdlCanvas>(out.display->renderer());
    int w = 0, h = 0;
    out.display->outputSize(w, h);
    out.events = std::make_unique<platform::SdlEventSource>(w, h);
    return true;
}

// Quiet hours (config): announcements play softer at night, ramped by the mixer.
void followQuietHours(const BoxConfig& config, const core::Clock& clock, audio::AudioOutput& out, bool& quiet,
                      const core::Logger& log) {
    if (config.quietFromMin < 0) return;
    int minute = config.minuteOfDay(clock.wallNow()); // the box's time zone (schedule::TimeZone)
    if (config.quietAt(minute) == quiet) return;
    quiet = !quiet;
    out.setQuietHoursVolume(quiet ? config.quietVolume : 1.0f);
    log.info(quiet ? core::tr("bắt đầu giờ yên tĩnh", "quiet hours begin") : core::tr("hết giờ yên tĩnh", "quiet hours end"));
}

} // namespace

bool pluginDevMode(const PlayerOptions& options) {
    return !options.content.empty() && scripting::isPluginDir(options.content);
}

int runPlayer(const PlayerOptions& options) {
    core::Logger log("player");
    auto clock = makeClock(options);
    core::RealClock realClock;
    const BoxConfig config = loadBoxConfig(options.config);
    if (!config.file.empty()) log.info(core::tr("cấu hình: ", "config: ") + config.file.string());

    // No content named: the installed bundle (DATA_DIR/content, after finishing or undoing
    // an import a power cut interrupted), else the demo; and staff may load new bundles.
    const bool managedContent = options.content.empty();
    std::filesystem::path contentPath = options.content;
    if (managedContent) {
        std::error_code ec;
        std::filesystem::create_directories(options.dataDir, ec);
        bundle::recoverStore(options.dataDir);
        contentPath = std::filesystem::exists(options.dataDir / "content", ec) ? options.dataDir / "content"
                                                                               : core::shareDir() / "playlists" / "demo";
    }
    auto content = std::make_shared<LoadedContent>(playback::loadContentFor(contentPath));
    if (options.loopSingleFile) content->playOnce = false;
    content->source = playback::makeItemSource(content->catalog, options.dataDir, *clock, content->playOnce);
    log.debug("content loaded at " + std::to_string(core::processAgeMs()) + " ms");
    for (const auto& d : content->diagnostics.all()) log.warn(d.format());

    // The proof-of-play log: its writer thread does all SQLite work.
    playlog::PlayLogOptions logOptions;
    logOptions.dataDir = options.dataDir;
    logOptions.clock = clock.get();
    logOptions.boxId = config.boxId;
    // Plays a ward office must never count (shown apart in reports): a virtual clock, or
    // content named on the command line (dev mode) or not installed as a signed bundle.
    if (options.clockStart || options.clockSpeed != 1.0) logOptions.untrusted |= playlog::kUntrustedVirtualClock;
    if (!managedContent) logOptions.untrusted |= playlog::kUntrustedDevMode;
    const bool signedBundle = managedContent && contentPath == options.dataDir / "content";
    playlog::PlayLog playLog(logOptions);
    PlayLogObserver observer(playLog, {config.site, bundleLabel(content->catalog), signedBundle});
    // The ward office (issue 14): only with a [fleet] section; it sees plays on their way to the log.
    std::unique_ptr<FleetLink> fleet = FleetLink::start(config.file, options.dataDir, *clock, playLog, observer);
    if (fleet) fleet->setBundle(bundleLabel(content->catalog));
    playback::PlayObserver& stageObserver = fleet ? static_cast<playback::PlayObserver&>(*fleet) : observer;

    std::atomic<platform::EventSource*> wakeTarget{nullptr}; // set once events exist
    auto wake = [&wakeTarget] {
        if (auto* target = wakeTarget.load()) target->wake();
    };
    // The office's screenshot request wakes the loop; unset before wakeTarget goes away.
    if (fleet) fleet->setWake(wake);
    struct ClearFleetWake {
        FleetLink* link;
        ~ClearFleetWake() {
            if (link) link->setWake({});
        }
    } clearFleetWake{fleet.get()};
    // Fonts and the first item's preparation start before the display opens: opening a
    // window and laying out a slide overlap, and the first frame comes sooner.
    std::unique_ptr<audio::AudioOutput> audioOut = openAudio(options, *clock);
    audioOut->setGlobalVolume(config.volume);
    bool quiet = false;
    // The touch scam checker: its engine works on its own thread; plugins with the
    // "checker" permission reach it, and each answer is counted in the play log.
    auto checker = std::make_shared<scamcheck::AsyncChecker>();
    auto checkerStatus = std::make_shared<CheckerDataStatus>();
    // "Đọc to": espeak-ng, started per verdict on the speaker's own thread.
    speech::Speaker::Options voiceOptions;
    if (core::lang() == core::Lang::En) voiceOptions.voice = "en"; // the verdict is in English then
    speech::Speaker speaker(*audioOut, *clock, voiceOptions);
    SpeakerVoice voice(speaker);
    auto pluginExtras = [&](scripting::HostServices& s) {
        s.checker = checker;
        s.wake = wake;
        s.onCheck = [&playLog](const scamcheck::Verdict& v) {
            playLog.touchCheck({std::string(scamcheck::kindName(v.kind)), std::string(scamcheck::levelName(v.level)),
                                v.tactics.empty() ? std::string() : v.tactics.front()});
        };
        s.contact.policeName = config.policeName;
        if (!config.policePhone.empty()) s.contact.policePhone = config.policePhone;
        s.contact.reportUrl = config.reportUrl;
        s.contact.reportLabel = config.reportLabel;
        s.voice = &voice;
    };
    const bool devMode = pluginDevMode(options);
    if (devMode)
        log.info(core::tr("chế độ phát triển plugin: nạp lại khi sửa, lỗi hiện trên màn hình",
                          "plugin development mode: reloads on edits, errors shown on screen"));
    auto factory = makeDefaultPresenterFactory(audioOut.get(), *clock, options.dataDir, devMode, pluginExtras);
    log.debug("presenter factory (fonts) ready at " + std::to_string(core::processAgeMs()) + " ms");

    playback::PlayerSetup setup;
    setup.content = content;
    setup.factory = factory.get();
    setup.clock = clock.get();
    setup.observer = &stageObserver; // the fleet link passes plays on to the log observer
    setup.wake = wake;
    setup.exitWhenDone = content->playOnce && !options.loopSingleFile;
    playback::Player player(std::move(setup)); // starts preparing the first item

    Output output;
    if (!openOutput(options, output, log)) return kExitRuntime;
    log.debug("display ready at " + std::to_string(core::processAgeMs()) + " ms");
    player.attach(*output.canvas);
    platform::EventSource& events = *output.events;
    wakeTarget = &events;

    std::unique_ptr<ContentUpdates> updates;
    if (managedContent) {
        // One visit, both ways: a stick that brought content takes the proof of play back.
        auto toStick = [dataDir = options.dataDir, clk = clock.get(),
                        keys = config.officeKeys](const bundle::ImportResult& r, const std::filesystem::path& root) {
            std::error_code ec;
            if (std::filesystem::equivalent(root, dataDir / "inbox", ec)) return; // dropped in the inbox, not a stick
            core::Logger("content").info(writeStickReport(dataDir, root, r, clk->wallNow(), keys));
        };
        updates = std::make_unique<ContentUpdates>(options.dataDir, *clock, wake, toStick);
        updates->setBox(config.boxId, config.site);
        if (fleet)
            updates->onAlertFile([f = fleet.get()](const std::string& wire, const std::filesystem::path& file) {
                f->offerAlert(wire, file);
            });
        updates->start();
    }
    if (touchLayerWanted(config, options.headless)) {
        content::Zone zone;
        zone.id = "touch";
        zone.plugin = "scamcheck";
        zone.options["idle_seconds"] = std::to_string(config.idleSeconds);
        std::string error;
        std::unique_ptr<playback::TouchLayer> touch;
        if (auto plugin = factory->makeTouchLayer(zone, content->catalog, error)) {
            touch = std::make_unique<playback::TouchLayer>(std::move(plugin), *clock, core::Millis(config.idleSeconds * 3000LL));
            if (!touch->open(*output.canvas, error)) touch.reset();
        }
        if (touch) loadChecker(*checker, content->catalog, options.dataDir, config, checkerStatus, wake);
        else log.warn(core::tr("không bật được màn hình kiểm tra cảm ứng: ", "no touch scam-check screen: ") + error);
        player.setTouchLayer(std::move(touch));
    }
    // The staff menu behind a PIN (a long press in the top-left corner): only with a PIN in
    // signage.toml. The bundle on screen is read by its worker, hence the lock.
    auto shownBundle = std::make_shared<std::pair<std::mutex, std::string>>();
    shownBundle->second = bundleLabel(content->catalog);
    if (config.staffMenu()) {
        playback::StaffMenu::Options staffOptions;
        staffOptions.idle = core::Millis(config.staffIdleSeconds * 1000LL);
        auto services = makeStaffServices(
            config, options.dataDir, *clock,
            [shownBundle] {
                std::lock_guard lock(shownBundle->first);
                return shownBundle->second;
            },
            wake);
        player.setStaffMenu(
            std::make_unique<playback::StaffMenu>(factory->textLayout(), *clock, std::move(services), staffOptions));
    }
    std::unique_ptr<ScreenshotWriter> screenshots;
    if (!options.screenshotDir.empty()) screenshots = std::make_unique<ScreenshotWriter>(options.screenshotDir);
    std::unique_ptr<InputScript> script;
    if (!options.inputScript.empty()) script = std::make_unique<InputScript>(options.inputScript, events, wake);
    FeedbackTimes feedback;

    const core::SteadyMs startedAt = clock->steadyNow();
    std::optional<core::SteadyMs> exitAt;
    if (options.exitAfter) exitAt = startedAt + options.exitAfter->count();
    const core::SteadyMs shotEvery = options.screenshotEvery ? options.screenshotEvery->count() : 5000;
    std::optional<core::SteadyMs> nextShot;
    // A script takes its own shots (`shot NAME`); without one, a shot every few seconds.
    if (screenshots && (options.inputScript.empty() || options.screenshotEvery)) nextShot = startedAt + std::min<core::SteadyMs>(1000, shotEvery);

    platform::SystemdNotify systemd;
    player.onFirstFrame = [&](const std::string& label) {
        log.info(core::tr("khung hình đầu tiên sau ", "first frame presented after ") + std::to_string(core::processAgeMs()) + " ms");
        systemd.ready(label);
    };
    // --frame-log (tests, issue 13): every presented frame, to prove gapless switching.
    std::unique_ptr<FrameLog> frameLog;
    if (!options.frameLog.empty() && !(frameLog = std::make_unique<FrameLog>(options.frameLog))->ok())
        return kExitRuntime;
    FrameLog::Turn turn; // the loop turn under way (its due time and wake-up), for the frame log
    player.onPresented = [&] {
        feedback.presented();
        if (frameLog) frameLog->presented(*output.canvas, player.currentLabel(), turn);
    };
    auto route = [&](const render::InputEvent& in) {
        if (player.handleInput(in) == playback::Player::Routed::Touch && script && in.kind == render::InputEvent::Kind::TouchDown)
            feedback.touched(script->lastTouchDownAt());
    };

    core::SteadyMs nextPing = 0; // watchdog pings are on real time: a virtual clock must not starve them
    std::optional<core::SteadyMs> sleptToward; // the deadline the last turn slept toward
    bool running = true;
    while (running) {
        core::SteadyMs now = clock->steadyNow();
        if (exitAt && now >= *exitAt) break;
        if (frameLog) {
            // Due: the deadline slept toward, or now when an event woke the loop sooner.
            // On the frame log's clock (real steady microseconds), from this turn's wake-up.
            turn.wokeUs = std::chrono::duration_cast<std::chrono::microseconds>(
                              std::chrono::steady_clock::now().time_since_epoch())
                              .count();
            const core::SteadyMs due = sleptToward ? std::min(*sleptToward, now) : now;
            turn.dueUs = turn.wokeUs - clock->toRealMs(now - due) * 1000;
        }
        std::optional<ScriptCommand> namedShot, locate;
        if (script) {
            // One at a time: the script waits for each shot before it goes on.
            if (auto cmd = script->takeCommand()) {
                if (cmd->kind == ScriptCommand::Kind::Quit) break;
                if (cmd->kind == ScriptCommand::Kind::Locate) locate = std::move(cmd); // answered once drawn
                else namedShot = std::move(cmd);
            }
        }
        if (updates) {
            if (auto fresh = updates->poll()) {
                for (const auto& d : fresh->diagnostics.all()) log.warn(d.format());
                observer.setContext({config.site, bundleLabel(fresh->catalog)});
                {
                    std::lock_guard lock(shownBundle->first);
                    shownBundle->second = bundleLabel(fresh->catalog);
                }
                if (fleet) fleet->setBundle(bundleLabel(fresh->catalog));
                fresh->source = playback::makeItemSource(fresh->catalog, options.dataDir, *clock, false);
                if (player.touch()) loadChecker(*checker, fresh->catalog, options.dataDir, config, checkerStatus, wake); // the bundle's checker/
                player.offerContent(std::move(fresh));
            }
            if (auto e = updates->takeEvent()) observer.event("content_import", *e);
        }
        {
            // An import's progress first; else the office's message alert (polled: <= 1 s late).
            std::string text = updates ? updates->banner() : std::string();
            if (text.empty() && fleet) text = fleet->banner();
            player.setBanner(text);
        }
        followQuietHours(config, *clock, *audioOut, quiet, log);
        if (player.touch()) {
            std::lock_guard lock(checkerStatus->mutex);
            if (checkerStatus->fresh) {
                checkerStatus->fresh = false;
                observer.event("checker_data", checkerStatus->version);
            }
        }
        const bool shotDue = nextShot && now >= *nextShot;
        const bool officeShot = fleet && fleet->screenshotWanted(); // the ward office asked (issue 14)
        if (shotDue || namedShot || officeShot) player.redraw();
        core::SteadyMs deadline = player.step(now);
        if (player.finished()) break;

        playback::TouchLayer* touch = player.touch();
        playback::StaffMenu* staff = player.staff() && player.staff()->isOpen() ? player.staff() : nullptr;
        if (locate)
            locate->located->set_value(staff   ? staff->locate(locate->name)
                                       : touch ? touch->locate(locate->name)
                                               : std::nullopt);
        if (namedShot) {
            std::vector<std::uint8_t> rgba;
            render::Size size;
            if (screenshots && output.canvas->readPixels(rgba, size))
                screenshots->submitNamed(std::move(rgba), size.w, size.h, namedShot->name,
                                         staff   ? staff->screenText()
                                         : touch ? touch->screenText()
                                                 : std::string());
            namedShot->taken->set_value();
        }
        if (officeShot) {
            std::vector<std::uint8_t> rgba;
            render::Size size;
            if (output.canvas->readPixels(rgba, size)) fleet->screenshot(std::move(rgba), size.w, size.h);
        }
        if (shotDue) {
            std::vector<std::uint8_t> rgba;
            render::Size size;
            if (output.canvas->readPixels(rgba, size)) screenshots->submit(std::move(rgba), size.w, size.h, player.currentLabel());
            *nextShot += shotEvery;
            if (*nextShot <= now) *nextShot = now + shotEvery;
        }

        if (exitAt) deadline = std::min(deadline, *exitAt);
        if (nextShot) deadline = std::min(deadline, *nextShot);
        if (updates)
            if (auto change = updates->nextBannerChange()) deadline = std::min(deadline, *change);
        now = clock->steadyNow();
        sleptToward = deadline;
        int timeout = static_cast<int>(std::clamp<std::int64_t>(clock->toRealMs(deadline - now), 0, 1000));
        if (systemd.watchdogPingMs() > 0) {
            core::SteadyMs realNow = realClock.steadyNow();
            if (realNow >= nextPing) {
                systemd.watchdog(); // only the loop pings: a hung loop gets restarted
                nextPing = realNow + systemd.watchdogPingMs();
            }
            timeout = std::min<int>(timeout, static_cast<int>(nextPing - realNow));
        }

        platform::Event ev;
        bool got = events.wait(ev, timeout);
        while (got) {
            switch (ev.kind) {
            case platform::Event::Kind::Quit: running = false; break;
            case platform::Event::Kind::Redraw: player.redraw(); break;
            case platform::Event::Kind::Resized:
                if (output.display) {
                    int w = 0, h = 0;
                    output.display->outputSize(w, h);
                    static_cast<platform::SdlEventSource&>(events).setOutputSize(w, h);
                }
                player.redraw();
                break;
            case platform::Event::Kind::Key:
                // Escape leaves a development window; a fullscreen kiosk ignores stray keyboards.
                if (ev.key == "escape" && !options.fullscreen && !(touch && touch->inSession()) &&
                    !(player.staff() && player.staff()->isOpen()))
                    running = false;
                else route(toInput(ev));
                break;
            case platform::Event::Kind::TouchDown:
            case platform::Event::Kind::TouchMove:
            case platform::Event::Kind::TouchUp:
            case platform::Event::Kind::Text: route(toInput(ev)); break;
            case platform::Event::Kind::Wake: break;
            }
            got = running && events.poll(ev);
        }
    }
    systemd.stopping();
    feedback.report(log);
    script.reset();
    player.stop("shutdown");
    log.info(core::tr("dừng sau ", "stopped after ") + std::to_string(player.frames()) + core::tr(" khung hình", " frames drawn"));
    screenshots.reset(); // flush pending PNGs before reporting
    return kExitOk;
}

} // namespace signage::app
