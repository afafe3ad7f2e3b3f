// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where a picture of a given size goes in an area: `contain` (whole picture, bars around)
// or `cover` (fills the area, edges cropped). Pure geometry, no FFmpeg.
#include <optional>
#include <vector>

#include "content/Model.h"
#include "render/Canvas.h"

namespace signage::media {

struct Placement {
    render::RectF dst;                  // where to draw
    std::optional<render::RectF> src;   // part of the picture (cover), whole when nullopt
    std::vector<render::RectF> bars;    // uncovered parts of the area (contain), to fill
};

/// `pictureW` × `pictureH` are display pixels (sample aspect applied).
Placement placePicture(float pictureW, float pictureH, const render::RectF& area, content::Fit fit);

} // namespace signage::media
