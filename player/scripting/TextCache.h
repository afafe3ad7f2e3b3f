// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Rendered text pictures of one plugin, reused across frames (a ticker draws the same
// lines sixty times a second; rendering them each time would blow the frame budget).
// Least-recently-used entries go first once the entry or pixel cap is reached.
// Render thread only.
#include <cstdint>
#include <list>
#include <memory>
#include <string>
#include <unordered_map>

#include "scripting/TextRenderer.h"

namespace signage::scripting {

class TextCache {
public:
    TextCache(std::size_t maxEntries = 256, std::size_t maxPixels = 8u << 20)
        : _maxEntries(maxEntries), _maxPixels(maxPixels) {}

    /// The cached picture for (text, style), rendering it on a miss. nullptr + *error when
    /// the renderer fails (or there is none).
    std::shared_ptr<render::Picture> get(TextRenderer* renderer, render::Canvas* canvas, const std::string& text,
                                         const TextStyle& style, std::string* error);
    void clear();
    std::size_t entries() const { return _map.size(); }
    std::size_t pixels() const { return _pixels; }
    std::size_t renders() const { return _renders; } // cache misses so far

private:
    static std::string keyOf(const std::string& text, const TextStyle& style);
    struct Entry {
        std::string key;
        std::shared_ptr<render::Picture> picture;
        std::size_t pixels = 0;
    };
    std::size_t _maxEntries, _maxPixels;
    std::size_t _pixels = 0, _renders = 0;
    std::list<Entry> _lru; // front = most recent
    std::unordered_map<std::string, std::list<Entry>::iterator> _map;
};

} // namespace signage::scripting
