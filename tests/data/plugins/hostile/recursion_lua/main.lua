-- Unbounded Lua recursion.
local function down(n) return down(n + 1) + 1 end
function plugin.enter() down(1) end
