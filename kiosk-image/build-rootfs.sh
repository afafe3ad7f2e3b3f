#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# build-rootfs.sh [options] OUT: a Debian 12 root file system for the kiosk, with
# mmdebstrap (as root). OUT is a directory, or a file ending in .tar / .tar.zst.
#   --arch amd64|arm64   target architecture (default: the host's); arm64 on an amd64
#                        host runs through qemu-user (binfmt, see README.md)
#   --kernel             add the kernel, firmware and boot loader (a bootable image);
#                        without it: the smaller root the CI boots with systemd-nspawn
#   --deb FILE           the player .deb (repeatable); its Depends: join the package list
#   --package NAME       one more Debian package (repeatable), e.g. openssh-server
#   --base-only          packages only: no .deb, no overlay (the CI caches this root)
#   --mirror URL         Debian mirror (default http://deb.debian.org/debian)
# Example: sudo kiosk-image/build-rootfs.sh --kernel --deb build/canhbao-signage_0.1.0-1_amd64.deb /tmp/root
set -eu
here=$(cd "$(dirname "$0")" && pwd)
arch=$(dpkg --print-architecture)
kernel=
base_only=
mirror=http://deb.debian.org/debian
debs=
extra=
out=
while [ $# -gt 0 ]; do
    case "$1" in
        --arch) arch=$2; shift 2 ;;
        --kernel) kernel=1; shift ;;
        --deb) debs="$debs $(readlink -f "$2")"; shift 2 ;;
        --package) extra="$extra $2"; shift 2 ;;
        --base-only) base_only=1; shift ;;
        --mirror) mirror=$2; shift 2 ;;
        -h | --help) sed -n '2,13p' "$0"; exit 0 ;;
        -*) echo "build-rootfs.sh: unknown option $1" >&2; exit 2 ;;
        *) out=$1; shift ;;
    esac
done
[ -n "$out" ] || { echo "build-rootfs.sh: say where the root goes (OUT)" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "build-rootfs.sh: needs root (mmdebstrap's root mode, chroot)" >&2; exit 2; }
command -v mmdebstrap >/dev/null || { echo "build-rootfs.sh: mmdebstrap missing (scripts/install-deps --kiosk)" >&2; exit 3; }

# shellcheck disable=SC2046 # paths without spaces, one word each
packages=$("$here/package-list.sh" --arch "$arch" ${kernel:+--kernel} $(for d in $debs; do printf ' --deb %s' "$d"; done) $(for p in $extra; do printf ' --package %s' "$p"; done))

set -- --variant=minbase --architectures="$arch" --include="$packages" \
    --components=main,non-free-firmware \
    --hook-dir=/usr/share/mmdebstrap/hooks/eatmydata \
    --aptopt='Acquire::Retries "3"' --dpkgopt='path-exclude=/usr/share/doc/*' \
    --dpkgopt='path-include=/usr/share/doc/*/copyright' --dpkgopt='path-include=/usr/share/doc/canhbao-signage/*' \
    --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/locale/*' \
    --dpkgopt='path-include=/usr/share/locale/locale.alias' --dpkgopt='path-exclude=/usr/share/info/*'
if [ -z "$base_only" ]; then
    # The .debs are copied in by customize.sh (dpkg, offline: their deps are already in).
    set -- "$@" --customize-hook="$here/customize.sh \"\$1\"$debs"
fi
echo "build-rootfs.sh: $arch${kernel:+ +kernel}${base_only:+ (base only)} -> $out" >&2
exec mmdebstrap "$@" bookworm "$out" \
    "deb $mirror bookworm main non-free-firmware" \
    "deb $mirror bookworm-updates main non-free-firmware" \
    "deb ${mirror%/debian}/debian-security bookworm-security main non-free-firmware"
