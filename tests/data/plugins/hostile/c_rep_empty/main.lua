-- One C call that loops ~forever: repeating the empty string allocates nothing.
function plugin.frame()
    local s = string.rep("", 1 << 50)
end
