// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where a picture goes inside an area: `contain` shows all of it (bars around, in the
// letterbox colour), `cover` fills the area and crops the overflow (centred). Pure maths.
#include "content/Model.h"
#include "render/Canvas.h"

namespace signage::render {

struct FitResult {
    RectF dst; // where to draw, inside the area
    RectF src; // which part of the picture (whole picture for contain)
};

/// Places a `pic`-sized picture into `area`. An empty picture or area gives an empty dst.
FitResult fitPicture(Size pic, const RectF& area, content::Fit fit);

} // namespace signage::render
