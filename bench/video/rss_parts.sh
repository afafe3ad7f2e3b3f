#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Where a process's resident memory is, by part, at its peak.
#   bench/video/rss_parts.sh [-n TOP] [-i SECONDS] -- COMMAND [ARGS...]
# Runs COMMAND, reads /proc/PID/smaps every SECONDS (0.25), keeps the sample with the
# largest Rss and prints it by part: anonymous memory (the [heap], unnamed mappings, i.e.
# glibc's other malloc arenas and large mmap'd blocks; private copies of file pages such
# as relocated data), file-backed pages per file (the TOP largest, default 15, then the
# rest), and shared memory (an X11 MIT-SHM window surface shows as SYSV00000000).
# File-backed = Rss − Anonymous of a mapping: clean pages of the libraries and caches.
# Also prints the kernel's own peak (VmHWM), which /usr/bin/time's %M reports.
set -uo pipefail
TOP=15
EVERY=0.25
while [[ $# -gt 0 ]]; do
  case "$1" in
  -n) TOP="$2"; shift 2 ;;
  -i) EVERY="$2"; shift 2 ;;
  --) shift; break ;;
  *) break ;;
  esac
done
[[ $# -gt 0 ]] || { echo "usage: $0 [-n TOP] [-i SECONDS] -- COMMAND [ARGS...]" >&2; exit 2; }
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
"$@" >"$TMP/out" 2>&1 &
PID=$!
best=0
hwm=0
while kill -0 "$PID" 2>/dev/null; do
  if cp "/proc/$PID/smaps" "$TMP/now" 2>/dev/null; then
    rss=$(awk '/^Rss:/ {s += $2} END {print s + 0}' "$TMP/now")
    h=$(awk '/^VmHWM:/ {print $2}' "/proc/$PID/status" 2>/dev/null)
    [[ -n "$h" ]] && hwm=$h
    if ((rss > best)); then best=$rss; mv "$TMP/now" "$TMP/peak"; fi
  fi
  sleep "$EVERY"
done
wait "$PID"
rc=$?
[[ -s "$TMP/peak" ]] || { echo "no sample taken (rc=$rc)" >&2; exit 1; }
awk -v top="$TOP" -v hwm="$hwm" -v rc="$rc" '
  /^[0-9a-f]+-[0-9a-f]+ / {
    name = ""; for (i = 6; i <= NF; i++) name = name (i > 6 ? " " : "") $i
    if (name == "") name = "[anon]"
    next
  }
  /^Rss:/ { rss[name] += $2; total += $2; cur = name; next }
  /^Anonymous:/ { anon[cur] += $2; anonTotal += $2; next }
  END {
    printf "peak sample: Rss %.1f MB (kernel VmHWM %.1f MB), exit %d\n", total / 1024, hwm / 1024, rc
    printf "anonymous %.1f MB:\n", anonTotal / 1024
    for (n in anon) if (anon[n] > 0 && (n ~ /^\[/ || n !~ /\//)) printf "  %-40s %8.1f MB\n", n, anon[n] / 1024
    fileAnon = 0; for (n in anon) if (n ~ /\// && n !~ /^\[/) fileAnon += anon[n]
    printf "  %-40s %8.1f MB\n", "(private copies in file mappings)", fileAnon / 1024
    k = 0; files = 0; shm = 0
    for (n in rss) {
      f = rss[n] - anon[n]
      if (n ~ /^\/SYSV|^\/dev\/shm|\(deleted\)$/ || n ~ /^SYSV/) { shm += f; continue }
      if (n ~ /^\[/ || f <= 0) continue
      files += f; k++; fn[k] = n; fv[k] = f
    }
    for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (fv[j] > fv[i]) { t = fv[i]; fv[i] = fv[j]; fv[j] = t; t = fn[i]; fn[i] = fn[j]; fn[j] = t }
    printf "file-backed %.1f MB in %d files:\n", files / 1024, k
    rest = 0
    for (i = 1; i <= k; i++) {
      if (i <= top) { m = fn[i]; sub(/^.*\//, "", m); printf "  %-40s %8.1f MB\n", m, fv[i] / 1024 } else rest += fv[i]
    }
    if (k > top) printf "  %-40s %8.1f MB\n", "(" k - top " more)", rest / 1024
    printf "shared memory %.1f MB\n", shm / 1024
  }' "$TMP/peak"
