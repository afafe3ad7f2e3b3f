-- SPDX-License-Identifier: GPL-3.0-or-later
-- clock: Vietnamese time and date. Redraws only when the shown text changes (at each
-- minute, or each second with seconds = "true"), so it costs nothing in between.

local opts = plugin.options
local showSeconds = opts.seconds == "true"
local color = opts.color or "#ffffff"
local accent = "#ffc82e"

-- Wakes up exactly when the displayed time changes, then every minute (or second).
local function schedule()
    local step = showSeconds and 1 or 60
    local now = time.now()
    local wait = step - (now % step)
    timer.after(wait + 0.01, function()
        timer.every(step, function() end) -- each tick redraws the frame
    end)
end

function plugin.enter()
    schedule()
end

local function centered(text, y, style)
    local w, h = gfx.measure(text, style)
    local zw = gfx.size()
    gfx.text(text, (zw - w) / 2, y, style)
    return h
end

function plugin.frame()
    local w, h = gfx.size()
    local clockText = time.clock(nil, showSeconds)
    local dateText = time.date()
    if plugin.placement == "zone" then
        -- One line, "07:30 · Thứ Hai, 23/11/2026", as large as the zone allows; in a
        -- narrow corner the date goes first, then the size shrinks to the time alone.
        local size = math.max(12, math.floor(h * 0.55))
        local line = clockText .. "  ·  " .. dateText
        local lw = gfx.measure(line, {size = size, bold = true})
        if lw > w then
            local fitted = math.floor(size * w / lw)
            if fitted >= h * 0.35 then size = fitted else line = clockText end
        end
        local lw2, lh = gfx.measure(line, {size = size, bold = true})
        gfx.text(line, w - lw2, (h - lh) / 2, {size = size, bold = true, color = color})
        return
    end
    local big = math.max(24, math.floor(h * 0.28))
    local small = math.max(16, math.floor(h * 0.07))
    local top = h * 0.22
    local used = centered(clockText, top, {size = big, bold = true, color = color})
    local y = top + used + small * 0.5
    y = y + centered(dateText, y, {size = small, color = accent})
    if opts.city and opts.city ~= "" then
        centered(opts.city, y + small * 0.5, {size = math.floor(small * 0.8), color = color})
    end
end
