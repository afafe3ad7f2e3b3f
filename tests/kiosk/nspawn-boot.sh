#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# kiosk.nspawn: boots build/kiosk/root (made by kiosk.root) with systemd-nspawn and runs
# kiosk-image/tests/ci-check.sh inside: player active as signage, watchdog armed, root
# read-only, getty on tty1 masked, journal on the data partition, no failed units, a
# kill -9 and a hung (SIGSTOP) player both restarted.
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$here/common.sh"
need_root "systemd-nspawn"
need_tool systemd-nspawn
[ -x "$kiosk/root/usr/bin/signage" ] || skip "no kiosk root in $kiosk/root (kiosk.root makes it; it was skipped or failed)"
CHECK_WATCHDOG=1 CHECK_KILL=1 "$src/kiosk-image/tests/run-nspawn.sh" "$kiosk/root"
