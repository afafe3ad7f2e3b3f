-- Exponential backtracking: n optional items followed by n required ones.
function plugin.frame()
    string.find(string.rep("a", 40), string.rep("a?", 40) .. string.rep("a", 40))
end
