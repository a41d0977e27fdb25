#!/usr/bin/env bash
# Times the reading view of long documents: writes two text sources of about BYTES each
# (plain paragraphs; an article of many sections, a citation in each), imports them with
# the jar into a fresh H2 database, serves them, and fetches the first page of each
# reading view RUNS times after WARMUP fetches: the median time and the page's bytes.
#
# Usage: bench/reading-benchmark.sh [BYTES] [RUNS] [WARMUP]   (default 3900000 bytes, 7, 3)
# BENCH_JAR=path times another build (say, one of an older commit); BENCH_KEEP=1 keeps
# the work folder; BENCH_PORT sets the port (default 18080).
set -euo pipefail
cd "$(dirname "$0")/.."
bytes=${1:-3900000}
runs=${2:-7}
warmup=${3:-3}
port=${BENCH_PORT:-18080}
. bench/serving.sh thaw-reading-bench
java bench/GenerateLongSources.java "$work/sources" "$bytes"
java -Xmx2g -jar "$jar" --thaw.import-only --thaw.sources="$work/sources" $(store "$work") >"$work/import.log" 2>&1
serve 120

for slug in $(curl -s "$base/api/documents" | grep -o '"slug":"[^"]*"' | cut -d'"' -f4); do
	url="$base/documents/$slug"
	for _ in $(seq 1 "$warmup"); do curl -s -o /dev/null "$url"; done
	times=$(for _ in $(seq 1 "$runs"); do curl -s -o /dev/null -w '%{time_total}\n' "$url"; done)
	size=$(curl -s -o /dev/null -w '%{size_download}' "$url")
	pages=$(curl -s "$url" | grep -o 'Page 1 of [0-9]*' | head -n 1 || true)
	printf '%s: first page median %s s over %s runs, %s bytes%s\n' "$slug" "$(echo "$times" | median)" "$runs" \
		"$size" "${pages:+ ($pages)}"
done
