// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ScreenshotWriter.h"

#include <fstream>

#include <cctype>
#include <cstdio>

#include "render/PngWriter.h"

namespace signage::app {

ScreenshotWriter::ScreenshotWriter(std::filesystem::path dir) : _dir(std::move(dir)), _thread([this] { run(); }) {
    std::error_code ec;
    std::filesystem::create_directories(_dir, ec);
}

ScreenshotWriter::~ScreenshotWriter() {
    _queue.close();
    _thread.join();
}

void ScreenshotWriter::submit(std::vector<std::uint8_t> rgba, int w, int h, const std::string& label) {
    std::string safe;
    for (char c : label) safe += (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_') ? c : '_';
    char name[32];
    std::snprintf(name, sizeof name, "shot-%04d-", ++_sequence);
    if (!_queue.tryPush(Shot{std::move(rgba), w, h, _dir / (name + safe + ".png"), std::nullopt}))
        _log.warn("screenshot dropped: writer busy");
}

void ScreenshotWriter::submitNamed(std::vector<std::uint8_t> rgba, int w, int h, const std::string& name, std::string sidecar) {
    // Asked for by a script that waits for it: block rather than drop.
    _queue.push(Shot{std::move(rgba), w, h, _dir / (name + ".png"), std::move(sidecar)});
}

void ScreenshotWriter::run() {
    while (auto shot = _queue.pop()) {
        std::string error;
        if (render::writePng(shot->file, shot->rgba, render::Size{shot->w, shot->h}, &error)) ++_written;
        else _log.error(shot->file.string() + ": " + error);
        if (shot->sidecar) {
            std::filesystem::path txt = shot->file, tmp = shot->file;
            txt.replace_extension(".txt");
            tmp.replace_extension(".txt.tmp");
            {
                std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
                out << *shot->sidecar;
            }
            std::error_code ec;
            std::filesystem::rename(tmp, txt, ec);
            if (ec) _log.error(txt.string() + ": " + ec.message());
        }
    }
}

} // namespace signage::app
