-- Tries to load bytecode: built by hand, and through string.dump.
function plugin.load()
    local bytecode = "\27Lua\84\0\25\147\13\10\26\10\4\8\8\120\86\0\0\0\0\0\0\0\0\0\0\0\40\119\64\1"
    local ok, f = pcall(load, bytecode, "x", "b")
    assert(not ok or f == nil, "mode \"b\" was accepted")
    local g, err = load(bytecode)
    assert(g == nil and err:find("binary"), err)
    local dumped = string.dump(function() return 1 end)
end
