#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# kiosk.box-settings: the kiosk's boot-time setup reads signage/box.txt as a ward office
# writes it (Notepad: BOM, CRLF, Vietnamese text), refuses bad or unknown lines, copies
# the trusted keys, and makes a signage.toml the player loads without a complaint.
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$here/common.sh"
work=$(mktemp -d /tmp/signage-box.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/boot/signage/keys"
cp "$src/kiosk-image/tests/fixtures/ci-test.pub" "$work/boot/signage/keys/"
printf 'not a key\n' >"$work/boot/signage/keys/bad name.pub"
# shellcheck disable=SC2016 # $(reboot) is the hostile line under test, not to expand
printf '\357\273\277# cài đặt\r\nSIGNAGE_BOX_ID=ben-xe-01\r\nSIGNAGE_SITE=phuong 1\r\nSIGNAGE_POLICE_NAME=Công an phường Bến Thành\r\nSIGNAGE_POLICE_PHONE=028 3829 7009\r\nSIGNAGE_QUIET_HOURS=21:30-06:00\r\nSIGNAGE_VOLUME=0.8\r\nSIGNAGE_DISPLAY_ON=06:00\r\nEVIL=$(reboot)\r\nSIGNAGE_POLICE_PHONE=1"3\r\n' \
    >"$work/boot/signage/box.txt"
out=$(SIGNAGE_RUN_DIR="$work/run" SIGNAGE_BOOT_DIR="$work/boot" SIGNAGE_LANG=en sh "$src/kiosk-image/rootfs/usr/lib/signage-kiosk/setup")
echo "$out"
failures=0
expect() { # DESCRIPTION COMMAND...
    d=$1
    shift
    if "$@"; then echo "ok   $d"; else echo "FAIL $d"; failures=$((failures + 1)); fi
}
expect "box id kept" grep -qx 'SIGNAGE_BOX_ID=ben-xe-01' "$work/run/box.env"
# shellcheck disable=SC2016 # $1 and $2 belong to the inner shell
expect "site with a space refused" sh -c '! grep -q SIGNAGE_SITE "$1" && echo "$2" | grep -q "bad value for SIGNAGE_SITE"' _ "$work/run/box.env" "$out"
expect "unknown key refused" sh -c "! grep -q EVIL '$work/run/box.env'"
expect "quote in a value refused, earlier value kept" grep -qx 'SIGNAGE_POLICE_PHONE=028 3829 7009' "$work/run/box.env"
expect "Vietnamese text kept as UTF-8" grep -qx 'police_name = "Công an phường Bến Thành"' "$work/run/signage.toml"
expect "keys dir handed to the services" grep -qx "SIGNAGE_TRUSTED_KEYS=$work/run/keys" "$work/run/box.env"
expect "good key copied" test -s "$work/run/keys/ci-test.pub"
expect "key with an odd name skipped" test ! -e "$work/run/keys/bad name.pub"
expect "toml has the box id" grep -qx 'id = "ben-xe-01"' "$work/run/signage.toml"
if [ -x "$build/signage" ]; then
    # The player must load the made-up config without one complaint.
    log=$("$build/signage" play --headless --exit-after 100ms --data-dir "$work/data" --config "$work/run/signage.toml" --lang en 2>&1)
    expect "player loads the generated signage.toml cleanly" sh -c "! echo \"\$1\" | grep -q 'signage.toml:'" _ "$log"
    log=$("$build/signage" play --headless --exit-after 100ms --data-dir "$work/data" --config "$src/packaging/signage.toml" --lang en 2>&1)
    expect "player loads the packaged signage.toml cleanly" sh -c "! echo \"\$1\" | grep -q 'signage.toml:'" _ "$log"
fi
[ $failures -eq 0 ]
