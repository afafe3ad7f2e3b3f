#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 13 video figures, presented: one private Xvfb 1920x1080x24, every command run REPS
# times interleaved (A B C D E, A B C D E, ...) so that machine noise hits all alike.
#   bench/video/presented.sh [SIGNAGE] [FILE]
# Defaults: build/signage and BUILD/bench-media/h264_1080p30_8M_20s.mp4 (made here if missing).
# Per run: CPU-s (user+sys, GNU time, children included), peak RSS (MB), Xvfb CPU-s delta,
# 1-min load average at the start, and frames: signage's frames drawn (600 = all of 20 s),
# ffplay's dropped frames (fd=), mpv's dropped frames (with the kit's mpv_drops.lua, MPV_DROPS).
# A player that falls behind drops frames and then burns less CPU: read cpu with frames.
# Prints min/median per command and the ratios (min/min and median/median).
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
SIGNAGE="${1:-$ROOT/build/signage}"
FILE="${2:-${FILE:-$ROOT/build/bench-media/h264_1080p30_8M_20s.mp4}}"
REPS="${REPS:-3}"
MPV_DROPS="${MPV_DROPS:-/work/shared/bench/mpv_drops.lua}"
for t in ffmpeg ffplay mpv Xvfb /usr/bin/time awk; do command -v "$t" >/dev/null || { echo "missing $t" >&2; exit 2; }; done
[[ -x "$SIGNAGE" ]] || { echo "build signage first ($SIGNAGE)" >&2; exit 2; }
if [[ ! -s "$FILE" ]]; then # the gen_media.sh recipe, 20 s
  mkdir -p "$(dirname "$FILE")"
  ffmpeg -hide_banner -loglevel error -nostdin -y -f lavfi -i "testsrc2=size=1920x1080:rate=30:duration=20" \
    -f lavfi -i "sine=frequency=440:sample_rate=48000:duration=20" -map 0:v -map 1:a -vf format=yuv420p \
    -c:v libx264 -preset fast -profile:v high -level 4.0 -b:v 8M -maxrate 10M -bufsize 16M -g 60 \
    -c:a aac -b:a 128k -ac 2 -movflags +faststart "$FILE" || exit 2
fi
TMP="$(mktemp -d)"
XPID=""
cleanup() { [[ -n "$XPID" ]] && kill "$XPID" 2>/dev/null; rm -rf "$TMP"; }
trap cleanup EXIT
for n in $(seq 150 199); do [[ -e /tmp/.X11-unix/X$n || -e /tmp/.X$n-lock ]] || { DNUM=$n; break; }; done
Xvfb ":$DNUM" -screen 0 1920x1080x24 -nolisten tcp >"$TMP/xvfb.log" 2>&1 &
XPID=$!
for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X$DNUM ]] && break; sleep 0.1; done
export DISPLAY=":$DNUM"
HZ="$(getconf CLK_TCK)"
xticks() { awk '{sub(/^.*\) /,""); print $12+$13}' "/proc/$XPID/stat"; }

names=(ffmpeg_null_t2 ffplay_swfb mpv_x11 signage_presented signage_headless)
# BEFORE=path/to/other/signage adds its two rows to the same interleaved run (before/after).
BEFORE="${BEFORE:-}"
[[ -n "$BEFORE" ]] && names+=(before_presented before_headless)
cmd() {
  case "$1" in
  ffmpeg_null_t2) ffmpeg -hide_banner -nostdin -loglevel error -threads 2 -i "$FILE" -f null - ;;
  ffplay_swfb) SDL_AUDIODRIVER=dummy SDL_RENDER_DRIVER=software SDL_FRAMEBUFFER_ACCELERATION=0 \
    ffplay -hide_banner -loglevel info -autoexit -fs "$FILE" ;;
  mpv_x11) mpv --no-config --really-quiet ${MPV_DROPS:+--script="$MPV_DROPS"} --vo=x11 --ao=null --fs "$FILE" ;;
  signage_presented) SDL_AUDIODRIVER=dummy "$SIGNAGE" play "$FILE" --fullscreen --lang en ;;
  signage_headless) "$SIGNAGE" play "$FILE" --headless --lang en ;;
  before_presented) SDL_AUDIODRIVER=dummy "$BEFORE" play "$FILE" --fullscreen --lang en ;;
  before_headless) "$BEFORE" play "$FILE" --headless --lang en ;;
  esac
}
export -f cmd
export FILE SIGNAGE MPV_DROPS BEFORE
[[ -r "$MPV_DROPS" ]] || MPV_DROPS=""
: >"$TMP/rows"
for rep in $(seq "$REPS"); do
  for n in "${names[@]}"; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    x0=$(xticks)
    /usr/bin/time -f '%U %S %M %e' -o "$TMP/t" bash -c "cmd $n" </dev/null >"$TMP/out.$n.$rep" 2>&1
    rc=$?
    x1=$(xticks)
    read -r u s m e <"$TMP/t" 2>/dev/null || { u=0; s=0; m=0; e=0; }
    o="$TMP/out.$n.$rep"
    case "$n" in
    signage_* | before_*) fr=$(grep -o 'stopped after [0-9]* frames drawn' "$o" | grep -o '[0-9]*' | tail -1) ;;
    ffplay_swfb) fr="drops$(tr '\r' '\n' <"$o" | grep -o 'fd= *[0-9]*' | tail -1 | tr -d 'fd= ')" ;;
    mpv_x11) fr="drops$(grep -o 'vo_drop=[0-9]* dec_drop=[0-9]*' "$o" | awk -F'[= ]' '{print $2+$4}')" ;;
    *) fr="-" ;;
    esac
    awk -v n="$n" -v r="$rep" -v u="$u" -v s="$s" -v m="$m" -v e="$e" -v x="$((x1 - x0))" -v hz="$HZ" -v rc="$rc" -v ld="$load" -v fr="${fr:-?}" \
      'BEGIN{printf "%s %d cpu=%.2f rss_mb=%.1f wall=%.1f xvfb=%.2f rc=%d load=%s frames=%s\n", n, r, u+s, m/1024, e, x/hz, rc, ld, fr}' \
      | tee -a "$TMP/rows"
  done
done
echo "== summary (REPS=$REPS, file $(basename "$FILE"), load $(cut -d' ' -f1-3 /proc/loadavg))"
awk -v names="${names[*]}" '
  { n=$1; split($3,a,"="); split($4,b,"="); split($6,c,"="); cpu[n]=cpu[n] " " a[2]; rss[n]=rss[n] " " b[2]; xv[n]=xv[n] " " c[2] }
  function sorted(str, arr,   k, i, j, t) { k=split(str, arr, " "); for(i=1;i<=k;i++) for(j=i+1;j<=k;j++) if (arr[j]+0<arr[i]+0) {t=arr[i];arr[i]=arr[j];arr[j]=t}; return k }
  function mn(str,  arr) { sorted(str, arr); return arr[1] } function md(str,  arr, k) { k=sorted(str, arr); return arr[int((k+1)/2)] }
  function mx(str,  arr, k) { k=sorted(str, arr); return arr[k] }
  END {
    printf "%-18s %8s %8s %10s %10s %8s\n", "command", "cpu_min", "cpu_med", "rss_min_MB", "rss_max_MB", "xvfb_med"
    k=split(names, order, " ")
    for (i=1;i<=k;i++) { n=order[i]; printf "%-18s %8.2f %8.2f %10.1f %10.1f %8.2f\n", n, mn(cpu[n]), md(cpu[n]), mn(rss[n]), mx(rss[n]), md(xv[n]) }
    p="signage_presented"; h="signage_headless"; f="ffmpeg_null_t2"
    printf "presented_vs_ffplay_swfb min=%.2f med=%.2f (goal <= 0.90)\n", mn(cpu[p])/mn(cpu["ffplay_swfb"]), md(cpu[p])/md(cpu["ffplay_swfb"])
    printf "presented_vs_mpv_x11     min=%.2f med=%.2f\n", mn(cpu[p])/mn(cpu["mpv_x11"]), md(cpu[p])/md(cpu["mpv_x11"])
    printf "headless_vs_ffmpeg_null  min=%.2f med=%.2f (goal <= 1.15)\n", mn(cpu[h])/mn(cpu[f]), md(cpu[h])/md(cpu[f])
    printf "peak_rss_MB presented=%.1f headless=%.1f ffmpeg_null_t2=%.1f (goal <= 80)\n", mx(rss[p]), mx(rss[h]), mx(rss[f])
    if ("before_headless" in cpu) {
      p="before_presented"; h="before_headless"
      printf "before: presented_vs_ffplay_swfb min=%.2f med=%.2f; vs mpv_x11 min=%.2f med=%.2f; headless_vs_ffmpeg_null min=%.2f med=%.2f; peak_rss_MB presented=%.1f headless=%.1f\n", mn(cpu[p])/mn(cpu["ffplay_swfb"]), md(cpu[p])/md(cpu["ffplay_swfb"]), mn(cpu[p])/mn(cpu["mpv_x11"]), md(cpu[p])/md(cpu["mpv_x11"]), mn(cpu[h])/mn(cpu[f]), md(cpu[h])/md(cpu[f]), mx(rss[p]), mx(rss[h])
    }
  }' "$TMP/rows"
grep -l . "$TMP"/out.signage_* >/dev/null 2>&1 && { echo "== signage output (last rep)"; tail -n 5 "$TMP/out.signage_presented.$REPS" "$TMP/out.signage_headless.$REPS"; }
