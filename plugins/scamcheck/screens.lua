-- SPDX-License-Identifier: GPL-3.0-or-later
-- The screens: idle button, "what did you receive", input with keyboard, and the verdict.
local S = require("strings")
local K = require("keyboard")
local ui = require("ui")
local C = ui.C

local screens = {}
local icons = {}

function screens.load()
    for _, name in ipairs({"shield", "phone", "link", "bank", "message", "warn", "caution", "info", "speaker"}) do
        icons[name] = gfx.newImage("icons/" .. name .. ".svg")
    end
end

-- Idle: one button in a corner (top right by default: slides keep their message and
-- their footer line elsewhere); the rest stays transparent, the signage shows.
local corner = plugin.options.attract_corner or "top-right"

function screens.idle(w, h)
    local bw = math.min(w * 0.42, ui.px(600))
    local bh = ui.px(140)
    local margin = ui.px(24)
    local x = corner:find("left") and margin or w - bw - margin
    local y = corner:find("bottom") and h - bh - margin or margin
    ui.buttons[#ui.buttons + 1] = {id = "attract", n = 0, x = x, y = y, w = bw, h = bh}
    local down = ui.pressed ~= nil
    gfx.rect(x + ui.px(6), y + ui.px(6), bw, bh, "#00000060")
    gfx.rect(x, y, bw, bh, down and C.white or C.yellow)
    local s = bh * 0.7
    gfx.draw(icons.shield, x + ui.px(16), y + (bh - s) / 2, s, s)
    local tx = x + ui.px(28) + s
    local tw = bw - (tx - x) - ui.px(12)
    local size = ui.px(46)
    while gfx.measure(S.attract, {size = size, bold = true}) > tw and size > 12 do size = math.floor(size * 0.9) end
    local _, th = gfx.text(S.attract, tx, y + bh * 0.14, {size = size, bold = true, color = C.dark})
    local size2 = math.floor(size * 0.78)
    while gfx.measure(S.attract2, {size = size2}) > tw and size2 > 10 do size2 = math.floor(size2 * 0.9) end
    gfx.text(S.attract2, tx, y + bh * 0.14 + th, {size = size2, color = C.dark})
end

-- The header of every session screen: "Quay lại" on the left, then the title.
local function header(w, h, title)
    local bh = ui.px(120)
    gfx.rect(0, 0, w, bh + ui.px(20), C.panel)
    local bw = ui.px(300)
    ui.button("back", "‹ " .. S.back, ui.px(20), ui.px(10), bw, bh, {fill = C.white})
    local tx = ui.px(40) + bw
    local size = ui.px(56)
    while gfx.measure(title, {size = size, bold = true}) > w - tx - ui.px(20) and size > 12 do size = math.floor(size * 0.9) end
    local _, th = gfx.measure(title, {size = size, bold = true})
    gfx.text(title, tx, ui.px(10) + (bh - th) / 2, {size = size, bold = true, color = C.white})
    return bh + ui.px(20)
end

function screens.choose(w, h)
    local top = header(w, h, S.choose_title) + ui.px(30)
    local portrait = h > w
    local cols = portrait and 1 or 2
    local rows = portrait and 4 or 2
    local hintH = ui.px(110)
    local gap = ui.px(24)
    local x0, w0 = ui.px(40), w - ui.px(80)
    local tileW = (w0 - gap * (cols - 1)) / cols
    local tileH = (h - top - hintH - gap * rows) / rows
    local order = {"phone", "link", "account", "message"}
    local iconOf = {phone = icons.phone, link = icons.link, account = icons.bank, message = icons.message}
    for i, k in ipairs(order) do
        local c, r = (i - 1) % cols, (i - 1) // cols
        local x, y = x0 + c * (tileW + gap), top + r * (tileH + gap)
        ui.button("kind", "", x, y, tileW, tileH, {arg = k, n = i})
        local s = math.min(tileH * 0.62, tileW * 0.28)
        gfx.draw(iconOf[k], x + ui.px(30), y + (tileH - s) / 2, s, s)
        local tx = x + ui.px(60) + s
        local tw = tileW - (tx - x) - ui.px(20)
        local label, hint = S.kinds[k].label, S.kinds[k].hint
        local size = ui.px(60)
        while gfx.measure(label, {size = size, bold = true}) > tw and size > 12 do size = math.floor(size * 0.9) end
        local _, lh = gfx.measure(label, {size = size, bold = true})
        local hs = math.floor(size * 0.6)
        local hh = ui.measurePara(hint, tw, hs)
        local ty = y + (tileH - lh - hh) / 2
        gfx.text(label, tx, ty, {size = size, bold = true, color = C.ink})
        ui.para(hint, tx, ty + lh, tw, hs, "#3a4a5e")
    end
    ui.para(S.choose_hint, x0, h - hintH + ui.px(20), w0, ui.px(36), C.dim)
end

-- The typed value as it shows in the field: the end of it when it is too long.
local function fieldText(value, w, size, lines)
    local shown = value
    local _, lineH = gfx.measure("Ág", {size = size})
    while ui.measurePara(shown, w, size) > lines * lineH * 1.1 and utf8.len(shown) > 1 do
        shown = "…" .. shown:sub(utf8.offset(shown, 3))
    end
    return shown
end

function screens.input(w, h, kind, value, shift, checking)
    local top = header(w, h, S.kinds[kind].title) + ui.px(20)
    local x0, w0 = ui.px(40), w - ui.px(80)
    local message = kind == "message"
    -- Numbers on one big line; a link on two (they are long); a message on three.
    local lines = message and 3 or kind == "link" and 2 or 1
    local size = ui.px(message and 44 or kind == "link" and 50 or 64)
    local fieldH = ui.px(message and 200 or kind == "link" and 160 or 130)
    gfx.rect(x0, top, w0, fieldH, C.white)
    local shown = fieldText(value, w0 - ui.px(40), size, lines)
    local tx, ty = x0 + ui.px(20), top + ui.px(14)
    if shown ~= "" then gfx.text(shown, tx, ty, {size = size, width = w0 - ui.px(40), color = C.dark}) end
    if value == "" then
        gfx.text(S.kinds[kind].hint, tx + ui.px(24), ty + size * 0.15, {size = math.floor(size * 0.7), color = "#6a7788"})
    end
    if lines == 1 then -- the caret: where the next key lands
        local cw, ch = gfx.measure(shown ~= "" and shown or "0", {size = size})
        gfx.rect(tx + (shown ~= "" and cw or 0) + ui.px(4), ty + ch * 0.1, ui.px(5), ch * 0.8, C.blue)
    end

    -- Actions under the field, always visible: Xóa, Xóa hết, Kiểm tra.
    local ay = top + fieldH + ui.px(20)
    local ah = ui.px(110)
    local gap = ui.px(20)
    local bw = (w0 - gap * 2) / 4
    ui.button("delete", S.delete, x0, ay, bw, ah, {fill = C.white})
    ui.button("delete_all", S.delete_all, x0 + bw + gap, ay, bw, ah, {fill = C.white})
    ui.button("check", checking and S.checking or S.check, x0 + (bw + gap) * 2, ay, w0 - (bw + gap) * 2, ah,
              {fill = C.yellow, size = ui.px(56)})

    -- The keyboard fills the rest.
    local ky = ay + ah + ui.px(24)
    local hintH = message and ui.px(56) or 0
    local kh = h - ky - ui.px(20) - hintH
    local kw = w0
    if K.isNumeric(kind) then kw = math.min(w0, kh * 1.4) end
    local kx = x0 + (w0 - kw) / 2
    for i, k in ipairs(K.layout(kind, kx, ky, kw, kh)) do
        ui.button("key", K.label(k.key, shift), k.x, k.y, k.w, k.h,
                  {arg = k.key, n = i, size = math.floor(math.min(k.h * 0.5, ui.px(64))), bold = false,
                   fill = (type(k.key) == "table" and k.key.action == "shift" and shift) and C.yellow or nil})
    end
    if message then ui.para(S.telex_hint, x0, h - hintH, w0, ui.px(32), C.dim) end
end

local verdictStyle = {
    likely_scam = {fill = C.red, color = C.white, icon = "warn"},
    suspicious = {fill = C.amber, color = C.dark, icon = "caution"},
    no_known_signs = {fill = C.blue, color = C.white, icon = "info"},
    reenter = {fill = C.yellow, color = C.dark, icon = "caution"},
}

function screens.result(w, h, r, speaking)
    local st = verdictStyle[r.verdict] or verdictStyle.suspicious
    local portrait = h > w
    -- The verdict band.
    local bandH = ui.px(170)
    gfx.rect(0, 0, w, bandH, st.fill)
    local s = bandH * 0.76
    gfx.draw(icons[st.icon], ui.px(30), (bandH - s) / 2, s, s)
    local tx = ui.px(60) + s
    local size = ui.px(76)
    local label = S.verdict[r.verdict] or r.verdict
    while gfx.measure(label, {size = size, bold = true}) > w - tx - ui.px(30) and size > 12 do size = math.floor(size * 0.9) end
    local _, lh = gfx.measure(label, {size = size, bold = true})
    gfx.text(label, tx, (bandH - lh) / 2, {size = size, bold = true, color = st.color})

    -- Buttons at the bottom, always visible: one row, or two on a portrait screen.
    local bh = ui.px(120)
    local x0, w0 = ui.px(40), w - ui.px(80)
    local gap = ui.px(20)
    local perRow = portrait and 2 or 4
    local rowsOfButtons = 4 // perRow
    local by = h - rowsOfButtons * (bh + gap)
    local bw = (w0 - gap * (perRow - 1)) / perRow
    local function place(i) -- the i-th button's x, y
        local c, r = (i - 1) % perRow, (i - 1) // perRow
        return x0 + c * (bw + gap), by + r * (bh + gap)
    end
    local x, yb = place(1)
    ui.button("back", "‹ " .. S.back, x, yb, bw, bh, {fill = C.white})
    x, yb = place(2)
    ui.button("speak", speaking and S.stop_reading or S.read_aloud, x, yb, bw, bh, {fill = C.white, icon = icons.speaker})
    x, yb = place(3)
    ui.button("again", S.again, x, yb, bw, bh, {fill = C.white})
    x, yb = place(4)
    ui.button("done", S.done, x, yb, bw, bh, {fill = C.yellow})

    -- The right column (landscape) or the bottom (portrait): QR code and the police.
    local contact = checker.contact()
    local qrSize = 0
    local sideW = portrait and 0 or math.floor(w * 0.3)
    local textW = w0 - sideW - (sideW > 0 and gap or 0)
    local y = bandH + ui.px(24)
    local bottom = by - ui.px(20)
    if sideW > 0 then
        local sx = w - ui.px(40) - sideW
        local sy = y
        local call = S.call .. contact.police_phone
        local ch = ui.para(call, sx, sy, sideW, ui.px(48), C.yellow, true)
        sy = sy + ch + ui.px(6)
        if contact.police_name ~= "" then sy = sy + ui.para(contact.police_name, sx, sy, sideW, ui.px(34), C.white) + ui.px(16) end
        if contact.report_url ~= "" and gfx.qr then
            qrSize = math.min(sideW, bottom - sy - ui.px(110))
            if qrSize > ui.px(160) then
                gfx.qr(contact.report_url, sx + (sideW - qrSize) / 2, sy, qrSize)
                sy = sy + qrSize + ui.px(10)
                local lbl = contact.report_label ~= "" and contact.report_label or S.report
                ui.para(lbl, sx, sy, sideW, ui.px(30), C.white)
            end
        end
    end

    -- The explanation. The first reason and the "5 không, 2 phải" line are never dropped
    -- for space (issue 16 class 8): the text shrinks first (down to 60 %), then advice
    -- lines go (at least one stays), then reasons beyond the first.
    local body = ui.px(40)
    local titles = {}
    for i, rule in ipairs(r.rules) do titles[i] = rule.title end
    local rulesLine = #titles > 0 and (S.rules .. " " .. table.concat(titles, " · ")) or nil
    local function plan(k, nAdvice, nReasons)
        local items = {}
        local function add(str, sz, color, bold, indent) items[#items + 1] = {str, math.floor(sz * k), color, bold, indent and math.floor(indent * k) or 0} end
        if r.shown and r.shown ~= "" then add(S.you_typed .. r.shown, ui.px(34), C.dim) end
        add(r.headline, ui.px(50), C.white, true)
        if nAdvice > 0 then
            add(S.todo, body, C.yellow, true)
            for i = 1, nAdvice do add("• " .. r.advice[i], body, C.white, false, ui.px(20)) end
        end
        if nReasons > 0 then
            add(S.why, ui.px(36), C.yellow, true)
            for i = 1, nReasons do add("• " .. r.reasons[i], ui.px(34), C.dim, false, ui.px(20)) end
        end
        if rulesLine then add(rulesLine, ui.px(34), C.yellow, false) end
        if portrait then
            add(S.call .. contact.police_phone, ui.px(48), C.yellow, true)
            if contact.police_name ~= "" then add(contact.police_name, ui.px(34), C.white) end
        end
        local total = 0
        for _, it in ipairs(items) do total = total + ui.measurePara(it[1], textW - it[5], it[2], it[4]) + ui.px(8) end
        return items, total
    end
    local items
    local room = bottom - y
    -- Portrait: first try to leave room for the reporting QR code below the text (smaller
    -- text is better than no QR code); the reasons and rules still come first.
    local reserves = {0}
    if portrait and contact.report_url ~= "" and gfx.qr then reserves = {ui.px(330), 0} end
    for _, reserve in ipairs(reserves) do
        local nA, nR = math.min(3, #r.advice), math.min(3, #r.reasons)
        local fits, done = false, false
        while not done do
            for _, k in ipairs({1.0, 0.9, 0.8, 0.7, 0.6}) do
                local it, total = plan(k, nA, nR)
                items = it
                if total <= room - reserve then fits, done = true, true break end
            end
            if not done then
                if reserve > 0 then done = true -- nothing is dropped to make room for the QR code
                elseif nA > 1 then nA = nA - 1
                elseif nR > 1 then nR = nR - 1
                else done = true end -- smallest plan: drawn even if it overflows into the margin
            end
        end
        if fits then break end
    end
    for _, it in ipairs(items) do
        y = y + ui.para(it[1], x0 + it[5], y, textW - it[5], it[2], it[3], it[4]) + ui.px(8)
    end
    if portrait then
        -- The QR code in the space left above the buttons.
        local room = bottom - y - ui.px(60)
        if contact.report_url ~= "" and gfx.qr and room > ui.px(260) then
            local size = math.min(room, ui.px(420))
            gfx.qr(contact.report_url, x0, y + ui.px(10), size)
            local lbl = contact.report_label ~= "" and contact.report_label or S.report
            ui.para(lbl, x0 + size + ui.px(30), y + ui.px(10) + size / 2 - ui.px(40), w0 - size - ui.px(30), ui.px(36), C.white)
        end
    end
end

function screens.note(w, h, str)
    local size = ui.px(40)
    local nw = math.min(w - ui.px(80), ui.px(1200))
    local nh = ui.measurePara(str, nw - ui.px(60), size, true) + ui.px(40)
    local x, y = (w - nw) / 2, ui.px(160)
    gfx.rect(x, y, nw, nh, C.dark)
    gfx.rect(x, y, ui.px(12), nh, C.yellow)
    ui.para(str, x + ui.px(40), y + ui.px(20), nw - ui.px(60), size, C.white, true)
end

return screens
