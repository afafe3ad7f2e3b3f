-- SPDX-License-Identifier: GPL-3.0-or-later
-- scamcheck: the touch screen where a visitor checks a call, a link, an account or a
-- message (issue 7). Runs as the player's touch layer: idle it draws one button over
-- the signage; a tap takes the screen (plugin.takeover), a keyboard collects the input,
-- the player's checker answers on its own thread, and the verdict is shown in large
-- plain Vietnamese with what to do now. Nothing typed is stored: the session's state
-- lives in this Lua state, which the player throws away (zeroed) after each session.
local S = require("strings")
local K = require("keyboard")
local ui = require("ui")

local idleSeconds = math.max(10, tonumber(plugin.options.idle_seconds or "") or 60)
local maxBytes = {phone = 40, account = 40, link = 400, message = 1500}

local state = "idle" -- idle | choose | input | checking | result
local kind = "phone"
local value, shift = "", false
local result, note = nil, nil
local warning = false
local idleTimer, warnTimer

local function cancelTimers()
    if idleTimer then idleTimer:cancel() idleTimer = nil end
    if warnTimer then warnTimer:cancel() warnTimer = nil end
end

local function endSession()
    cancelTimers()
    if checker.speaking() then checker.stop_speaking() end
    state, value, result, note, shift, warning = "idle", "", nil, nil, false, false
    ui.pressed = nil
    plugin.takeover(false) -- the player restarts this plugin in a fresh state
end

-- Every touch in a session starts the idle countdown again.
local function touched()
    cancelTimers()
    warning = false
    warnTimer = timer.after(math.max(1, idleSeconds - 10), function() warning = true end)
    idleTimer = timer.after(idleSeconds, endSession)
end

local function startSession()
    state = "choose"
    plugin.takeover(true)
    touched()
end

-- What "Đọc to" reads: the verdict, the headline and the advice.
local function readout(r)
    local parts = {S.verdict[r.verdict] or "", r.headline or ""}
    for i = 1, math.min(3, #r.advice) do parts[#parts + 1] = r.advice[i] end
    return table.concat(parts, ". ")
end

local function runCheck()
    if value:match("^%s*$") then
        note = S.empty
        return
    end
    if not checker.ready() then
        note = S.not_ready
        return
    end
    local ok = checker.check(value, kind, function(r)
        result = r
        state = "result"
        note = nil
    end)
    if ok then
        state, note = "checking", nil
    else
        note = S.not_ready
    end
end

local actions = {
    attract = startSession,
    back = function()
        if state == "choose" then endSession()
        elseif state == "input" then state, value, note = "choose", "", nil
        elseif state == "result" then
            if checker.speaking() then checker.stop_speaking() end
            state, result, note = "input", nil, nil
        end
    end,
    kind = function(b) kind, value, shift, note, state = b.arg, "", false, nil, "input" end,
    key = function(b)
        value, shift = K.type(kind, value, b.arg, shift, maxBytes[kind])
        note = nil
    end,
    delete = function() value = K.dropLast(value) end,
    delete_all = function() value = "" end,
    check = runCheck,
    speak = function()
        if checker.speaking() then
            checker.stop_speaking()
        elseif result then
            local ok = checker.speak(readout(result))
            note = (not ok) and S.no_voice or nil
            -- Look again now and then, so the button says "Đọc to" once reading ends.
            local watch
            watch = timer.every(0.5, function()
                if not checker.speaking() then watch:cancel() end
            end)
        end
    end,
    again = function()
        if checker.speaking() then checker.stop_speaking() end
        state, value, result, note = "choose", "", nil, nil
    end,
    done = endSession,
}

function plugin.input(ev)
    if ev.kind == "down" then
        local b = ui.hit(ev.x, ev.y)
        if state == "idle" then
            if not b then return false end -- the signage's touch, not ours
            ui.pressed = b
            return true
        end
        touched()
        ui.pressed = b
        return true
    elseif ev.kind == "up" then
        local b = ui.pressed
        ui.pressed = nil
        if b then
            local under = ui.hit(ev.x, ev.y)
            if under and under.id == b.id and under.n == b.n then actions[b.id](b) end
            return true
        end
        return state ~= "idle"
    elseif ev.kind == "move" then
        return state ~= "idle" or ui.pressed ~= nil
    elseif state == "input" and ev.kind == "text" then
        -- A physical keyboard (staff testing): typed text as is.
        touched()
        if #value + #ev.text <= maxBytes[kind] then value = value .. ev.text end
        return true
    elseif state == "input" and ev.kind == "key" then
        touched()
        if ev.key == "backspace" then value = K.dropLast(value)
        elseif ev.key == "return" then runCheck() end
        return true
    end
    return state ~= "idle"
end

local screens = require("screens")
function plugin.load() screens.load() end

function plugin.frame()
    local w, h = gfx.size()
    ui.begin(w, h)
    if state == "idle" then
        screens.idle(w, h)
        return
    end
    gfx.clear(ui.C.bg)
    if state == "choose" then screens.choose(w, h)
    elseif state == "input" or state == "checking" then screens.input(w, h, kind, value, shift, state == "checking")
    elseif state == "result" then screens.result(w, h, result, checker.speaking()) end
    if note then screens.note(w, h, note) end
    if warning then screens.note(w, h, string.format(S.idle_warning, 10)) end
end
