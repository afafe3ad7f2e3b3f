-- Time inside C: big string.rep calls in a loop (each one is a single Lua instruction).
function plugin.frame()
    while true do local s = string.rep("x", 4 << 20) end
end
