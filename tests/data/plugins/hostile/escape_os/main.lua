-- Tries the dangerous parts of os (only time, date and clock exist).
function plugin.frame()
    os.execute("touch /tmp/signage-hostile-pwned")
end
function plugin.enter()
    os.exit(3)
end
function plugin.leave()
    os.remove("main.lua")
end
