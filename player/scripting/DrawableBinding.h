// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The two picture types plugins hold: signage.Image (gfx.newImage) and signage.Text
// (gfx.newText). Both are Proxy<Drawable> userdata; gfx.draw accepts either.
#include <lua.hpp>

#include <memory>

namespace signage::scripting {

struct Drawable;

inline constexpr const char* kImageType = "signage.Image";
inline constexpr const char* kTextType = "signage.Text";

/// Pushes a new Image or Text userdata owning `d`.
void pushDrawable(lua_State* L, std::shared_ptr<Drawable> d, const char* typeName);
/// The live Drawable at `idx` (Image or Text); raises when it is neither or was released.
Drawable& checkDrawable(lua_State* L, int idx);

} // namespace signage::scripting
