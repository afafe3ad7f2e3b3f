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
    local size = math.max(12, math.floor(h * 0.32))
    local _, nh = gfx.measure(item.name, {size = size})
    local phoneSize = math.floor(size * 1.3)
    local pad = h * 0.12
    gfx.text(item.name, pad, pad, {size = size, color = white})
    gfx.text(item.phone, pad, pad + nh, {size = phoneSize, bold = true, color = accent, opacity = a})
end

local function drawList(w, h)
    local titleSize = math.floor(h * 0.07)
    local _, th = gfx.text(title, w * 0.08, h * 0.08, {size = titleSize, bold = true, color = accent})
    local rowSize = math.floor(h * 0.05)
    local y = h * 0.08 + th + rowSize
    local rowH = rowSize * 2.1
    for i, item in ipairs(lines) do
        if y + rowH > h * 0.95 then break end
        gfx.rect(w * 0.08, y - rowSize * 0.3, w * 0.84, rowH - rowSize * 0.2, i % 2 == 0 and "#ffffff10" or "#ffffff20")
        gfx.text(item.name, w * 0.1, y, {size = rowSize, color = white})
        local pw = gfx.measure(item.phone, {size = rowSize, bold = true})
        gfx.text(item.phone, w * 0.9 - pw, y, {size = rowSize, bold = true, color = accent})
        if item.note ~= "" then
            gfx.text(item.note, w * 0.1, y + rowSize * 1.05, {size = math.floor(rowSize * 0.6), color = dim})
        end
        y = y + rowH
    end
end

function plugin.frame()
    local w, h = gfx.size()
    if plugin.placement == "zone" then drawZone(w, h) else drawList(w, h) end
end
