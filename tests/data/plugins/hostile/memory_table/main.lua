-- Grows a table until the allocator refuses, catching the error to try again.
local hoard = {}
function plugin.frame()
    while true do
        pcall(function() for i = 1, 1e9 do hoard[#hoard + 1] = {i, i, i} end end)
    end
end
