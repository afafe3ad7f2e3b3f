-- table.move over an empty range of a trillion slots: one C call, no allocation.
function plugin.frame()
    table.move({}, 1, 1 << 40, 2)
end
