#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# build-image.sh [options] OUT.img: a bootable GPT disk image of the kiosk (as root).
#   --deb FILE            the player .deb (needed unless --root is given)
#   --arch amd64|arm64    default: this machine's
#   --root DIR            use a root already built with build-rootfs.sh --kernel
#   --box FILE            the box.txt to put on the boot partition (default: the empty
#                         template boot/box.txt, filled in after flashing)
#   --trust KEY.pub       a public key to trust (repeatable): goes to signage/keys/
#   --package NAME        one more Debian package (repeatable), e.g. openssh-server
#   --data-size SIZE      data partition in the image (default 256M; the box grows it
#                         to the whole card or disk at first boot)
#   --data DIR            files for the data partition (tests)
#   --cmdline-extra TEXT  more kernel arguments (tests: console=ttyS0 systemd.run=...)
# Layout (systemd-repart): 1 boot (FAT, label signage-boot: systemd-boot + kernel on
# amd64, the Raspberry Pi firmware on arm64, and the signage/ settings folder), 2 root
# (ext4, read-only at run time, label signage-root), 3 data (ext4, label signage-data).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
arch=$(dpkg --print-architecture)
debs=
root=
box=$here/boot/box.txt
keys=
extra=
data_size=256M
data_dir=
cmdline_extra=
out=
while [ $# -gt 0 ]; do
    case "$1" in
        --deb) debs="$debs $(readlink -f "$2")"; shift 2 ;;
        --arch) arch=$2; shift 2 ;;
        --root) root=$(readlink -f "$2"); shift 2 ;;
        --box) box=$(readlink -f "$2"); shift 2 ;;
        --trust) keys="$keys $(readlink -f "$2")"; shift 2 ;;
        --package) extra="$extra --package $2"; shift 2 ;;
        --data-size) data_size=$2; shift 2 ;;
        --data) data_dir=$(readlink -f "$2"); shift 2 ;;
        --cmdline-extra) cmdline_extra=$2; shift 2 ;;
        -h | --help) sed -n '2,17p' "$0"; exit 0 ;;
        -*) echo "build-image.sh: unknown option $1" >&2; exit 2 ;;
        *) out=$1; shift ;;
    esac
done
[ -n "$out" ] || { echo "build-image.sh: say where the image goes (OUT.img)" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "build-image.sh: needs root (mmdebstrap; file ownership in the images)" >&2; exit 2; }
command -v systemd-repart >/dev/null || { echo "build-image.sh: systemd-repart missing (systemd 252 or newer)" >&2; exit 3; }
for tool in mcopy mkfs.vfat mkfs.ext4; do
    command -v $tool >/dev/null || { echo "build-image.sh: $tool missing (scripts/install-deps --kiosk)" >&2; exit 3; }
done

work=$(mktemp -d /tmp/signage-image.XXXXXX)
trap 'rm -rf "$work"' EXIT
t0=$(date +%s)

if [ -z "$root" ]; then
    [ -n "$debs" ] || { echo "build-image.sh: --deb FILE (the player) or --root DIR is needed" >&2; exit 2; }
    root=$work/root
    # shellcheck disable=SC2046,SC2086 # word lists built above, paths without spaces
    "$here/build-rootfs.sh" --arch "$arch" --kernel $(for d in $debs; do printf ' --deb %s' "$d"; done) $extra "$root"
fi
kernel=$(find "$root/boot" -maxdepth 1 -name 'vmlinuz-*' | sort -V | tail -n 1)
[ -n "$kernel" ] || { echo "build-image.sh: no kernel in $root/boot (build the root with --kernel)" >&2; exit 2; }
version=${kernel##*/vmlinuz-}
cmdline="$(cat "$here/cmdline.txt")${cmdline_extra:+ $cmdline_extra}"

# 1. The boot partition.
esp=$work/esp
mkdir -p "$esp/signage/keys"
cp "$box" "$esp/signage/box.txt"
cp "$here/boot/README.txt" "$esp/README.txt"
for key in $keys; do cp "$key" "$esp/signage/keys/"; done
case "$arch" in
    amd64)
        # systemd-boot as the removable-media loader (no NVRAM entry needed), no menu, no
        # editor: a keyboard at a bus station cannot change the kernel command line.
        mkdir -p "$esp/EFI/BOOT" "$esp/EFI/systemd" "$esp/loader/entries"
        cp "$root/usr/lib/systemd/boot/efi/systemd-bootx64.efi" "$esp/EFI/BOOT/BOOTX64.EFI"
        cp "$root/usr/lib/systemd/boot/efi/systemd-bootx64.efi" "$esp/EFI/systemd/"
        cp "$kernel" "$esp/vmlinuz"
        cp "$root/boot/initrd.img-$version" "$esp/initrd.img"
        printf 'default signage.conf\ntimeout 0\neditor no\nauto-entries no\nauto-firmware no\n' >"$esp/loader/loader.conf"
        printf 'title canhbao-signage\nversion %s\nlinux /vmlinuz\ninitrd /initrd.img\noptions %s\n' "$version" "$cmdline" \
            >"$esp/loader/entries/signage.conf"
        root_type="root-x86-64"
        ;;
    arm64)
        # Raspberry Pi 4: raspi-firmware's kernel hook filled /boot/firmware (start4.elf,
        # config.txt, the kernel, initrd and device trees); the command line is ours.
        [ -f "$root/boot/firmware/config.txt" ] || { echo "build-image.sh: no /boot/firmware/config.txt (raspi-firmware)" >&2; exit 3; }
        cp -r "$root/boot/firmware/." "$esp/"
        echo "$cmdline" >"$esp/cmdline.txt"
        root_type="root-arm64"
        ;;
    *) echo "build-image.sh: unknown architecture $arch" >&2; exit 2 ;;
esac

# 2. The data partition: empty unless a test brings files; owned by the player's user.
data=$work/data
mkdir -p "$data"
[ -n "$data_dir" ] && cp -a "$data_dir/." "$data/"
uid=$(awk -F: '$1 == "signage" {print $3}' "$root/etc/passwd")
gid=$(awk -F: '$1 == "signage" {print $4}' "$root/etc/passwd")
chown "$uid:$gid" "$data"
chmod 0750 "$data"

# 3. Each file system is made as a file first (mkfs.vfat + mcopy, mkfs.ext4 -d: no
#    mounts, no loop devices, so this also works in containers), then systemd-repart lays
#    out the GPT and copies them in. Root gets 25% + 64 MB of headroom.
root_mb=$(du -sxm "$root" | cut -f1)
root_mb=$((root_mb + root_mb / 4 + 64))
mkfs.vfat -C -n SIGNAGE "$work/boot.img" $((256 * 1024)) >/dev/null
mcopy -s -i "$work/boot.img" "$esp"/* ::/
mkfs.ext4 -q -L signage-root -d "$root" "$work/root.img" "${root_mb}M" >/dev/null
mkfs.ext4 -q -L signage-data -d "$data" "$work/data.img" "$data_size" >/dev/null
defs=$work/repart.d
mkdir -p "$defs"
printf '[Partition]\nType=esp\nLabel=signage-boot\nCopyBlocks=%s\n' "$work/boot.img" >"$defs/10-boot.conf"
printf '[Partition]\nType=%s\nLabel=signage-root\nCopyBlocks=%s\n' "$root_type" "$work/root.img" >"$defs/20-root.conf"
printf '[Partition]\nType=linux-generic\nLabel=signage-data\nCopyBlocks=%s\n' "$work/data.img" >"$defs/30-data.conf"
mkdir -p "$(dirname "$out")"
rm -f "$out"
systemd-repart --empty=create --size=auto --dry-run=no --no-pager --definitions="$defs" "$out" >"$work/repart.log" 2>&1 ||
    { cat "$work/repart.log" >&2; exit 3; }

size_mb=$(($(stat -c %s "$out") / 1048576))
echo "build-image.sh: $out: $arch, kernel $version, ${size_mb} MB (root ${root_mb} MB, data $data_size), $(($(date +%s) - t0)) s"
