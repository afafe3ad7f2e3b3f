#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# run-nspawn.sh ROOT: boots the kiosk root with systemd-nspawn (read-only root, tmpfs
# /var, a host folder as the data partition, another as the boot partition's signage/
# folder), runs ci-check.sh inside through `systemd.run=` and exits with its status.
#   CHECK_WATCHDOG=1 / CHECK_KILL=1 are passed on to ci-check.sh.
#   KEEP=1 keeps the data folder (journal, ci-check.log) for a look afterwards.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(readlink -f "$1")
work=$(mktemp -d /tmp/signage-nspawn.XXXXXX)
data=$work/data
boot=$work/boot
mkdir -p "$data/config" "$boot/signage/keys"

# The boot partition as a ward office would fill it in (Notepad: CRLF and a BOM).
printf '\357\273\277# box settings\r\nSIGNAGE_BOX_ID=ci-box-01\r\nSIGNAGE_SITE=ci-site\r\nSIGNAGE_DISPLAY_ON=06:00\r\nSIGNAGE_DISPLAY_OFF=22:00\r\nNOT_A_SETTING=1\r\n' >"$boot/signage/box.txt"
cp "$here/fixtures/ci-test.pub" "$boot/signage/keys/"
# No screen, no sound card in a container: the technician's override file.
printf 'SDL_VIDEODRIVER=offscreen\nSDL_AUDIODRIVER=dummy\n' >"$data/config/player.env"
cp "$here/ci-check.sh" "$data/ci-check.sh"
printf 'CHECK_WATCHDOG=%s\nCHECK_KILL=%s\n' "${CHECK_WATCHDOG:-0}" "${CHECK_KILL:-0}" >"$data/ci-check.env"
uid=$(awk -F: '$1 == "signage" {print $3}' "$root/etc/passwd")
gid=$(awk -F: '$1 == "signage" {print $4}' "$root/etc/passwd")
chown -R "$uid:$gid" "$data"
chown 0:0 "$data/ci-check.sh" "$data/ci-check.env"

start=$(date +%s%N)
# --register=no --keep-unit: the host has no system bus (PID 1 is not systemd);
# --private-network: nothing leaves the machine; --volatile=state: read-only root, tmpfs /var.
timeout 300 systemd-nspawn --quiet --register=no --keep-unit --private-network --console=pipe \
    --volatile=state -D "$root" --bind="$data:/var/lib/signage" --bind-ro="$boot:/run/signage-bootfs" \
    -b systemd.wants=multi-user.target systemd.run=/var/lib/signage/ci-check.sh systemd.run_success_action=exit systemd.run_failure_action=exit \
    </dev/null >"$work/console.log" 2>&1
rc=$?
end=$(date +%s%N)

cat "$data/ci-check.log" 2>/dev/null || echo "run-nspawn.sh: ci-check.sh left no log (it did not run)"
echo "run-nspawn.sh: boot, checks and poweroff took $(((end - start) / 1000000)) ms, exit $rc"
if [ $rc -ne 0 ]; then
    echo "--- console"; tail -40 "$work/console.log"
    echo "--- journal (last 80 lines)"
    journalctl --directory="$data/journal" -o short-monotonic --no-pager 2>/dev/null | tail -80
fi
if [ "${KEEP:-0}" = 1 ]; then echo "run-nspawn.sh: kept $work"; else rm -rf "$work"; fi
exit $rc
