// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// plugins/<name>/plugin.toml: who the plugin is, which API it was written for and which
// parts of the API it may use. Example (docs/plugin-api.md has the full reference):
//   name = "ticker"
//   version = "1.0.0"
//   api_version = 1
//   permissions = ["data"]          # touch | kv | playlog | data | checker
//   default_zone = [0.0, 0.9, 1.0, 0.1]
//   fps = 60                        # redraw rate while animating (0: only on timers/input)
//   background = "#0b2e59"          # behind the plugin when it plays fullscreen
#include <array>
#include <filesystem>
#include <optional>
#include <string>

#include "content/Model.h"
#include "core/Diagnostic.h"

namespace signage::scripting {

/// The API version this player implements. A plugin declaring another one is refused.
inline constexpr int kApiVersion = 1;

struct Permissions {
    bool touch = false;   // plugin.input receives touch and key events
    bool kv = false;      // the kv module (key-value store)
    bool playlog = false; // the playlog module (count plays of what the plugin shows)
    bool data = false;    // the data module (CSV, JSON, TOML files)
    bool checker = false; // the checker module (scam check, read aloud) and plugin.takeover
};

struct PluginManifest {
    std::string name;
    std::string version;
    int apiVersion = 0;
    std::string description;
    std::string author;
    Permissions permissions;
    std::optional<std::array<float, 4>> defaultZone; // x, y, w, h as fractions of the screen
    int fps = 0;
    std::optional<content::Color> background;
    std::filesystem::path dir;  // the plugin folder (absolute)
    std::filesystem::path file; // its plugin.toml
};

/// Reads `dir`/plugin.toml. Errors and warnings go to `diags` as file:line:col; returns
/// false when there is an error (unknown keys with "did you mean", wrong api_version,
/// bad permissions, missing main.lua, …).
bool loadPluginManifest(const std::filesystem::path& dir, PluginManifest& out, core::Diagnostics& diags);

} // namespace signage::scripting
