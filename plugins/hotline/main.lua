-- SPDX-License-Identifier: GPL-3.0-or-later
-- hotline: local police and hotlines from a CSV the ward edits.

local opts = plugin.options
local title = opts.title or "Số điện thoại cần nhớ"
local rotate = tonumber(opts.rotate) or 6
local white, accent, dim = "#ffffff", "#ffc82e", "#c8d4e6"

local lines = {}
local current = 1
local fade

function plugin.load()
    for _, row in ipairs(data.csv(opts.file or "hotlines.csv")) do
        if row.name and row.phone and row.phone ~= "" then
            lines[#lines + 1] = {name = row.name, phone = row.phone, note = row.note or ""}
        end
    end
    if #lines == 0 then lines = {{name = "Công an", phone = "113", note = ""}} end
end

function plugin.enter()
    current = 1
    fade = tween.new(0, 1, 0.6, "outCubic")
    if plugin.placement == "zone" and #lines > 1 then
        timer.every(rotate, function()
            current = current % #lines + 1
            fade:restart()
        end)
    end
end

local function drawZone(w, h)
    local item = lines[current]
    local a = fade:value()
    gfx.rect(0, 0, w, h, "#0b2e59e0")
    -- Two lines sized from the zone's height: the name, then the number, large.
    local pad = math.floor(h * 0.05)
    local size = math.max(10, math.floor(h * 0.27))
    local _, nh = gfx.text(item.name, pad * 2, pad, {size = size, color = white})
    gfx.text(item.phone, pad * 2, pad + nh, {size = math.floor(h * 0.35), bold = true, color = accent, opacity = a})
end

local function drawList(w, h)
    local left, right = w * 0.08, w * 0.92
    local titleSize = math.floor(h * 0.07)
    local _, th = gfx.text(title, left, h * 0.08, {size = titleSize, bold = true, color = accent})
    local rowSize = math.floor(h * 0.045)
    local noteSize = math.floor(rowSize * 0.6)
    local _, nameH = gfx.measure("Ág", {size = rowSize})
    local _, noteH = gfx.measure("Ág", {size = noteSize})
    local pad = math.floor(rowSize * 0.3)
    local rowH = nameH + noteH + pad * 2
    local y = h * 0.08 + th + rowSize * 0.6
    for i, item in ipairs(lines) do
        if y + rowH > h * 0.96 then break end
        gfx.rect(left, y, right - left, rowH - pad / 2, i % 2 == 0 and "#ffffff10" or "#ffffff20")
        gfx.text(item.name, left + pad * 2, y + pad, {size = rowSize, color = white})
        local pw = gfx.measure(item.phone, {size = rowSize, bold = true})
        gfx.text(item.phone, right - pad * 2 - pw, y + pad, {size = rowSize, bold = true, color = accent})
        if item.note ~= "" then
            gfx.text(item.note, left + pad * 2, y + pad + nameH, {size = noteSize, color = dim})
        end
        y = y + rowH
    end
end

function plugin.frame()
    local w, h = gfx.size()
    if plugin.placement == "zone" then drawZone(w, h) else drawList(w, h) end
end
