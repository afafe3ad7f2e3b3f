-- SPDX-License-Identifier: GPL-3.0-or-later
-- Drawing helpers and the buttons of the current frame (what a touch can hit). Sizes
-- scale with the screen's short side, so 720p, 1080p, 4K and portrait all work; a
-- button is never shorter than the 12 mm a finger needs (about 90 px at 1080p on a
-- 40-inch screen, more on small ones).
local ui = {}

ui.C = {
    bg = "#0b2e59",      -- the signage's deep blue
    panel = "#123f73",
    white = "#ffffff",
    ink = "#0b2e59",     -- dark text on light keys
    yellow = "#ffc82e",
    key = "#f4f7fb",
    keyPressed = "#ffc82e",
    dim = "#c8d4e6",
    red = "#b3261e",
    amber = "#f2b705",
    blue = "#1d5fbf",
    dark = "#101820",
}

ui.buttons = {}
ui.pressed = nil
ui.u = 1

function ui.begin(w, h)
    ui.buttons = {}
    ui.u = math.min(w, h) / 1080
end

function ui.px(n) return math.floor(n * ui.u + 0.5) end

function ui.hit(x, y)
    for i = #ui.buttons, 1, -1 do
        local b = ui.buttons[i]
        if x >= b.x and y >= b.y and x < b.x + b.w and y < b.y + b.h then return b end
    end
    return nil
end

local function isPressed(id, n)
    local p = ui.pressed
    return p ~= nil and p.id == id and p.n == n
end

-- A text centred in a box, shrunk until it fits.
function ui.centred(str, x, y, w, h, style)
    local size = style.size
    local tw, th = gfx.measure(str, {size = size, bold = style.bold})
    while (tw > w * 0.92 or th > h * 0.9) and size > 12 do
        size = math.floor(size * 0.9)
        tw, th = gfx.measure(str, {size = size, bold = style.bold})
    end
    gfx.text(str, x + (w - tw) / 2, y + (h - th) / 2, {size = size, bold = style.bold, color = style.color})
end

-- A button: registers it for touches and draws it (pressed: yellow at once).
-- opts: fill, color, size, bold, arg, n (to tell apart buttons with the same id), icon.
function ui.button(id, label, x, y, w, h, opts)
    opts = opts or {}
    local n = opts.n or 0
    ui.buttons[#ui.buttons + 1] = {id = id, n = n, arg = opts.arg, x = x, y = y, w = w, h = h}
    local down = isPressed(id, n)
    local fill = down and ui.C.keyPressed or (opts.fill or ui.C.key)
    local color = down and ui.C.ink or (opts.color or ui.C.ink)
    local r = math.max(2, ui.px(4))
    gfx.rect(x, y + h - r, w, r, "#00000040") -- a shadow edge: it looks like something to press
    gfx.rect(x, y, w, h - r, fill)
    local tx, tw = x, w
    if opts.icon then
        local s = math.min(h * 0.62, w * 0.3)
        gfx.draw(opts.icon, x + ui.px(18), y + (h - r - s) / 2, s, s)
        tx, tw = x + ui.px(18) + s, w - ui.px(18) - s
    end
    ui.centred(label, tx, y, tw, h - r, {size = opts.size or ui.px(44), bold = opts.bold ~= false, color = color})
end

-- Wrapped text; returns the height used.
function ui.para(str, x, y, w, size, color, bold)
    local _, th = gfx.text(str, x, y, {size = size, width = w, color = color or ui.C.white, bold = bold})
    return th
end

function ui.measurePara(str, w, size, bold)
    local _, th = gfx.measure(str, {size = size, width = w, bold = bold})
    return th
end

return ui
