-- An infinite loop while loading.
while true do end
