// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// slides/<id>.toml: a text slide (title, bullets or paragraph, image, footer, theme).
#include <filesystem>
#include <optional>

#include "content/ContentDir.h"
#include "content/Model.h"

namespace signage::content {

/// More bullets than this is a warning: they no longer fit at a readable size.
inline constexpr size_t kMaxBullets = 6;

/// Loads one slide (its id is the file stem). Reports every problem; returns nullopt when
/// the slide has an error (a slide is shown whole or not at all).
std::optional<Slide> loadSlide(const ContentDir& dir, const std::filesystem::path& file, core::Diagnostics& diags);

/// Loads a slide file on its own (`signage render slides/x.toml`): its content directory is
/// the folder above slides/, or the file's own folder when it is not in a slides/ folder.
std::optional<Slide> loadSlideFile(const std::filesystem::path& file, core::Diagnostics& diags);

} // namespace signage::content
