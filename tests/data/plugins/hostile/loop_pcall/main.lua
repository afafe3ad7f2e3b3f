-- Loops that try to swallow the abort with pcall, xpcall and coroutines.
function plugin.frame()
    while true do
        pcall(function() while true do end end)
        xpcall(function() while true do end end, function() while true do end end)
        coroutine.resume(coroutine.create(function() while true do end end))
        pcall(coroutine.wrap(function() while true do end end))
    end
end
