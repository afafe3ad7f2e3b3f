#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Media pipeline figures (issue 3). Writes raw output to build/bench-video/ and prints a summary.
#   bench/video/run.sh [BUILD_DIR]        (default build; the benches must be built)
# Knobs: REPS (3), MEDIA_DIR (BUILD_DIR/bench-media), PLAYER_CMD (default: the decode_bench
# stand-in; set it to 'BUILD/signage play {file} --headless' once that command exists).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BUILD="$(cd "${1:-$ROOT/build}" && pwd)"
SHARED="${SHARED_BENCH:-$ROOT/../../shared/bench}"
[[ -d "$SHARED" ]] || SHARED=/work/shared/bench
export MEDIA_DIR="${MEDIA_DIR:-$BUILD/bench-media}"
OUT="$BUILD/bench-video"
mkdir -p "$OUT" "$MEDIA_DIR"
DECODE="$BUILD/bench/video/decode_bench"
SYNC="$BUILD/bench/video/av_sync_bench"
[[ -x "$DECODE" && -x "$SYNC" ]] || { echo "build decode_bench and av_sync_bench first" >&2; exit 2; }

bash "$SHARED/gen_media.sh" >&2
FF=(ffmpeg -hide_banner -loglevel error -nostdin -y)
# 720p60 for the "0 dropped frames at 720p60" figure.
[[ -s "$MEDIA_DIR/h264_720p60_6M_30s.mp4" ]] || "${FF[@]}" -f lavfi -i "testsrc2=size=1280x720:rate=60:duration=30" \
  -f lavfi -i "sine=frequency=440:sample_rate=48000:duration=30" -map 0:v -map 1:a -vf format=yuv420p \
  -c:v libx264 -preset fast -profile:v high -b:v 6M -maxrate 8M -bufsize 12M -g 120 -c:a aac -b:a 128k -ac 2 \
  -movflags +faststart "$MEDIA_DIR/h264_720p60_6M_30s.mp4"
# 10 minutes of flashes (bottom half white on frames n % 15 == 7) with clicks at the same instants.
[[ -s "$MEDIA_DIR/sync_10min.mp4" ]] || "${FF[@]}" \
  -f lavfi -i "color=c=black:s=320x240:r=30:d=600,drawbox=y=ih/2:w=iw:h=ih/2:color=white:t=fill:enable='eq(mod(n,15),7)'" \
  -f lavfi -i "aevalsrc='if(gte(t,7/30)*lt(mod(t-7/30,0.5),0.02),0.8*sin(2*PI*1000*t),0)':s=48000:c=stereo:d=600" \
  -c:v libx264 -preset ultrafast -g 60 -pix_fmt yuv420p -c:a aac -b:a 96k -movflags +faststart "$MEDIA_DIR/sync_10min.mp4"

echo "== pipeline vs ffmpeg null (compare_player.sh, PEERS=0, no X) =="
PLAYER_CMD="${PLAYER_CMD:-$DECODE {file}}"
for f in h264_1080p30_8M_30s.mp4 h264_720p30_4M_30s.mp4 hevc_1080p30_5M_30s.mp4; do
  [[ -s "$MEDIA_DIR/$f" ]] || continue
  echo "-- $f"
  PLAYER_CMD="$PLAYER_CMD" PEERS=0 XVFB=0 REPS="${REPS:-3}" bash "$SHARED/compare_player.sh" "$MEDIA_DIR/$f" \
    | tee "$OUT/compare_${f%.mp4}.txt" | grep -E '^(tool|ffmpeg|player|ratio)'
done

echo "== drops, open/stop time, peak RSS (decode_bench, real time) =="
for f in h264_1080p30_8M_30s.mp4 h264_720p60_6M_30s.mp4 hevc_1080p30_5M_30s.mp4 h264_2160p30_25M_10s.mp4; do
  [[ -s "$MEDIA_DIR/$f" ]] || continue
  "$DECODE" "$MEDIA_DIR/$f" 2>/dev/null | tee -a "$OUT/decode_bench.txt"
done

echo "== A/V sync over 10 minutes (av_sync_bench) =="
"$SYNC" "$MEDIA_DIR/sync_10min.mp4" 2>/dev/null | tee "$OUT/av_sync.txt"
