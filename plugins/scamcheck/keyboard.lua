-- SPDX-License-Identifier: GPL-3.0-or-later
-- On-screen keyboards: a numeric pad for phone numbers and accounts, one for links, and
-- a Vietnamese text keyboard that composes with Telex (text.telex). Keys are laid out in
-- a rectangle; each key is a button of the screen (hit-tested by main.lua).
local S = require("strings")

local K = {}

local function chars(s)
    local out = {}
    for c in s:gmatch(".") do out[#out + 1] = c end
    return out
end

local function row(list, extra)
    local r = chars(list)
    for _, k in ipairs(extra or {}) do r[#r + 1] = k end
    return r
end

-- Key entries: a plain string types itself; a table may say what it inserts, how wide it
-- is (in key units) and what it does.
K.layouts = {
    phone = {
        {"1", "2", "3"}, {"4", "5", "6"}, {"7", "8", "9"},
        {"+", "0", {label = S.space, insert = " "}},
    },
    account = {
        {"1", "2", "3"}, {"4", "5", "6"}, {"7", "8", "9"},
        {{label = S.space, insert = " "}, "0", "-"},
    },
    link = {
        row("1234567890"),
        row("qwertyuiop", {"/"}),
        row("asdfghjkl", {":", "-"}),
        row("zxcvbnm", {".", "_", "@"}),
        {"?", "=", "&", {label = ".vn", width = 1.5}, {label = ".com", width = 1.5}, {label = ".com.vn", width = 2},
         {label = "https://", width = 2}},
    },
    message = {
        row("1234567890"),
        row("qwertyuiop"),
        row("asdfghjkl"),
        {{label = S.shift, action = "shift", width = 1.6}, "z", "x", "c", "v", "b", "n", "m", ",", "."},
        {"?", "!", {label = S.space, insert = " ", width = 6}, "%", "/"},
    },
}

-- The numeric pads are narrow: they leave room beside them.
function K.isNumeric(kind) return kind == "phone" or kind == "account" end

-- Key rectangles inside (x, y, w, h): {x, y, w, h, key = entry}.
function K.layout(kind, x, y, w, h)
    local rows = K.layouts[kind]
    local keys = {}
    local gap = math.max(4, math.floor(math.min(w, h) * 0.012))
    local rowH = (h - gap * (#rows - 1)) / #rows
    local units = 0
    for _, r in ipairs(rows) do
        local u = 0
        for _, k in ipairs(r) do u = u + (type(k) == "table" and k.width or 1) end
        units = math.max(units, u)
    end
    local unitW = (w - gap * (units - 1)) / units
    for i, r in ipairs(rows) do
        local rowUnits = 0
        for _, k in ipairs(r) do rowUnits = rowUnits + (type(k) == "table" and k.width or 1) end
        local rowW = rowUnits * unitW + gap * (rowUnits - 1)
        local kx = x + (w - rowW) / 2
        local ky = y + (i - 1) * (rowH + gap)
        for _, k in ipairs(r) do
            local kw = (type(k) == "table" and k.width or 1)
            local width = kw * unitW + gap * (kw - 1)
            keys[#keys + 1] = {x = kx, y = ky, w = width, h = rowH, key = k}
            kx = kx + width + gap
        end
    end
    return keys
end

function K.label(key, shift)
    if type(key) == "table" then return key.label end
    if shift then return key:upper() end
    return key
end

-- The last UTF-8 character off `s`.
local function dropLast(s)
    local n = utf8.len(s)
    if not n or n == 0 then return "" end
    return s:sub(1, utf8.offset(s, n) - 1)
end
K.dropLast = dropLast

-- What typing `key` does to `value` on keyboard `kind`; returns the new value and
-- whether shift stays on.
function K.type(kind, value, key, shift, maxBytes)
    if type(key) == "table" and key.action == "shift" then return value, not shift end
    local insert = type(key) == "table" and (key.insert or key.label) or key
    if kind == "message" and type(key) ~= "table" and insert:match("^%a$") then
        -- Telex: the letter composes with the word being typed.
        if shift then insert = insert:upper() end
        local head, word = value:match("^(.-)(%S*)$")
        local out = head .. text.telex(word, insert)
        if #out <= maxBytes then return out, false end
        return value, false
    end
    if shift and kind == "message" then insert = insert:upper() end
    if #value + #insert > maxBytes then return value, shift end
    return value .. insert, false
end

return K
