#!/bin/sh
# kiosk.root: the kiosk root the nspawn test boots, and the .deb's self-test in it.
#  1. A base root (Debian 12 minbase + the kiosk's packages + the .deb's dependencies)
#     made by kiosk-image/build-rootfs.sh --base-only, cached as
#     build/kiosk/base-ARCH-HASH.tar.zst (HASH of the package list and the recipe), so
#     only the first run downloads (about 2 minutes); later runs unpack it (10 s).
#  2. customize.sh installs the .deb and the overlay: build/kiosk/root.
#  3. `signage selftest` as the signage user in a chroot, SDL offscreen/dummy.
#  4. systemd-analyze verify of every unit in that root.
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$here/common.sh"
need_root "building a Debian root with mmdebstrap"
need_tool mmdebstrap
need_tool zstd
need_tool systemd-analyze
deb=$(player_deb)
image=$src/kiosk-image

key=$( { "$image/package-list.sh" --deb "$deb"; cat "$image/build-rootfs.sh" "$image/package-list.sh" "$image"/packages/*.txt; } | sha256sum | cut -c1-16)
base=$kiosk/base-$arch-$key.tar.zst
if [ ! -f "$base" ]; then
    rm -f "$kiosk"/base-"$arch"-*.tar.zst
    t0=$(date +%s)
    "$image/build-rootfs.sh" --base-only --deb "$deb" "$base.tmp.tar.zst" >"$kiosk/base.log" 2>&1 || { tail -30 "$kiosk/base.log"; exit 1; }
    mv "$base.tmp.tar.zst" "$base"
    echo "base root built in $(($(date +%s) - t0)) s: $base ($(du -m "$base" | cut -f1) MB)"
else
    echo "base root from cache: $base"
fi

root=$kiosk/root
t0=$(date +%s)
rm -rf "$root"
mkdir -p "$root"
zstd -dc "$base" | tar -C "$root" -xf -
"$image/customize.sh" "$root" "$deb" >"$kiosk/customize.log" 2>&1 || { cat "$kiosk/customize.log"; exit 1; }
echo "kiosk root ready in $(($(date +%s) - t0)) s: $root ($(du -sm "$root" | cut -f1) MB)"

# The installed binary must find its demo in /usr/share/signage, play as the signage user.
keys=$(mktemp -d "$root/tmp/keys.XXXXXX")
cp "$image/tests/fixtures/ci-test.pub" "$keys/"
chmod -R a+rX "$keys"
chroot --userspec=signage:signage "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/var/lib/signage \
    SDL_VIDEODRIVER=offscreen SDL_AUDIODRIVER=dummy SIGNAGE_LANG=en \
    /usr/bin/signage selftest --data-dir /var/lib/signage --trusted-keys "/tmp/$(basename "$keys")"
rm -rf "$keys"
chroot --userspec=signage:signage "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/var/lib/signage \
    SDL_VIDEODRIVER=offscreen SDL_AUDIODRIVER=dummy SIGNAGE_LANG=en \
    /usr/bin/signage play --headless --exit-after 2s --data-dir /var/lib/signage 2>&1 | grep -E 'first frame|error' || { echo "installed player did not play the demo"; exit 1; }

verify_units "$root"
