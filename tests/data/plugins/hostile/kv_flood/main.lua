-- Tries to fill the disk through the key-value store, and path-like keys.
function plugin.enter()
    local i = 0
    while true do
        i = i + 1
        kv.set("../../../../tmp/signage-hostile-pwned" .. i, string.rep("x", 60000))
    end
end
