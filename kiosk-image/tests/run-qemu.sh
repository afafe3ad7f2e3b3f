#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# run-qemu.sh IMAGE [--usb STICK.img | --usb-hotplug STICK.img] [--screendump OUT.ppm] [--timeout SECONDS]
# Boots a kiosk disk image (built with --cmdline-extra "console=ttyS0 systemd.run=...")
# in qemu-system-x86_64 with UEFI (OVMF) and software emulation (TCG: KVM does not work
# on the build machines), headless, without network. The disk is a sparse 4 GB copy,
# so the box's first boot grows its data partition. With --usb, a USB stick is plugged
# in from power-on; with --usb-hotplug, once the check reports the boot done (through
# the QEMU monitor, as staff would plug it into a playing box). Prints the serial console's check lines; exit 0 when ci-check.sh
# reported no failure.
set -u
image=$(readlink -f "$1")
shift
usb=
hotplug=
shot=
limit=400
while [ $# -gt 0 ]; do
    case "$1" in
        --usb) usb=$(readlink -f "$2"); shift 2 ;;
        --usb-hotplug) usb=$(readlink -f "$2"); hotplug=1; shift 2 ;;
        --screendump) shot=$2; shift 2 ;;
        --timeout) limit=$2; shift 2 ;;
        *) echo "run-qemu.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
firmware=/usr/share/OVMF/OVMF_CODE_4M.fd
[ -f "$firmware" ] || { echo "run-qemu.sh: $firmware missing (apt-get install ovmf)" >&2; exit 3; }
work=$(mktemp -d /tmp/signage-qemu.XXXXXX)
trap 'kill "$qemu" 2>/dev/null; [ -n "${KEEP:-}" ] && cp "$work/serial.log" "$work/disk.img" "$KEEP"; rm -rf "$work"' EXIT
cp --sparse=always "$image" "$work/disk.img"
truncate -s 4G "$work/disk.img"
cp /usr/share/OVMF/OVMF_VARS_4M.fd "$work/vars.fd"

set -- -machine q35 -accel tcg,thread=multi -cpu max -smp 2 -m 1536 -no-reboot -nic none \
    -display none -vga std -serial "file:$work/serial.log" -monitor "unix:$work/monitor.sock,server,nowait" \
    -drive "if=pflash,format=raw,readonly=on,file=$firmware" -drive "if=pflash,format=raw,file=$work/vars.fd" \
    -drive "file=$work/disk.img,format=raw,if=virtio"
if [ -n "$usb" ]; then
    # Writable like a real stick: the box mounts it read-only itself and remounts it
    # read-write only for the log write-back (signage-stick-export).
    set -- "$@" -device qemu-xhci,id=xhci -drive "if=none,id=stick,format=raw,file=$usb"
    [ -z "$hotplug" ] && set -- "$@" -device usb-storage,bus=xhci.0,drive=stick
fi
start=$(date +%s%N)
qemu-system-x86_64 "$@" &
qemu=$!

monitor() { # sends one HMP command to the QEMU monitor
    python3 -c 'import socket,sys,time
s=socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); time.sleep(0.3); s.recv(4096)
s.sendall((sys.argv[2]+"\n").encode()); time.sleep(1.5); s.close()' "$work/monitor.sock" "$1"
}
ms() { echo $((($(date +%s%N) - start) / 1000000)); }

up='' shot_taken='' done=''
while kill -0 "$qemu" 2>/dev/null; do
    if [ "$(ms)" -gt $((limit * 1000)) ]; then
        echo "run-qemu.sh: no result after $limit s, stopping qemu"
        kill "$qemu"
        break
    fi
    if [ -z "$up" ] && grep -q 'ci-check: multi-user.target reached' "$work/serial.log" 2>/dev/null; then
        up=$(ms)
        [ -n "$hotplug" ] && monitor "device_add usb-storage,bus=xhci.0,drive=stick,id=stickdev"
    fi
    # From the check's signal on, a picture every few seconds until poweroff (software
    # GL under TCG draws slowly: the first ones may still show a fade from black).
    if [ -n "$shot" ] && grep -q 'SCREENDUMP-NOW' "$work/serial.log" 2>/dev/null; then
        shot_taken=$((${shot_taken:-0} + 1))
        monitor "screendump $work/shot-$shot_taken.ppm"
    fi
    sleep 0.5
done
wait "$qemu" 2>/dev/null
# Keep the picture with the fewest near-black pixels.
if [ -n "$shot" ] && [ -n "$shot_taken" ]; then
    python3 - "$shot" "$work"/shot-*.ppm <<'PY'
import shutil, sys
def dark(path):
    data = open(path, "rb").read()
    parts = data.split(b"\n", 3)
    w, h = map(int, parts[1].split())
    px = parts[3]
    step = 3 * 11
    samples = range(0, 3 * w * h - 3, step)
    return sum(1 for i in samples if px[i] < 24 and px[i + 1] < 24 and px[i + 2] < 24) / len(samples)
shots = [p for p in sys.argv[2:] if open(p, "rb").read(2) == b"P6"]
if shots:
    best = min(shots, key=dark)
    shutil.copy(best, sys.argv[1])
    print(f"screendump: {len(shots)} taken, kept one {dark(best):.0%} near-black")
PY
fi
grep -a 'ci-check: ' "$work/serial.log" | sed 's/^.*ci-check: //' | grep -v SCREENDUMP-NOW
echo "run-qemu.sh: host wall time: power-on to multi-user with the player up ${up:-?} ms, to poweroff $(ms) ms (TCG, emulated)"
if grep -aq 'ci-check: [0-9]* passed, 0 failed' "$work/serial.log"; then done=0; else done=1; fi
if [ $done -ne 0 ]; then
    echo "--- serial console (last 60 lines)"
    tail -60 "$work/serial.log"
fi
exit $done
