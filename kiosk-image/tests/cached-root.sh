#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# cached-root.sh [--kernel] DEB CACHE_DIR ROOT: the kiosk root in ROOT, fast on reruns.
# The base root (packages only) is made once by build-rootfs.sh --base-only and kept as
# CACHE_DIR/base-ARCH[-kernel]-HASH.tar.zst, HASH covering the package list (with the
# .deb's Depends:) and the recipe; then it is unpacked and customize.sh installs the
# .deb and the overlay. Used by tests/kiosk (CI) and make image-test.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
kernel=
[ "${1:-}" = --kernel ] && { kernel=--kernel; shift; }
deb=$(readlink -f "$1")
cache=$2
root=$3
arch=$(dpkg-deb -f "$deb" Architecture)
mkdir -p "$cache"

key=$( { "$here/package-list.sh" --arch "$arch" $kernel --deb "$deb"; cat "$here/build-rootfs.sh" "$here/package-list.sh" "$here"/packages/*.txt; } | sha256sum | cut -c1-16)
name=base-$arch${kernel:+-kernel}
base=$cache/$name-$key.tar.zst
if [ ! -f "$base" ]; then
    rm -f "$cache/$name"-*.tar.zst
    t0=$(date +%s)
    "$here/build-rootfs.sh" --arch "$arch" $kernel --base-only --deb "$deb" "$base.tmp.tar.zst" >"$cache/$name.log" 2>&1 ||
        { tail -30 "$cache/$name.log"; exit 1; }
    mv "$base.tmp.tar.zst" "$base"
    echo "base root built in $(($(date +%s) - t0)) s: $base ($(du -m "$base" | cut -f1) MB)"
else
    echo "base root from cache: $base"
fi

t0=$(date +%s)
# A customize.sh killed half-way leaves /proc, /sys, /dev mounted in the old root:
# unmount them first, and never let rm cross into another file system.
if [ -d "$root" ]; then
    awk -v r="$(readlink -f "$root")/" 'index($2, r) == 1 {print $2}' /proc/mounts | sort -r | while read -r m; do
        umount -l "$m" || true
    done
    rm -rf --one-file-system "$root"
fi
mkdir -p "$root"
zstd -dc "$base" | tar -C "$root" -xf -
"$here/customize.sh" "$root" "$deb" >"$cache/customize.log" 2>&1 || { cat "$cache/customize.log"; exit 1; }
echo "kiosk root ready in $(($(date +%s) - t0)) s: $root ($(du -sm "$root" | cut -f1) MB)"
