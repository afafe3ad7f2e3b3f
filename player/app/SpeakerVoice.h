// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The plugins' voice (checker.speak) is the player's Speaker: espeak-ng into its sound
// output. Render thread; nothing here waits.
#include "scripting/HostConfig.h"
#include "speech/Speaker.h"

namespace signage::app {

class SpeakerVoice final : public scripting::Voice {
public:
    explicit SpeakerVoice(speech::Speaker& speaker) : _speaker(speaker) {}
    bool speak(const std::string& text, std::string* error) override { return _speaker.speak(text, error); }
    void stop() override { _speaker.stop(); }
    bool speaking() const override { return _speaker.speaking(); }

private:
    speech::Speaker& _speaker;
};

} // namespace signage::app
