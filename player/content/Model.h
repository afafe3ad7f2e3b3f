// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The content model: what a content directory (or an unpacked bundle) holds, after
// loading and validation. Immutable once built; the player swaps whole Catalogs at an
// item boundary. All text is UTF-8 NFC. All paths are absolute.
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/Diagnostic.h"
#include "core/Duration.h"
#include "core/RuleIds.h"

namespace signage::content {

using core::Millis;
using core::SourcePos;

struct Color {
    std::uint8_t r = 0, g = 0, b = 0, a = 255;
    bool operator==(const Color&) const = default;
};

enum class ItemType { Image, Video, Audio, Slide, Plugin };
enum class Fit { Contain, Cover };

struct Transition {
    enum class Kind { Cut, Fade };
    Kind kind = Kind::Cut;
    Millis duration{0}; // 0 for cut
};

/// One entry of a playlist.
struct Item {
    std::string id;                 // unique within the playlist ("item-3" when not given)
    ItemType type = ItemType::Image;
    std::filesystem::path file;     // image / video / audio media file
    std::string slide;              // slide id (slides/<id>.toml) for slide items, background slide for audio
    std::filesystem::path background; // audio: background image (when no background slide)
    std::string plugin;             // plugin name for plugin items (plugins/<name>/)
    std::map<std::string, std::string> options; // plugin options, passed through as text
    std::optional<Millis> duration; // required for image/slide/plugin; video/audio default to the media length
    Transition transition;          // how this item enters
    Fit fit = Fit::Contain;
    Color letterbox{0, 0, 0, 255};  // bars around a `contain` image/video
    double volume = 1.0;            // 0..1, video/audio
    SourcePos pos;                  // where the item was declared
    SourcePos filePos, backgroundPos; // where `file` / `background_image` were written (validate's media check)
};

/// A layout zone over the main area (plugins as overlays: a bottom ticker, a corner clock).
/// Rectangles are fractions of the screen (0..1), so layouts are resolution independent.
struct Zone {
    std::string id;
    float x = 0, y = 0, w = 1, h = 1;
    std::string plugin;
    std::map<std::string, std::string> options;
    SourcePos pos;
};

/// An item left out at load (its errors are in the diagnostics). The player logs it as
/// skipped, so the audit shows what the content asked for and never played.
struct SkippedItem {
    std::string item;   // its id, or "item-N" (position in the file) without one
    std::string reason; // the first error, "file:line:col: message"
};

struct Playlist {
    std::string id;   // file stem of playlists/<id>.toml
    std::string name; // human name
    std::vector<Item> items;
    std::vector<SkippedItem> skipped; // left out at load
    std::vector<Zone> zones;
    std::filesystem::path file;
    SourcePos pos; // the file (line 1)
};

struct Theme {
    Color background{0x0b, 0x2e, 0x59, 255}; // deep blue
    Color title{255, 255, 255, 255};
    Color text{255, 255, 255, 255};
    Color accent{0xff, 0xc8, 0x2e, 255};      // footer band / highlights
    Color footerText{0x10, 0x10, 0x10, 255};
};

/// A text slide (slides/<id>.toml).
struct Slide {
    std::string id;
    std::string title;
    std::vector<std::string> bullets; // up to about six
    std::string paragraph;            // instead of (or after) bullets
    std::filesystem::path image;      // optional picture or icon beside/above the text
    SourcePos imagePos;               // where `image` was written
    std::string footer;               // e.g. "Gọi 113"
    std::string rule;                 // one of the seven "5 không, 2 phải" ids, or empty
    Theme theme;
    std::filesystem::path file;
    SourcePos pos;
};

/// One [[files]] entry of manifest.toml (written by `signage bundle create`).
struct ManifestFile {
    std::string relative;        // as written, relative to the content dir ("media/poster.png")
    std::filesystem::path path;  // absolute
    std::string sha256;          // 64 lower-case hex digits (checked by bundle verify, not by the loader)
    std::uint64_t size = 0;
    SourcePos pos;
};

struct Manifest {
    std::string id;
    std::string name;
    std::string version;
    std::string created;  // ISO-8601
    std::string signer;
    std::vector<std::string> targetSites;
    std::vector<std::string> targetBoxes;
    std::string defaultPlaylist; // played when no schedule applies; first playlist otherwise
    std::string minPlayerVersion; // "" when not given
    std::vector<ManifestFile> files;
    std::filesystem::path file;
    SourcePos pos;
};

/// Everything loaded from one content directory. Missing or broken parts are left out
/// (and reported as Diagnostics by the loader), so the player plays what is valid.
struct Catalog {
    std::filesystem::path root;        // absolute
    std::filesystem::path displayRoot; // as the user named it; diagnostics spell paths from here
    Manifest manifest;
    std::map<std::string, Playlist> playlists;
    std::map<std::string, Slide> slides;

    const Slide* findSlide(const std::string& id) const {
        auto it = slides.find(id);
        return it == slides.end() ? nullptr : &it->second;
    }
    const Playlist* findPlaylist(const std::string& id) const {
        auto it = playlists.find(id);
        return it == playlists.end() ? nullptr : &it->second;
    }
    /// The playlist to play without a schedule: manifest's default, else the first by id.
    const Playlist* defaultPlaylist() const;
};

/// The seven "5 không, 2 phải" rule ids: core's one list.
using core::kRuleIds;

} // namespace signage::content
