-- Tries a finalizer that would loop while the state closes.
function plugin.load()
    setmetatable({}, {__gc = function() while true do end end})
end
