-- Linear C work on a large string, over and over (utf8.len, upper, format, gsub, concat).
local big = string.rep("ă", 1 << 20)
local parts = {}
for i = 1, 1000 do parts[i] = "xxxxxxxxxx" end
function plugin.frame()
    while true do
        utf8.len(big)
        string.upper(big)
        string.format("%s", big)
        big:gsub("x", "y")
        table.concat(parts)
    end
end
