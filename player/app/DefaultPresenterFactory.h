// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The real PresenterFactory of the player: render/ for images and slides, media/ for
// video and audio, scripting/ for plugins. The one place that knows every item type.
#include <filesystem>
#include <functional>
#include <memory>

#include "core/Clock.h"
#include "playback/PresenterFactory.h"
#include "scripting/HostConfig.h"

namespace signage::audio {
class AudioOutput;
}

namespace signage::app {

/// What plugins get from the player beyond clock and data dir: the touch checker's
/// engine, voice and contacts, the play-log hook and the loop's wake (see HostServices).
using PluginExtras = std::function<void(scripting::HostServices&)>;

/// The real factory for the player. `audio` receives video and audio items' sound
/// (a NullAudioOutput when headless); it must outlive every presenter made.
/// `clock` and `dataDir` serve plugins (timers, key-value stores); both outlive the factory.
std::unique_ptr<playback::PresenterFactory> makeDefaultPresenterFactory(audio::AudioOutput* audio, const core::Clock& clock,
                                                              const std::filesystem::path& dataDir, bool pluginDevMode,
                                                              const PluginExtras& extras = {});

} // namespace signage::app
