#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# kiosk.display-schedule: the display power schedule picks the right state for "now"
# (day and overnight schedules, edges, bad input), with a fake clock and a fake hook.
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$here/common.sh"
work=$(mktemp -d /tmp/signage-display.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin"
# shellcheck disable=SC2016 # $1 belongs to the fake hook
printf '#!/bin/sh\necho "$1" >"%s/state"\n' "$work" >"$work/power"
# systemctl and systemd-run do nothing here: only the state decision is under test.
printf '#!/bin/sh\nexit 0\n' >"$work/bin/systemctl"
cp "$work/bin/systemctl" "$work/bin/systemd-run"
chmod +x "$work/power" "$work/bin/systemctl" "$work/bin/systemd-run"
failures=0
expect() { # ON OFF NOW WANTED
    printf '#!/bin/sh\necho %s\n' "$3" >"$work/bin/date"
    chmod +x "$work/bin/date"
    rm -f "$work/state"
    PATH=$work/bin:$PATH SIGNAGE_DISPLAY_ON=$1 SIGNAGE_DISPLAY_OFF=$2 SIGNAGE_DISPLAY_POWER=$work/power SIGNAGE_LANG=en \
        sh "$src/packaging/libexec/display-schedule" >/dev/null
    got=$(cat "$work/state" 2>/dev/null || echo none)
    if [ "$got" = "$4" ]; then echo "ok   on=$1 off=$2 now=$3 -> $got"
    else echo "FAIL on=$1 off=$2 now=$3 -> $got (wanted $4)"; failures=$((failures + 1)); fi
}
expect 06:00 22:00 05:59 off
expect 06:00 22:00 06:00 on
expect 06:00 22:00 12:30 on
expect 06:00 22:00 21:59 on
expect 06:00 22:00 22:00 off
expect 06:00 22:00 23:59 off
expect 08:09 08:10 08:09 on   # "08" and "09" are not octal
expect 18:00 06:00 17:59 off  # overnight
expect 18:00 06:00 18:00 on
expect 18:00 06:00 00:00 on
expect 18:00 06:00 05:59 on
expect 18:00 06:00 06:00 off
expect "" "" 03:00 on         # no schedule: always on
expect 25:00 06:00 03:00 on   # bad time: always on
expect 06:00 06:00 03:00 on   # same time twice: always on
[ $failures -eq 0 ]
