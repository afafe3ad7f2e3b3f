-- A syntax error.
function plugin.frame(
