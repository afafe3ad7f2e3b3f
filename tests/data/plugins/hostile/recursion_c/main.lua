-- Recursion through metamethods and string.gsub (C stack).
function plugin.enter()
    local t = setmetatable({}, {__index = function(t, k) return t[k .. "x"] end})
    local _ = t.a
end
function plugin.frame()
    local function f(s) return (s:gsub(".", f)) end
    f("abc")
end
