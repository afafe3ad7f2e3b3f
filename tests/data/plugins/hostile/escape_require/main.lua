-- Tries to reach C modules and the package library.
function plugin.load()
    local ok1 = pcall(require, "io")
    local ok2 = pcall(require, "socket")
    local ok3 = pcall(require, "../../../../../../usr/share/lua/5.4/foo")
    local ok4 = pcall(function() return package.loadlib("libc.so.6", "system") end)
    assert(not (ok1 or ok2 or ok3 or ok4), "a C module or package was reachable")
    error("escape_require: every route was closed")
end
