#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# kiosk.stick-export: the log write-back to a read-only USB stick (issue 18). A real vfat
# image, loop-mounted read-only the way usb-import mounts sticks; the staged report the
# player leaves in DATA/stick-outbox/ is copied on by packaging/libexec/stick-export, as
# the player's user, and the stick is read-only again afterwards. Also: a stick pulled
# out before the copy, and a name that is not one of our mounts.
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$here/common.sh"
need_root "mounting a stick image"
need_tool setpriv
work=$(mktemp -d /tmp/signage-stick.XXXXXX)
loop=
cleanup() {
    mountpoint -q "$work/media/usb-test" && umount "$work/media/usb-test"
    [ -n "$loop" ] && losetup -d "$loop"
    rm -rf "$work"
}
trap cleanup EXIT
user=nobody
uid=$(id -u $user)
gid=$(id -g $user)
truncate -s 8M "$work/stick.img"
mkdir -p "$work/media/usb-test" "$work/data/stick-outbox/usb-test/SIGNAGE-LOGS"
# The options usb-import uses. Most sticks are vfat; kernels without it (some build
# machines) get an ext4 stick, where the helper also has to give the player its folder.
if grep -qw vfat /proc/filesystems && command -v mkfs.vfat >/dev/null; then
    fstype=vfat
    mkfs.vfat -n STICK "$work/stick.img" >/dev/null
    opts=ro,nosuid,nodev,noexec,uid=$uid,gid=$gid,fmask=0137,dmask=0027,utf8
else
    fstype=ext4
    need_tool mkfs.ext4
    mkfs.ext4 -q -L STICK "$work/stick.img"
    opts=ro,nosuid,nodev,noexec,noload
fi
# A writable loop device, mounted read-only: like a real stick (mount -o loop,ro would
# make the device itself read-only, which no remount can undo).
loop=$(losetup --find --show "$work/stick.img") || skip "no loop device here"
mount -t $fstype -o "$opts" "$loop" "$work/media/usb-test" || skip "cannot mount a $fstype image here"
echo "stick: $fstype, mounted $opts"
printf 'signed export\n' >"$work/data/stick-outbox/usb-test/SIGNAGE-LOGS/box-01_2026-12-06.signage-log"
printf '{}\n' >"$work/data/stick-outbox/usb-test/SIGNAGE-LOGS/health-2026-12-06T10-00.json"
chown -R $user "$work/data/stick-outbox"
chmod 0755 "$work" "$work/data" # the data dir is the player's on a box
echo "$work/media/usb-test" >"$work/data/stick-outbox/usb-test.ready"
# Odd and absent names are dropped, never followed.
mkdir -p "$work/data/stick-outbox/usb-gone/SIGNAGE-LOGS"
: >"$work/data/stick-outbox/usb-gone.ready"
: >"$work/data/stick-outbox/etc.ready"

failures=0
check() { # NAME COMMAND...
    name=$1; shift
    if "$@"; then echo "ok   $name"; else echo "FAIL $name"; failures=$((failures + 1)); fi
}
ro() { findmnt -n -o OPTIONS "$work/media/usb-test" | tr , '\n' | grep -qx ro; }
check "stick mounted read-only before" ro
check "the player cannot write it" sh -c "! setpriv --reuid=$uid --regid=$gid --clear-groups touch '$work/media/usb-test/x' 2>/dev/null"
out=$(SIGNAGE_DATA_DIR=$work/data SIGNAGE_MEDIA_DIR=$work/media SIGNAGE_PLAYER_USER=$user SIGNAGE_LANG=en \
    sh "$src/packaging/libexec/stick-export" 2>&1) && rc=0 || rc=$?
echo "$out" | sed 's/^/  /'
echo "$out" >"$work/helper.log"
check "helper exit 0" test "$rc" -eq 0
check "export on the stick" grep -qx 'signed export' "$work/media/usb-test/SIGNAGE-LOGS/box-01_2026-12-06.signage-log"
check "health report on the stick" test -s "$work/media/usb-test/SIGNAGE-LOGS/health-2026-12-06T10-00.json"
check "files owned by the player's user" test "$(stat -c %u "$work/media/usb-test/SIGNAGE-LOGS/health-2026-12-06T10-00.json")" = "$uid"
check "stick read-only again" ro
check "outbox emptied" test -z "$(ls -A "$work/data/stick-outbox")"
check "a pulled-out stick is said" grep -q 'usb-gone: the stick is gone' "$work/helper.log"
check "an odd name is refused" grep -q "ignored odd name: 'etc'" "$work/helper.log"
# Unmounted and mounted again: what was written is really on the stick.
umount "$work/media/usb-test"
mount -t $fstype -o "$opts" "$loop" "$work/media/usb-test"
check "written to the medium (after remount)" test -s "$work/media/usb-test/SIGNAGE-LOGS/box-01_2026-12-06.signage-log"
[ "$failures" -eq 0 ] || { echo "$failures checks failed"; exit 1; }
echo "all checks passed"
