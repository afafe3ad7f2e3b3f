-- Yields from a callback (not in a coroutine).
function plugin.enter() coroutine.yield(1) end
