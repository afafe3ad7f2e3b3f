-- Timers that fire constantly and never return.
function plugin.enter()
    for i = 1, 200 do timer.every(0, function() while true do end end) end
end
