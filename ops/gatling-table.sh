#!/usr/bin/env bash
# Prints the per-request-type figures of a Gatling HTML report as a Markdown table (requests, failed, p50, p95, p99,
# max in ms), read from the report's statistics table.
# Usage: ops/gatling-table.sh target/gatling/groundworksimulation-<timestamp>[/index.html]
set -euo pipefail
report="$1"; [ -d "$report" ] && report="$report/index.html"
python3 - "$report" <<'PY'
import html, re, sys
page = open(sys.argv[1], encoding="utf-8").read()
print("| Request | Requests | Failed | p50 ms | p95 ms | p99 ms | max ms |")
print("|---|---|---|---|---|---|---|")
for row in re.findall(r'<tr.*?</tr>', page, re.S):
    name = re.search(r'class="ellipsed-name">([^<]*)<', row)
    cells = dict(re.findall(r'class="value [a-z ]*col-(\d+)">([^<]*)<', row))
    if name and {"2", "4", "8", "10", "11", "12"} <= cells.keys():
        print(f"| {html.unescape(name.group(1))} | {cells['2']} | {cells['4']} | {cells['8']} | {cells['10']} | "
              f"{cells['11']} | {cells['12']} |")
PY
