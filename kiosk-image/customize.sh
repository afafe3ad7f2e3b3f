#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# customize.sh ROOT [DEB...]: turns a Debian root (made by build-rootfs.sh's mmdebstrap
# call, or unpacked from the CI's cached tarball) into the kiosk: installs the player
# .deb(s), lays the rootfs/ overlay over it, creates the user and enables the units.
# Used as an mmdebstrap --customize-hook and on its own; safe to run twice.
set -eu
root=$1
shift
here=$(cd "$(dirname "$0")" && pwd)

in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive "$@"; }

# mmdebstrap's hooks have /proc, /sys and /dev mounted in the root; on its own (an
# unpacked tarball) this mounts them for dpkg and update-initramfs, and unmounts after.
mounted=
if [ ! -e "$root/proc/self" ]; then
    mount -t proc proc "$root/proc"
    mount --rbind /sys "$root/sys" && mount --make-rslave "$root/sys"
    mount --rbind /dev "$root/dev" && mount --make-rslave "$root/dev"
    mounted=1
fi
# shellcheck disable=SC2317 # called by the trap
unmount() { [ -n "$mounted" ] && umount -R "$root/dev" "$root/sys" "$root/proc"; mounted=; }
trap unmount EXIT

# 1. The player. Its dependencies are already in the root (build-rootfs.sh adds the
#    .deb's Depends: to the package list), so dpkg alone installs it, offline.
for deb in "$@"; do
    cp "$deb" "$root/tmp/"
    in_root dpkg -i "/tmp/$(basename "$deb")"
    rm -f "$root/tmp/$(basename "$deb")"
done

# 2. The overlay (owned by root whatever the checkout's owner).
tar -C "$here/rootfs" --owner=root --group=root -cf - . | tar -C "$root" -xf -

# 3. Box-wide settings.
ln -sf /usr/share/zoneinfo/Asia/Ho_Chi_Minh "$root/etc/localtime"
echo Asia/Ho_Chi_Minh >"$root/etc/timezone"
echo signage >"$root/etc/hostname"
printf '127.0.0.1\tlocalhost\n127.0.1.1\tsignage\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' >"$root/etc/hosts"
# The player's own user and groups exist once its .deb is in; tell a missing one loudly.
if ! in_root getent passwd signage >/dev/null; then
    echo "customize.sh: no signage user: install the canhbao-signage .deb first" >&2
    exit 1
fi

# 4. Units: the player, its boot self-test and screen schedule, the kiosk's own
#    services; network and time. getty on tty1 is masked: the player owns the screen.
in_root systemctl enable signage-player.service signage-selftest.service signage-display-schedule.service \
    signage-stick-export.path signage-kiosk-setup.service signage-persist.service systemd-networkd.service systemd-resolved.service \
    systemd-timesyncd.service >/dev/null 2>&1
in_root systemctl mask getty@tty1.service >/dev/null 2>&1
# apt's timers would write to the read-only root; updates come as whole images.
in_root systemctl mask apt-daily.timer apt-daily-upgrade.timer >/dev/null 2>&1 || true
# Leave default.target alone: a link in /etc would override `systemd.run=` (tests)
# and the kernel's own target choice. graphical.target without a display manager is
# multi-user.target.
rm -f "$root/etc/systemd/system/default.target"

# 5. No identity in the image: every box makes its own machine id at boot (and its own
#    SSH host keys, if openssh-server was added).
: >"$root/etc/machine-id"
rm -f "$root/var/lib/dbus/machine-id"
rm -f "$root"/etc/ssh/ssh_host_*_key "$root"/etc/ssh/ssh_host_*_key.pub

# 6. Kernel and initramfs, when the image has them: make the initramfs find the root by
#    label (modules for virtio, USB storage, SD cards: MODULES=most, the default).
if ls "$root"/boot/vmlinuz-* >/dev/null 2>&1; then
    in_root update-initramfs -u -k all >/dev/null
fi

# 7. Smaller image: package lists and caches are useless on a read-only root.
rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/*.bin "$root"/var/cache/apt/archives/*.deb
rm -rf "$root"/var/log/*.log "$root"/var/log/apt/* "$root"/tmp/* "$root"/var/tmp/*
