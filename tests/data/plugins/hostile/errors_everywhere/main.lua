-- Loads fine, then fails in every other callback.
function plugin.load() end
function plugin.enter()
    timer.every(0.05, function() error("timer failed") end)
    error("enter failed")
end
function plugin.frame(dt) error("frame failed") end
function plugin.input(ev) error("input failed") end
function plugin.leave() error("leave failed") end
