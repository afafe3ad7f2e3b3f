-- Catastrophic backtracking: one find() with nested lazy matches on a string with no 'b'.
local subject = string.rep("a", 20000)
function plugin.frame()
    string.find(subject, ".-.-.-.-b")
end
