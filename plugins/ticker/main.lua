-- SPDX-License-Identifier: GPL-3.0-or-later
-- ticker: warnings scrolling right to left. The offset is computed from the clock
-- (speed * time), never accumulated from dt, so a late frame never makes it jump or
-- drift; each warning is rendered once into a Text object and only moved afterwards.

local opts = plugin.options
local speed = tonumber(opts.speed) or 120
local color = opts.color or "#ffffff"
local band = opts.band or "#b00020"
local labelText = opts.label or "CẢNH BÁO"

local messages = {}   -- strings
local pieces = {}     -- {text = Text, w = width, index = i}
local labelPiece
local cycle = 0       -- width of one full round of messages
local builtFor = 0    -- the height pieces were rendered for
local start = 0
local lastCounted = {}

local function readWarnings(file)
    local list = {}
    if file:match("%.csv$") then
        for _, row in ipairs(data.csv(file)) do
            if row.text and row.text ~= "" then list[#list + 1] = row.text end
        end
    elseif file:match("%.toml$") then
        for _, w in ipairs(data.toml(file).warnings or {}) do list[#list + 1] = w.text end
    else
        for line in (res.read(file) .. "\n"):gmatch("(.-)\r?\n") do
            line = line:match("^%s*(.-)%s*$")
            if line ~= "" and not line:match("^#") then list[#list + 1] = line end
        end
    end
    return list
end

-- Renders each message once for the current height (again only if the zone is resized).
-- A long list (a ward office's whole warnings file) would hold more pictures than a
-- plugin may: then only the widths are measured here, and each message is rendered when
-- it scrolls in and released when it has left (see drawBand).
local kEagerMax = 40
local lazy = false

local function build(h)
    for _, p in ipairs(pieces) do if p.text then p.text:release() end end
    pieces, cycle = {}, 0
    local size = math.max(12, math.floor(h * 0.5))
    local gap = size * 2
    lazy = #messages > kEagerMax
    for i, m in ipairs(messages) do
        local piece = {index = i, message = m}
        if lazy then
            piece.w = gfx.measure(m, {size = size})
        else
            piece.text = gfx.newText(m, {size = size, color = color})
            piece.w = piece.text:size()
        end
        pieces[#pieces + 1] = piece
        cycle = cycle + piece.w + gap
    end
    pieces.gap = gap
    pieces.size = size
    if labelPiece then labelPiece:release() labelPiece = nil end
    if labelText ~= "" then labelPiece = gfx.newText(labelText, {size = size, bold = true, color = "#101010"}) end
    builtFor = h
end

-- The band's height: the zone's, or a band across the middle of a fullscreen item.
local function bandHeight(h)
    if plugin.placement == "zone" then return h end
    return math.floor(h * 0.14)
end

function plugin.load()
    messages = readWarnings(opts.file or "warnings.txt")
    if #messages == 0 then messages = {"Không chuyển tiền cho người lạ. Gọi 113 khi nghi ngờ lừa đảo."} end
    -- Measuring a long list takes longer than one frame may: do it under load's budget
    -- (a short list is rendered by the first frame, as the fonts may still be loading).
    local _, h = gfx.size()
    if #messages > kEagerMax and h > 0 then build(bandHeight(h)) end
end

function plugin.enter()
    start = time.steady()
end

local function drawBand(w, h)
    if h ~= builtFor then build(h) end
    if band ~= "none" then gfx.rect(0, 0, w, h, band) end

    local left = 0
    if labelPiece then
        local lw, lh = labelPiece:size()
        left = lw + h * 0.6
        gfx.rect(0, 0, left, h, "#ffc82e")
        gfx.draw(labelPiece, h * 0.3, (h - lh) / 2)
    end
    if cycle <= 0 then return end

    -- Where the round starts: enters from the right edge, moves left at `speed`.
    local travelled = (time.steady() - start) * speed
    local x = w - (travelled % cycle)
    gfx.clip(left, 0, w - left, h)
    local round = math.floor(travelled / cycle)
    local seen = {}
    while x < w do
        for _, p in ipairs(pieces) do
            if x + p.w > left and x < w then
                if not p.text then p.text = gfx.newText(p.message, {size = pieces.size, color = color}) end
                seen[p] = true
                local _, th = p.text:size()
                gfx.draw(p.text, x, (h - th) / 2)
                -- A warning counts as shown once per round, once it could be read whole:
                -- its end is on screen (or, longer than the screen, its start left it).
                if (x + p.w <= w or x <= left) and lastCounted[p.index] ~= round then
                    lastCounted[p.index] = round
                    playlog.record("ticker:" .. p.index)
                end
            end
            x = x + p.w + pieces.gap
            if x >= w then break end
        end
        round = round + 1
    end
    gfx.clip()
    if lazy then
        for _, p in ipairs(pieces) do
            if p.text and not seen[p] then p.text:release() p.text = nil end
        end
    end
end

function plugin.frame()
    local w, h = gfx.size()
    if plugin.placement == "zone" then
        drawBand(w, h)
    else
        -- Fullscreen: a band across the middle of the screen, at a readable size.
        local bandH = bandHeight(h)
        gfx.push()
        gfx.translate(0, (h - bandH) / 2)
        drawBand(w, bandH)
        gfx.pop()
    end
end
