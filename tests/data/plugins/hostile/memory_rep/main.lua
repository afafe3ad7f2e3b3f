-- One huge allocation.
function plugin.enter()
    local s = string.rep("x", 1 << 40)
end
