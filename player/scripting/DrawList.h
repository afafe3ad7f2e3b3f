// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a plugin drew in one frame, recorded in zone coordinates and replayed into the
// zone's rectangle on every redraw (so the stage can redraw a video underneath at 30 fps
// without running Lua, and a frame that fails half-way never reaches the screen: the
// last complete list stays up). Render thread only.
#include <memory>
#include <string>
#include <optional>
#include <vector>

#include "render/Canvas.h"

namespace signage::scripting {

struct DrawCommand {
    enum class Kind { Fill, Picture, Clip };
    Kind kind = Kind::Fill;
    render::RectF rect;                       // Fill / Picture destination / Clip rectangle
    content::Color color;                     // Fill
    std::shared_ptr<render::Picture> picture; // Picture
    float opacity = 1;                        // Picture
    std::optional<render::RectF> source;      // Picture: part of the picture
    bool clipOff = false;                     // Clip: back to the whole zone
    std::string text;                         // Picture made by gfx.text: what it says (tests, screen dumps)
};

class DrawList {
public:
    void clear() { _commands.clear(); }
    bool empty() const { return _commands.empty(); }
    std::size_t size() const { return _commands.size(); }
    const std::vector<DrawCommand>& commands() const { return _commands; }
    void add(DrawCommand c) { _commands.push_back(std::move(c)); }
    void swap(DrawList& other) noexcept { _commands.swap(other._commands); }

    /// Draws every command into `area` (zone origin = area's top-left), clipped to `area`,
    /// with `opacity` multiplied in. Leaves the canvas clip off.
    void replay(render::Canvas& canvas, const render::RectF& area, float opacity) const;

private:
    std::vector<DrawCommand> _commands;
};

/// The intersection of two rectangles (zero-sized when they do not overlap).
render::RectF intersect(const render::RectF& a, const render::RectF& b);

} // namespace signage::scripting
