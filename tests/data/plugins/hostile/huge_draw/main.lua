-- Floods the draw list, with absurd coordinates and texts.
function plugin.frame()
    gfx.rect(1e30, -1e30, 1e30, 1e30, "#ff0000")
    gfx.text(string.rep("lừa đảo ", 500), -1e9, 1e9, {size = 1000, width = 100000})
    for i = 1, 1e7 do gfx.rect(i, i, 10, 10, "#ffffff") end
end
