-- Tries to write a file through io (absent in the sandbox).
local f = io.open("/tmp/signage-hostile-pwned", "w")
f:write("pwned")
f:close()
