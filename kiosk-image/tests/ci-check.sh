#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# ci-check.sh: runs INSIDE the booted kiosk (systemd-nspawn or qemu), started by
# `systemd.run=`; its exit status becomes the container's (or is printed on the serial
# console by the qemu test). Prints one PASS/FAIL line per check and a summary to
# stdout and to $SIGNAGE_CHECK_LOG (default /var/lib/signage/ci-check.log).
#   CHECK_WATCHDOG=1  also hang the player (SIGSTOP) and wait for the watchdog restart
#   CHECK_KILL=1      also kill -9 the player and time the restart to its first frame
#   CHECK_QEMU=1      a real boot: KMSDRM, data partition on a disk and grown, timings
#   CHECK_USB=installed|refused  a USB stick is plugged in; what its import must give
#   CHECK_CONSOLE=1   report on /dev/console too; ask the host for a screendump
#   CHECK_BOX_ID, CHECK_KEY  what the boot partition's box.txt and keys/ hold
set -u
# Options from the runner (the kernel command line cannot carry them to this unit).
# shellcheck disable=SC1091
[ -f /var/lib/signage/ci-check.env ] && . /var/lib/signage/ci-check.env
log=${SIGNAGE_CHECK_LOG:-/var/lib/signage/ci-check.log}
: >"$log"
passed=0
failed=0
# CHECK_CONSOLE=1 (qemu): also on the console, where the host reads the serial port.
say() {
    echo "$*" | tee -a "$log"
    if [ "${CHECK_CONSOLE:-0}" = 1 ]; then echo "ci-check: $*" >/dev/console; fi
}
check() { # check NAME COMMAND...: PASS when the command succeeds
    name=$1
    shift
    if "$@" >/dev/null 2>&1; then
        passed=$((passed + 1)); say "PASS $name"
    else
        failed=$((failed + 1)); say "FAIL $name"
    fi
}
prop() { systemctl show -p "$2" --value "$1"; }
now_ms() { awk '{printf "%d\n", $1 * 1000}' /proc/uptime; }
player_pid() { prop signage-player.service MainPID; }
# Waits up to $2 s for the journal to hold the player's first-frame line after cursor $1.
wait_first_frame() {
    i=0
    while [ $i -lt $(($2 * 10)) ]; do
        if journalctl -u signage-player.service --after-cursor="$1" -o cat 2>/dev/null | grep -Eq 'first frame presented|khung hình đầu tiên'; then return 0; fi
        sleep 0.1; i=$((i + 1))
    done
    return 1
}
cursor() { journalctl -n 0 --show-cursor -q 2>/dev/null | sed -n 's/^-- cursor: //p'; }

# `systemd.run=` makes this script's unit the boot's target; the runner also asks for
# multi-user.target (systemd.wants=), and this waits for that part of the boot to finish.
# (is-system-running --wait would wait for this very script.)
systemctl start multi-user.target
say "multi-user.target reached after $(now_ms) ms of uptime"

# The player: started, ready (Type=notify: READY=1 after its first frame), right user.
check player-active systemctl is-active --quiet signage-player.service
pid=$(player_pid)
check player-user-signage test "$(stat -c %U "/proc/$pid")" = signage
check player-not-root test "$(stat -c %u "/proc/$pid")" != 0
check player-first-frame-logged sh -c "journalctl -u signage-player.service -o cat | grep -Eq 'first frame presented|khung hình đầu tiên'"
check watchdog-armed test "$(prop signage-player.service WatchdogUSec)" != 0
check watchdog-pinged test "$(prop signage-player.service WatchdogTimestampMonotonic)" != 0
check restart-always test "$(prop signage-player.service Restart)" = always
check timeout-stop-10s test "$(prop signage-player.service TimeoutStopUSec)" = 10s
check cache-dir-writable test "$(stat -c %U /var/cache/signage)" = signage
check selftest-passed systemctl is-active --quiet signage-selftest.service

# The read-only system.
check root-read-only sh -c "findmnt -n -o OPTIONS / | tr , '\n' | grep -qx ro"
check root-rejects-writes sh -c "! touch /ci-check-write-test"
check var-is-tmpfs test "$(findmnt -n -o FSTYPE /var)" = tmpfs
check getty-tty1-masked test "$(systemctl is-enabled getty@tty1.service)" = masked
check data-dir-owned-by-player test "$(stat -c %U /var/lib/signage)" = signage
check journal-on-data-partition sh -c "findmnt -n /var/log/journal && test -s /var/lib/signage/journal/$(cat /etc/machine-id)/system.journal"
check timesync-state-on-data-partition findmnt -n /var/lib/systemd/timesync
check journald-size-limit sh -c "systemd-analyze cat-config systemd/journald.conf | grep -qx 'SystemMaxUse=64M'"

# Box settings and keys from the boot partition, display schedule.
check box-id-from-boot-partition grep -qx "SIGNAGE_BOX_ID=${CHECK_BOX_ID:-ci-box-01}" /run/signage/box.env
check box-id-in-player-config grep -qx "id = \"${CHECK_BOX_ID:-ci-box-01}\"" /run/signage/signage.toml
check trusted-key-from-boot-partition test -s "/run/signage/keys/${CHECK_KEY:-ci-test.pub}"
check display-power-state grep -Eqx 'on|off' /run/signage/display-power
check display-timers-armed sh -c "systemctl is-active --quiet signage-display@on.timer && systemctl is-active --quiet signage-display@off.timer"

if [ "${CHECK_QEMU:-0}" = 1 ]; then
    check video-driver-kmsdrm sh -c "journalctl -u signage-player.service -o cat | grep -q 'video driver KMSDRM'"
    check data-partition-on-disk sh -c "findmnt -n -o SOURCE /var/lib/signage | grep -q '^/dev/'"
    # The image's data partition is 256 MB; the test disk is bigger: repart + growfs.
    check data-partition-grown test "$(findmnt -b -n -o SIZE /var/lib/signage)" -gt 1000000000
    check repart-ran systemctl is-active --quiet systemd-repart.service
    journalctl -b -u signage-player.service -n 8 -o cat --no-pager | while IFS= read -r line; do say "  player: $line"; done
    frame=$(journalctl -u signage-player.service -o short-monotonic | grep -E 'first frame presented|khung hình đầu tiên' | head -n 1 | sed 's/^\[ *\([0-9.]*\)\].*/\1/')
    say "first frame at ${frame:-?} s after the kernel started"
fi

if [ -n "${CHECK_USB:-}" ]; then
    # The stick was in from power-on: udev started signage-usb-import@sdX.service, which
    # mounted it read-only; the running player imports from the mount.
    i=0
    while [ $i -lt 300 ] && ! grep -q ' /media/usb-' /proc/mounts; do sleep 0.1; i=$((i + 1)); done
    check usb-import-ran sh -c "journalctl -o cat -u 'signage-usb-import@*' | grep -Eq 'mounted read-only|đã gắn chỉ đọc'"
    check usb-stick-mounted-read-only sh -c "grep ' /media/usb-' /proc/mounts | awk '{print \$4}' | tr , '\\n' | grep -qx ro"
    case "$CHECK_USB" in
        installed)
            i=0
            while [ $i -lt 1200 ] && [ ! -e /var/lib/signage/content ]; do sleep 0.1; i=$((i + 1)); done
            check usb-bundle-installed test -e /var/lib/signage/content
            ;;
        refused)
            sleep 20
            check usb-bundle-refused test ! -e /var/lib/signage/content
            ;;
    esac
    journalctl -o cat -u 'signage-usb-import@*' | sed 's/^/  usb: /' | while IFS= read -r line; do say "$line"; done
    journalctl -o cat -u signage-player.service | grep -iE 'bundle|gói|import|nạp' | tail -n 5 | while IFS= read -r line; do say "  player: $line"; done
fi

if [ "${CHECK_CONSOLE:-0}" = 1 ]; then
    echo "ci-check: SCREENDUMP-NOW" >/dev/console
    sleep 20 # the host takes pictures through the QEMU monitor meanwhile
fi

failed_units=$(systemctl --failed --no-legend --plain | awk '{print $1}' | tr '\n' ' ')
check no-failed-units test -z "$failed_units"
if [ -n "$failed_units" ]; then
    say "failed units: $failed_units"
    for unit in $failed_units; do
        journalctl -b -u "$unit" -n 12 -o cat --no-pager | while IFS= read -r line; do say "  $unit: $line"; done
    done
fi

if [ "${CHECK_KILL:-0}" = 1 ]; then
    before=$(player_pid)
    c=$(cursor)
    t0=$(now_ms)
    kill -9 "$before"
    if wait_first_frame "$c" 30; then
        say "restart after kill -9 to first frame: $(($(now_ms) - t0)) ms"
        check kill9-restarted test "$(player_pid)" != "$before"
    else
        check kill9-restarted false
    fi
fi

if [ "${CHECK_WATCHDOG:-0}" = 1 ]; then
    # A short watchdog for the test: a drop-in in /run (the root is read-only).
    mkdir -p /run/systemd/system/signage-player.service.d
    printf '[Service]\nWatchdogSec=3s\nTimeoutAbortSec=2s\n' >/run/systemd/system/signage-player.service.d/50-ci.conf
    systemctl daemon-reload
    systemctl restart signage-player.service
    restarts=$(prop signage-player.service NRestarts)
    hung=$(player_pid)
    c=$(cursor)
    t0=$(now_ms)
    kill -STOP "$hung"
    i=0
    while [ "$(prop signage-player.service NRestarts)" = "$restarts" ] && [ $i -lt 300 ]; do sleep 0.1; i=$((i + 1)); done
    if journalctl -u signage-player.service --after-cursor="$c" -o cat | grep -q 'Watchdog timeout'; then
        check watchdog-timeout-logged true
    else
        check watchdog-timeout-logged false
    fi
    if wait_first_frame "$c" 30 && [ "$(player_pid)" != "$hung" ]; then
        say "hung player (SIGSTOP) back on screen after $(($(now_ms) - t0)) ms"
        check watchdog-restarted-hung-player true
    else
        check watchdog-restarted-hung-player false
    fi
    rm -f /run/systemd/system/signage-player.service.d/50-ci.conf
    systemctl daemon-reload
fi

say "$passed passed, $failed failed"
sync
[ "$failed" -eq 0 ]
