#!/usr/bin/env bash
# Times the start-up: from launching the jar to the first HTTP 200 of the corpus page, in
# CPU seconds (user + system of the JVM, from /proc) and wall seconds, for four ways of
# running it, taken in turn RUNS times over the same imported database:
#   plain      java -jar target/thaw-corpus.jar
#   flags      the same with -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
#   cds        the jar extracted (-Djarmode=tools extract) with a class data sharing
#              archive written by a training run (-XX:ArchiveClassesAtExit)
#   cds+flags  both
# and prints each one's medians and their ratios to plain's.
#
# Usage: bench/start-benchmark.sh [RUNS]   (default 5)
# BENCH_JAR=path times another build; BENCH_KEEP=1 keeps the work folder; BENCH_PORT sets
# the port (default 18081).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
port=${BENCH_PORT:-18081}
. bench/serving.sh thaw-start-bench
fast=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)

# One import of the seeds, copied for every run, so each start finds the same corpus.
java -jar "$jar" --thaw.import-only --thaw.sources=seeds $(store "$work/corpus") >"$work/import.log" 2>&1
java -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
extracted=$work/app/$(basename "$jar")
java -XX:ArchiveClassesAtExit="$work/app.jsa" -Dspring.context.exit=onRefresh -jar "$extracted" \
	--thaw.sources=seeds $(store "$work/corpus") >"$work/training.log" 2>&1

ticks=$(getconf CLK_TCK)
# Starts one way of running, waits for the first 200 and sets $c (CPU s) and $w (wall s).
start() {
	local run=$work/run
	rm -rf "$run" && cp -r "$work/corpus" "$run"
	local t0 t1
	t0=$(date +%s.%N)
	java "$@" --thaw.sources=seeds --server.port="$port" $(store "$run") >"$work/server.log" 2>&1 &
	server=$!
	until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/")" = 200 ]; do
		kill -0 "$server" 2>/dev/null || { echo "the server stopped; see $work/server.log" >&2; exit 1; }
		sleep 0.05
	done
	t1=$(date +%s.%N)
	c=$(awk -v t="$ticks" '{ printf "%.2f", ($14 + $15) / t }' "/proc/$server/stat")
	w=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
	kill "$server" && wait "$server" 2>/dev/null || true
	server=""
}

declare -A cpu wall
names=(plain flags cds cds+flags)
for i in $(seq 1 "$runs"); do
	for name in "${names[@]}"; do
		case $name in
		plain) start -jar "$jar" ;;
		flags) start "${fast[@]}" -jar "$jar" ;;
		cds) start -XX:SharedArchiveFile="$work/app.jsa" -jar "$extracted" ;;
		cds+flags) start "${fast[@]}" -XX:SharedArchiveFile="$work/app.jsa" -jar "$extracted" ;;
		esac
		cpu[$name]+="$c "
		wall[$name]+="$w "
		printf 'run %d %-9s %6s CPU s %6s s wall\n' "$i" "$name" "$c" "$w"
	done
done

echo "median of $runs runs, load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
base_cpu=$(printf "%s\n" ${cpu[plain]} | median)
base_wall=$(printf "%s\n" ${wall[plain]} | median)
for name in "${names[@]}"; do
	c=$(printf "%s\n" ${cpu[$name]} | median)
	w=$(printf "%s\n" ${wall[$name]} | median)
	awk -v n="$name" -v c="$c" -v w="$w" -v bc="$base_cpu" -v bw="$base_wall" \
		'BEGIN { printf "%-9s %6.2f CPU s (%.2fx plain)  %6.2f s wall (%.2fx plain)\n", n, c, c / bc, w, w / bw }'
done
