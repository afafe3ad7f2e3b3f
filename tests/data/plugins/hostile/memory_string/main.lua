-- Doubles a string until the allocator refuses.
function plugin.load()
    local s = "x"
    while true do s = s .. s end
end
