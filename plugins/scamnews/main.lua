-- SPDX-License-Identifier: GPL-3.0-or-later
-- scamnews: the latest local scam cases, one at a time, with a short fade.
-- news.toml:  [[stories]] id, date, place, title, summary, advice

local opts = plugin.options
local interval = tonumber(opts.interval) or 12
local stories = {}
local current = 1
local fade

local function readStories(file)
    local doc = file:match("%.json$") and data.json(file) or data.toml(file)
    local list = {}
    for i, s in ipairs(doc.stories or {}) do
        if s.title and s.title ~= "" then
            s.id = s.id or tostring(i)
            list[#list + 1] = s
        end
    end
    return list
end

function plugin.load()
    local file = opts.file
    if not file then file = res.exists("news.toml") and "news.toml" or "news.json" end
    stories = readStories(file)
end

local function show(i)
    current = i
    fade:restart()
    local s = stories[current]
    if s then playlog.record("scamnews:" .. s.id, interval) end
end

function plugin.enter()
    fade = tween.new(0, 1, 0.8, "outCubic")
    if #stories == 0 then return end
    show(1)
    timer.every(interval, function() show(current % #stories + 1) end)
end

local function drawItem(s, w, h, a)
    local pad = w * 0.07
    local y = h * 0.08
    gfx.rect(0, 0, w, h * 0.012, "#ffc82e")
    local _, lh = gfx.text("TIN LỪA ĐẢO TẠI ĐỊA PHƯƠNG", pad, y, {size = math.floor(h * 0.035), bold = true, color = "#ffc82e"})
    y = y + lh * 1.6
    local meta = (s.date or "") .. ((s.place and s.place ~= "") and ("  ·  " .. s.place) or "")
    local _, mh = gfx.text(meta, pad, y, {size = math.floor(h * 0.03), color = "#c8d4e6"})
    y = y + mh * 1.4
    local _, th = gfx.text(s.title, pad, y, {size = math.floor(h * 0.06), bold = true, color = "#ffffff",
                                            width = w - 2 * pad, opacity = a})
    y = y + th + h * 0.03
    if s.summary then
        local _, sh = gfx.text(s.summary, pad, y, {size = math.floor(h * 0.038), color = "#ffffff", width = w - 2 * pad})
        y = y + sh + h * 0.04
    end
    if s.advice then
        local size = math.floor(h * 0.04)
        local aw, ah = gfx.measure(s.advice, {size = size, bold = true, width = w - 2 * pad - size})
        gfx.rect(pad - size * 0.5, y - size * 0.4, aw + size * 1.5, ah + size * 0.8, "#ffc82e")
        gfx.text(s.advice, pad, y, {size = size, bold = true, color = "#101010", width = w - 2 * pad - size})
    end
end

local function drawZone(s, w, h, a)
    gfx.rect(0, 0, w, h, "#0b2e59e6")
    local size = math.max(12, math.floor(h * 0.4))
    local line = "Tin lừa đảo: " .. s.title
    local _, th = gfx.measure(line, {size = size})
    gfx.text(line, h * 0.3, (h - th) / 2, {size = size, color = "#ffffff", opacity = a})
end

function plugin.frame()
    local w, h = gfx.size()
    local s = stories[current]
    if not s then
        gfx.text("Chưa có tin mới.", w * 0.07, h * 0.4, {size = math.floor(h * 0.05)})
        return
    end
    if plugin.placement == "zone" then drawZone(s, w, h, fade:value()) else drawItem(s, w, h, fade:value()) end
end
