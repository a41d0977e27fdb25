#!/usr/bin/env bash
# Times the start-up: from launching the jar to the first HTTP 200 of the corpus page, in
# CPU seconds (user + system of the JVM, from /proc) and wall seconds, for four ways of
# running it, taken in turn RUNS times over the same imported database:
#   plain      java -jar target/thaw-corpus.jar
#   flags      the same with -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
#   cds        the jar extracted (-Djarmode=tools extract) with a class data sharing
#              archive written by a training run (-XX:ArchiveClassesAtExit)
#   cds+flags  both
# and prints each one's medians, their ratios to plain's, and the peak resident memory
# at the first 200 (VmHWM). BENCH_WAYS picks other ways, among them:
#   tiered           plain with -XX:TieredStopAtLevel=1 alone
#   aot              plain with Spring's AOT initialisation (-Dspring.aot.enabled=true;
#                    a jar built with spring-boot-maven-plugin's process-aot)
#   aot+cds+flags    the extracted jar with AOT, its own CDS archive and the flags
#   small            cds+flags with a small thread stack, a capped heap and code cache
#                    (the README's run command)
#
# Usage: bench/start-benchmark.sh [RUNS]   (default 5)
# BENCH_JAR=path times another build; BENCH_KEEP=1 keeps the work folder, BENCH_DIR names
# one to keep and use again (the same build's only: the archives belong to it); BENCH_PORT sets
# the port (default 18081); BENCH_WAYS="plain cds+flags small" the ways, in turn.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
port=${BENCH_PORT:-18081}
. bench/serving.sh thaw-start-bench
fast=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
small=(-Xss512k -Xmx256m -XX:ReservedCodeCacheSize=64m)
aot=(-Dspring.aot.enabled=true)
read -r -a names <<<"${BENCH_WAYS:-plain flags cds cds+flags}"

# One import of the seeds, copied for every run, so each start finds the same corpus. A
# BENCH_DIR that holds them from an earlier run keeps its corpus, extracted jar and archives.
extracted=$work/app/$(basename "$jar")
if [ ! -d "$work/corpus" ]; then
	java -jar "$jar" --thaw.import-only --thaw.sources=seeds $(store "$work/corpus") >"$work/import.log" 2>&1
fi
[ -f "$extracted" ] || java -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
if [ ! -f "$work/app.jsa" ]; then
	java -XX:ArchiveClassesAtExit="$work/app.jsa" -Dspring.context.exit=onRefresh -jar "$extracted" \
		--thaw.sources=seeds $(store "$work/corpus") >"$work/training.log" 2>&1
fi
if [[ " ${names[*]} " == *" aot+cds+flags "* && ! -f "$work/app-aot.jsa" ]]; then
	java "${aot[@]}" -XX:ArchiveClassesAtExit="$work/app-aot.jsa" -Dspring.context.exit=onRefresh -jar "$extracted" \
		--thaw.sources=seeds $(store "$work/corpus") >"$work/training-aot.log" 2>&1
fi

ticks=$(getconf CLK_TCK)
if curl -s -o /dev/null "http://localhost:$port/"; then
	echo "something already answers on port $port: set BENCH_PORT to a free one" >&2
	exit 1
fi
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
	m=$(awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$server/status")
	w=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
	kill "$server" && wait "$server" 2>/dev/null || true
	server=""
}

declare -A cpu wall rss
for i in $(seq 1 "$runs"); do
	for name in "${names[@]}"; do
		case $name in
		plain) start -jar "$jar" ;;
		flags) start "${fast[@]}" -jar "$jar" ;;
		cds) start -XX:SharedArchiveFile="$work/app.jsa" -jar "$extracted" ;;
		cds+flags) start "${fast[@]}" -XX:SharedArchiveFile="$work/app.jsa" -jar "$extracted" ;;
		tiered) start -XX:TieredStopAtLevel=1 -jar "$jar" ;;
		aot) start "${aot[@]}" -jar "$jar" ;;
		aot+cds+flags) start "${aot[@]}" "${fast[@]}" -XX:SharedArchiveFile="$work/app-aot.jsa" -jar "$extracted" ;;
		small) start "${fast[@]}" "${small[@]}" -XX:SharedArchiveFile="$work/app.jsa" -jar "$extracted" ;;
		*) echo "no way of starting called $name" >&2 && exit 2 ;;
		esac
		cpu[$name]+="$c "
		wall[$name]+="$w "
		rss[$name]+="$m "
		printf 'run %d %-13s %6s CPU s %6s s wall %5s MiB peak RSS\n' "$i" "$name" "$c" "$w" "$m"
	done
done

echo "median of $runs runs, load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
base=${names[0]}
base_cpu=$(printf "%s\n" ${cpu[$base]} | median)
base_wall=$(printf "%s\n" ${wall[$base]} | median)
for name in "${names[@]}"; do
	c=$(printf "%s\n" ${cpu[$name]} | median)
	w=$(printf "%s\n" ${wall[$name]} | median)
	m=$(printf "%s\n" ${rss[$name]} | median)
	awk -v n="$name" -v b="$base" -v c="$c" -v w="$w" -v m="$m" -v bc="$base_cpu" -v bw="$base_wall" \
		'BEGIN { printf "%-13s %6.2f CPU s (%.2fx %s)  %6.2f s wall (%.2fx %s)  %4d MiB peak RSS\n", n, c, c / bc, b, w, w / bw, b, m }'
done
