#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 2 figures, side by side in one run:
#  1. process start -> first presented frame on the demo (goal <= 300 ms), N runs
#  2. CPU while a static slide shows for 20 s under Xvfb 1920x1080 (goal <= 0.5% of a core),
#     next to feh and mpv showing a still image on the same display
#  3. peak RSS at 1080p (goal <= 60 MB)
# Usage: bench/spine/startup_idle_rss.sh [SIGNAGE_BINARY]   (make bench runs it)
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
bin=$(realpath "${1:-$here/build/signage}")
runs=${RUNS:-10}
idle=${IDLE_SECONDS:-20}
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

# A private Xvfb so the numbers include real presentation (X11 video driver).
disp=:$((90 + RANDOM % 50))
Xvfb $disp -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
export DISPLAY=$disp SDL_AUDIODRIVER=dummy

echo "## start-up to first presented frame (demo, Xvfb 1920x1080, $runs runs)"
for i in $(seq "$runs"); do
  "$bin" play "$here/playlists/demo" --fullscreen --exit-after 1s --lang en 2>&1 |
    sed -n 's/.*first frame presented after \([0-9]*\) ms.*/\1/p'
done | sort -n > "$work/startup"
echo "first-frame ms: min $(head -1 "$work/startup"), median $(sed -n "$(( (runs + 1) / 2 ))p" "$work/startup"), max $(tail -1 "$work/startup")"

# CPU time in ns of every thread of a process (schedstat has ns resolution; stat's ticks
# are 10 ms, too coarse for an idle player).
cpu_ns() { cat /proc/"$1"/task/*/schedstat 2>/dev/null | awk '{s += $1} END {printf "%d", s}'; }
measure_idle() { # name, command...: CPU % of one core over $idle s after a 2 s settle
  local name=$1; shift
  "$@" >/dev/null 2>&1 &
  local pid=$!
  sleep 2
  local t0; t0=$(cpu_ns $pid)
  local x0; x0=$(cpu_ns $xvfb)
  sleep "$idle"
  local t1; t1=$(cpu_ns $pid)
  local x1; x1=$(cpu_ns $xvfb)
  local hwm; hwm=$(awk '/VmHWM/{print $2}' "/proc/$pid/status")
  kill $pid; wait $pid 2>/dev/null || true
  awk -v n="$name" -v a="$t0" -v b="$t1" -v xa="$x0" -v xb="$x1" -v s="$idle" -v rss="$hwm" \
    'BEGIN { printf "%-34s cpu %7.3f %% of a core   Xvfb %6.3f %%   peak RSS %6.1f MB\n", n, 100*(b-a)/1e9/s, 100*(xb-xa)/1e9/s, rss/1024 }'
}

slide="$here/playlists/demo/slides/khong_chuyen_khoan.toml"
img="$work/still.png"
"$bin" render "$slide" --size 1920x1080 --out "$img" >/dev/null 2>&1
echo
echo "## static slide for ${idle}s under Xvfb 1920x1080 (same run, same display)"
measure_idle "signage play SLIDE --fullscreen" "$bin" play "$slide" --fullscreen
measure_idle "feh --fullscreen (same picture)" feh --fullscreen --hide-pointer "$img"
measure_idle "mpv --image-display-duration=inf" mpv --fs --image-display-duration=inf --no-audio --really-quiet "$img"

echo
echo "## peak RSS playing the demo at 1920x1080 for 20 s of clock (x4)"
"$bin" play "$here/playlists/demo" --fullscreen --clock-speed 4 --exit-after 80s >/dev/null 2>&1 &
pid=$!
peak=0
while kill -0 $pid 2>/dev/null; do
  v=$(awk '/VmHWM/{print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
  [[ ${v:-0} -gt $peak ]] && peak=$v
  sleep 0.5
done
awk -v p="$peak" 'BEGIN { printf "signage play demo: peak RSS %.1f MB\n", p/1024 }'
