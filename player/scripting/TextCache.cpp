// SPDX-License-Identifier: GPL-3.0-or-later
#include "scripting/TextCache.h"

#include <algorithm>
#include <cstring>

namespace signage::scripting {

std::string TextCache::keyOf(const std::string& text, const TextStyle& s) {
    // Style fields as raw bytes, then the text: cheap to build and unambiguous.
    std::string key;
    key.reserve(text.size() + 24);
    char buf[20];
    std::memcpy(buf, &s.size, 4);
    std::memcpy(buf + 4, &s.width, 4);
    buf[8] = static_cast<char>(s.color.r);
    buf[9] = static_cast<char>(s.color.g);
    buf[10] = static_cast<char>(s.color.b);
    buf[11] = static_cast<char>(s.color.a);
    buf[12] = s.bold ? 1 : 0;
    buf[13] = static_cast<char>(s.align);
    key.append(buf, 14);
    key += text;
    return key;
}

std::shared_ptr<render::Picture> TextCache::get(TextRenderer* renderer, render::Canvas* canvas, const std::string& text,
                                                const TextStyle& style, std::string* error) {
    std::string key = keyOf(text, style);
    if (auto it = _map.find(key); it != _map.end()) {
        _lru.splice(_lru.begin(), _lru, it->second);
        return it->second->picture;
    }
    if (!renderer || !canvas) {
        if (error) *error = "no text renderer";
        return nullptr;
    }
    auto pic = renderer->renderToPicture(*canvas, text, style, error);
    ++_renders;
    if (!pic) return nullptr;
    auto sz = pic->size();
    std::size_t px = static_cast<std::size_t>(std::max(sz.w, 0)) * static_cast<std::size_t>(std::max(sz.h, 0));
    _lru.push_front({key, pic, px});
    _map.emplace(std::move(key), _lru.begin());
    _pixels += px;
    while (_lru.size() > 1 && (_lru.size() > _maxEntries || _pixels > _maxPixels)) {
        _pixels -= _lru.back().pixels;
        _map.erase(_lru.back().key);
        _lru.pop_back();
    }
    return pic;
}

void TextCache::clear() {
    _lru.clear();
    _map.clear();
    _pixels = 0;
}

} // namespace signage::scripting
