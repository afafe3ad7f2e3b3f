-- Holds text pictures until the pixel budget refuses.
local kept = {}
function plugin.enter()
    for i = 1, 100000 do kept[i] = gfx.newText(("%d "):format(i) .. string.rep("x", 1000), {size = 1000}) end
end
