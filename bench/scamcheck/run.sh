#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Scam-check bench: 1,000,000-entry blocklist, p99 check latency. Usage: bench/scamcheck/run.sh [BUILD_DIR]
set -euo pipefail
build=${1:-build}
cmake --build "$build" -j2 --target bench_scamcheck
"$build/bench/scamcheck/bench_scamcheck" --entries 1000000 --checks 20000
