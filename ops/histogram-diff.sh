#!/usr/bin/env bash
# What grew between two class histograms (jcmd GC.class_histogram output), largest first, in kB.
# Usage: ops/histogram-diff.sh BEFORE AFTER [lines]   e.g. after ops/memory-per-session.sh:
#        ops/histogram-diff.sh /tmp/groundwork-memory/histogram-0.txt /tmp/groundwork-memory/histogram-200-browsed.txt
set -euo pipefail
awk 'FNR == NR && $1 ~ /^[0-9]+:$/ {before[$4] = $3; next}
     $1 ~ /^[0-9]+:$/ {grow = $3 - before[$4]; if (grow > 0) printf "%10d kB %10d instances  %s\n", grow / 1024, $2, $4}' \
    "$1" "$2" | sort -rn | head -"${3:-40}"
