// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/TilePartition.h"

#include <algorithm>

namespace signage::render {

namespace {

std::vector<int> sortedUnique(std::vector<int> v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
}

} // namespace

std::vector<TilePiece> partitionTiles(Size size, const std::vector<SDL_Rect>& tiles) {
    std::vector<TilePiece> out;
    if (size.w <= 0 || size.h <= 0) return out;
    std::vector<int> ys{0, size.h};
    for (const SDL_Rect& t : tiles) {
        ys.push_back(std::clamp(t.y, 0, size.h));
        ys.push_back(std::clamp(t.y + t.h, 0, size.h));
    }
    ys = sortedUnique(std::move(ys));

    // Bands between consecutive horizontal edges: inside one band, a tile covers either
    // all of its rows or none, so each band splits into runs along x.
    std::vector<TilePiece> previous; // the last band's runs, extended downwards when equal
    for (size_t b = 0; b + 1 < ys.size(); ++b) {
        const int y0 = ys[b], y1 = ys[b + 1];
        std::vector<int> active;
        std::vector<int> xs{0, size.w};
        for (int i = 0; i < static_cast<int>(tiles.size()); ++i) {
            const SDL_Rect& t = tiles[i];
            if (t.w <= 0 || t.h <= 0 || t.y > y0 || t.y + t.h < y1) continue;
            active.push_back(i);
            xs.push_back(std::clamp(t.x, 0, size.w));
            xs.push_back(std::clamp(t.x + t.w, 0, size.w));
        }
        xs = sortedUnique(std::move(xs));
        std::vector<TilePiece> runs;
        for (size_t k = 0; k + 1 < xs.size(); ++k) {
            const int x0 = xs[k], x1 = xs[k + 1];
            int source = -1;
            for (int i : active)
                if (tiles[i].x <= x0 && tiles[i].x + tiles[i].w >= x1) {
                    source = i;
                    break;
                }
            if (!runs.empty() && runs.back().tile == source) runs.back().rect.w = x1 - runs.back().rect.x;
            else runs.push_back({{x0, y0, x1 - x0, y1 - y0}, source});
        }
        // The same runs as the band above (a tall empty margin, a tall image): one piece.
        bool same = runs.size() == previous.size();
        for (size_t k = 0; same && k < runs.size(); ++k)
            same = runs[k].tile == previous[k].tile && runs[k].rect.x == previous[k].rect.x &&
                   runs[k].rect.w == previous[k].rect.w;
        if (same) {
            for (size_t k = 0; k < runs.size(); ++k) out[out.size() - runs.size() + k].rect.h += y1 - y0;
            for (auto& p : previous) p.rect.h += y1 - y0;
            continue;
        }
        out.insert(out.end(), runs.begin(), runs.end());
        previous = std::move(runs);
    }
    return out;
}

} // namespace signage::render
