#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# package-list.sh [--arch A] [--kernel] [--deb FILE]... [--package NAME]...: prints the
# kiosk root's package list, comma-separated, for mmdebstrap --include. The player
# .deb's Depends: join the list (first alternative, versions dropped: apt keeps them),
# so its libraries are in the root before dpkg installs the .deb offline.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
arch=$(dpkg --print-architecture)
kernel=
debs=
extra=
while [ $# -gt 0 ]; do
    case "$1" in
        --arch) arch=$2; shift 2 ;;
        --kernel) kernel=1; shift ;;
        --deb) debs="$debs $2"; shift 2 ;;
        --package) extra="$extra $2"; shift 2 ;;
        *) echo "package-list.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
list() { sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$@"; }
{
    list "$here/packages/common.txt"
    [ -n "$kernel" ] && list "$here/packages/image-$arch.txt"
    for deb in $debs; do
        dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed -e 's/|.*//' -e 's/(.*)//' -e 's/[[:space:]]//g' -e '/^$/d'
    done
    for p in $extra; do echo "$p"; done
} | sort -u | paste -sd, -
