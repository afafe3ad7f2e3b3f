#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Touch to visible feedback on the scam-check screen (issue 7: goal ≤ 50 ms).
# Drives the real player (SDL offscreen driver, software renderer, 1920x1080) through
# --input-script: opens the checker, then taps number keys N times. The player measures
# each touch from the moment it enters SDL's event queue to the end of presenting the
# frame that shows the pressed key, and prints median / p99 / max at exit.
# Runs twice: on a quiet machine, and with every core kept busy by another process.
# Usage: bench/touch/feedback.sh [SIGNAGE_BINARY] [TAPS]
set -euo pipefail
bin=${1:-build/signage}
taps=${2:-200}
here=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"; kill $(jobs -p) 2>/dev/null || true' EXIT
printf '[checker]\ntouch = true\nidle_seconds = 600\n' > "$work/signage.toml"

# Centre of the text $2 in shot file $1 ("x y w h text" lines; the last match wins).
centre() { awk -v want="$2" '{ t = $0; sub(/^[^ ]+ [^ ]+ [^ ]+ [^ ]+ /, "", t); if (t == want) c = ($1 + $3 / 2) " " ($2 + $4 / 2) } END { print c }' "$1"; }
# Asks for a shot and waits for its text file.
shot() { echo "shot $1" >&3; for _ in $(seq 200); do [[ -f "$work/shots/$1.txt" ]] && return; sleep 0.05; done; echo "no shot $1" >&2; exit 1; }

run() { # label
  rm -rf "$work/shots" "$work/data"; rm -f "$work/fifo"; mkfifo "$work/fifo"
  SDL_VIDEODRIVER=offscreen SDL_AUDIODRIVER=dummy "$bin" play "$here/playlists/demo" --window 1920x1080 \
    --config "$work/signage.toml" --data-dir "$work/data" --screenshot-dir "$work/shots" --input-script "$work/fifo" \
    2> "$work/log" &
  local pid=$!
  exec 3> "$work/fifo"
  sleep 1.5
  shot idle; echo "tap $(centre "$work/shots/idle.txt" "Chạm để kiểm tra")" >&3
  shot choose; echo "tap $(centre "$work/shots/choose.txt" "Số điện thoại")" >&3
  shot pad
  local keys=() k
  for k in 0 1 2 3 4 5 6 7 8 9; do keys+=("$(centre "$work/shots/pad.txt" "$k")"); done
  local del; del=$(centre "$work/shots/pad.txt" "Xóa hết")
  for ((i = 0; i < taps; ++i)); do
    echo "tap ${keys[$((i % 10))]}" >&3; echo "wait 100" >&3
    if (( i % 10 == 9 )); then echo "tap $del" >&3; echo "wait 100" >&3; fi
  done
  echo quit >&3; exec 3>&-
  wait $pid
  echo "$1: $(grep -o 'touch feedback: .*' "$work/log")"
}

echo "touch feedback, $taps taps on the number pad, 1920x1080, offscreen software renderer ($(nproc) cores)"
run "quiet machine"
for ((c = 0; c < $(nproc); ++c)); do (while :; do :; done) & done
run "all cores busy"
