-- Tries to read and load files outside its folder.
function plugin.frame()
    local attempts = {
        function() return res.read("../../../../../../etc/passwd") end,
        function() return res.read("/etc/passwd") end,
        function() return res.read("link_out/passwd") end,
        function() return data.csv("../escape_io/main.lua") end,
        function() return gfx.newImage("/etc/hostname") end,
        function() return res.list("..") end,
    }
    for i, f in ipairs(attempts) do
        local ok = pcall(f)
        assert(not ok, "attempt " .. i .. " escaped")
    end
    error("escape_paths: every route was closed")
end
