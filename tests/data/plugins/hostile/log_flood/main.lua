-- Floods the log.
function plugin.frame()
    for i = 1, 1e6 do print("spam", i) end
end
