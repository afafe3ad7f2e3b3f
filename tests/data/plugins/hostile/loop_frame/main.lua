-- An infinite loop every frame.
function plugin.frame() while true do end end
