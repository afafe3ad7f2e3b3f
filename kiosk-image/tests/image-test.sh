#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# image-test.sh BUILD_DIR (make image-test; minutes, not for CI): builds the amd64 disk
# image with a kernel from the player .deb in BUILD_DIR, boots it in qemu (UEFI, TCG
# software emulation) with a USB stick carrying a signed bundle, and runs ci-check.sh
# inside (KMSDRM player, read-only root, grown data partition, USB import, kill -9
# restart). Also builds the plain image (no test arguments) and reports its size.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
image=$(cd "$here/.." && pwd)
build=$(readlink -f "$1")
out=$build/kiosk
mkdir -p "$out"
[ "$(id -u)" -eq 0 ] || { echo "image-test.sh: needs root (mmdebstrap, loop devices)" >&2; exit 2; }
for tool in mmdebstrap systemd-repart mcopy mkfs.vfat qemu-system-x86_64 zstd python3; do
    command -v "$tool" >/dev/null || { echo "image-test.sh: $tool missing (scripts/install-deps --kiosk)" >&2; exit 3; }
done
# shellcheck disable=SC2012 # our own file names
deb=$(ls -t "$build"/canhbao-signage_*_amd64.deb | head -n 1)
signage=$build/signage
work=$(mktemp -d /tmp/signage-image-test.XXXXXX)
trap 'rm -rf "$work"' EXIT

t0=$(date +%s)
"$here/cached-root.sh" --kernel "$deb" "$out" "$out/image-root"

# The plain image, as a ward office would flash it.
"$image/build-image.sh" --root "$out/image-root" "$out/signage-amd64.img"
t1=$(date +%s)
zstd -q -T0 -10 -f "$out/signage-amd64.img" -o "$out/signage-amd64.img.zst"
echo "image size: $(($(stat -c %s "$out/signage-amd64.img") / 1048576)) MB raw, $(du -m "$out/signage-amd64.img" | cut -f1) MB allocated, $(($(stat -c %s "$out/signage-amd64.img.zst") / 1048576)) MB zstd -10 ($(($(date +%s) - t1)) s to compress)"

# The test image: the same, plus the check script on the data partition, test settings
# on the boot partition and kernel arguments that run the check and power off.
mkdir -p "$work/data/config" "$work/boot"
cp "$here/ci-check.sh" "$work/data/"
usb=
expect=
if "$signage" bundle --help >/dev/null 2>&1; then
    mkdir -p "$work/stick"
    "$signage" bundle keygen --out "$work/ward" >/dev/null 2>&1
    "$signage" bundle create "$image/../playlists/demo" --key "$work/ward.key" --out "$work/stick/signage-demo.bundle" >/dev/null
    dd if=/dev/zero of="$work/usb.img" bs=1M count=64 status=none
    mkfs.vfat -n STICK "$work/usb.img" >/dev/null
    mcopy -i "$work/usb.img" "$work/stick/"* ::/
    usb=$work/usb.img
    expect=installed
    trust="--trust $work/ward.pub"
    key=ward.pub
else
    echo "image-test.sh: this build has no 'signage bundle' command yet: no USB stick in this run"
    trust="--trust $here/fixtures/ci-test.pub"
    key=ci-test.pub
fi
# llvmpipe's JIT code crashes (SIGSEGV) under qemu's TCG emulation: softpipe instead.
printf 'GALLIUM_DRIVER=softpipe\n' >"$work/data/config/player.env"
printf 'CHECK_QEMU=1\nCHECK_CONSOLE=1\nCHECK_KILL=1\nCHECK_USB=%s\nCHECK_BOX_ID=qemu-box-01\nCHECK_KEY=%s\n' "$expect" "$key" \
    >"$work/data/ci-check.env"
printf 'SIGNAGE_BOX_ID=qemu-box-01\r\nSIGNAGE_SITE=qemu-site\r\nSIGNAGE_DISPLAY_ON=05:00\r\nSIGNAGE_DISPLAY_OFF=23:30\r\nSDL_AUDIODRIVER=dummy\r\n' >"$work/boot/box.txt"
# shellcheck disable=SC2086 # $trust is two words
"$image/build-image.sh" --root "$out/image-root" --box "$work/boot/box.txt" $trust --data "$work/data" \
    --cmdline-extra "console=ttyS0 systemd.wants=multi-user.target systemd.run=/var/lib/signage/ci-check.sh systemd.run_success_action=poweroff systemd.run_failure_action=poweroff" \
    "$out/signage-test-amd64.img"
echo "images built in $(($(date +%s) - t0)) s"

rm -f "$out/screen.ppm"
rc=0
"$here/run-qemu.sh" "$out/signage-test-amd64.img" ${usb:+--usb-hotplug "$usb"} --screendump "$out/screen.ppm" --timeout "${QEMU_TIMEOUT:-600}" || rc=$?
if [ -n "$usb" ]; then
    # The box wrote its signed log export back to the stick it was mounted read-only from.
    if mdir -b -i "$usb" ::/SIGNAGE-LOGS 2>/dev/null | grep -q '\.signage-log$'; then
        echo "stick after the visit: $(mdir -b -i "$usb" ::/SIGNAGE-LOGS | tr '\n' ' ')"
    else
        echo "image-test.sh: no SIGNAGE-LOGS/*.signage-log on the stick after the visit"
        rc=1
    fi
fi
if [ -f "$out/screen.ppm" ]; then
    python3 - "$out/screen.ppm" <<'PY' || rc=1
import sys
data = open(sys.argv[1], "rb").read()
parts = data.split(b"\n", 3)  # P6, "W H", 255, pixels
w, h = map(int, parts[1].split())
px = parts[3]
n = w * h
dark = sum(1 for i in range(0, 3 * n, 3 * 7) if px[i] < 24 and px[i + 1] < 24 and px[i + 2] < 24)
colours = len({px[i:i + 3] for i in range(0, 3 * n, 3 * 97)})
dark_fraction = dark / (n / 7)
print(f"screendump {w}x{h}: {dark_fraction:.0%} near-black, {colours} distinct colours sampled")
sys.exit(0 if dark_fraction < 0.5 and colours > 8 else 1)
PY
else
    echo "image-test.sh: no screendump was taken"
    rc=1
fi
echo "image-test.sh: $([ $rc -eq 0 ] && echo PASSED || echo FAILED) in $(($(date +%s) - t0)) s"
exit $rc
