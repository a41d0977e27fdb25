#!/usr/bin/env bash
# Times the start-up: from launching to the first HTTP 200 of the home page, in CPU seconds
# (user + system of the JVM, from /proc) and wall seconds, RUNS times in turn for:
#   app, README   the jar as the README runs it (bench/serving.sh's launch: extracted, with a
#                 class data sharing archive and the README's JVM options)
#   app, plain    java -jar target/thaw-corpus.jar
#   bare, plain   a bare Spring Boot application with the same starters (web, Thymeleaf,
#                 Data JPA, H2: bench/bare/), built here with the project's Spring Boot version
#   bare, README  the bare application run as the README runs the app
# The app starts over a copy of one imported database of the seeds each time. Prints the
# medians, their ratios to the bare application's, and the target: the app as the README runs
# it in at most 1.2x the CPU seconds of the bare application, run the same way and run plain.
#
# Usage: bench/start-benchmark.sh [RUNS]   (default 5; BENCH_QUICK=1: 1)
# BENCH_JAR=path times another build; BENCH_JAVA_OPTS the README's JVM options; BENCH_PORT
# the port (default 18081); BENCH_KEEP=1 keeps the work folder.
set -euo pipefail
cd "$(dirname "$0")/.."
args="$*"
. bench/serving.sh start
runs=${1:-$([ "$quick" = 1 ] && echo 1 || echo 5)}
port=${BENCH_PORT:-18081}

# The bare application, built with the project's Spring Boot version (offline when it can).
boot=$(sed -n '/<parent>/,/<\/parent>/s/.*<version>\(.*\)<\/version>.*/\1/p' pom.xml)
rm -rf "$work/bare" && cp -r bench/bare "$work/bare"
sed -i "/<parent>/,/<\/parent>/s|<version>.*</version>|<version>$boot</version>|" "$work/bare/pom.xml"
./mvnw -o -q -B -f "$work/bare/pom.xml" -DskipTests package >/dev/null 2>&1 ||
	./mvnw -q -B -f "$work/bare/pom.xml" -DskipTests package
bare=$work/bare/target/bare.jar

# One import of the seeds, copied for every run, so each start finds the same corpus.
java -jar "$jar" --thaw.import-only --thaw.sources=seeds $(store "$work/seeds") >"$work/import.log" 2>&1
read -ra app_readme <<<"$(launch app "$jar" $(store "$work/training"))"
read -ra bare_readme <<<"$(launch bare-app "$bare")"

ticks=$(getconf CLK_TCK)
# Starts a command, waits for the first 200 of / and sets $c (CPU s) and $w (wall s).
start() {
	local t0 t1
	rm -rf "$work/run" && cp -r "$work/seeds" "$work/run"
	t0=$(date +%s.%N)
	"$@" --server.port="$port" >"$work/server.log" 2>&1 &
	server=$!
	until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/")" = 200 ]; do
		kill -0 "$server" 2>/dev/null || { echo "It stopped: $*; see $work/server.log" >&2; exit 1; }
		sleep 0.05
	done
	t1=$(date +%s.%N)
	c=$(awk -v t="$ticks" '{ sub(/^.*\) /, ""); printf "%.2f", ($12 + $13) / t }' "/proc/$server/stat")
	w=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
	kill "$server" && wait "$server" 2>/dev/null || true
	server=""
}

declare -A cpu wall
names=("app, README" "app, plain" "bare, plain" "bare, README")
app_args=(--thaw.sources=seeds $(store "$work/run"))
for i in $(seq 1 "$runs"); do
	for name in "${names[@]}"; do
		case $name in
		"app, README") start "${app_readme[@]}" "${app_args[@]}" ;;
		"app, plain") start java -jar "$jar" "${app_args[@]}" ;;
		"bare, plain") start java -jar "$bare" ;;
		"bare, README") start "${bare_readme[@]}" ;;
		esac
		cpu[$name]+="$c "
		wall[$name]+="$w "
		printf 'run %d %-13s %6s CPU s %6s s wall\n' "$i" "$name" "$c" "$w"
	done
done

bare_cpu=$(printf "%s\n" ${cpu["bare, plain"]} | median)
bare_wall=$(printf "%s\n" ${wall["bare, plain"]} | median)
{
	echo "Medians of $runs runs, each way in turn; ratios to the bare application run plain."
	echo "The README's way: \`${app_readme[*]}\` (the archive trained once)."
	echo
	echo "| way of starting | CPU s | ratio | wall s | ratio |"
	echo "| --- | --- | --- | --- | --- |"
	for name in "${names[@]}"; do
		c=$(printf "%s\n" ${cpu[$name]} | median)
		w=$(printf "%s\n" ${wall[$name]} | median)
		awk -v n="$name" -v c="$c" -v w="$w" -v bc="$bare_cpu" -v bw="$bare_wall" \
			'BEGIN { printf "| %s | %.2f | %.2f | %.2f | %.2f |\n", n, c, c / bc, w, w / bw }'
	done
} >"$work/start.md"
cat "$work/start.md"
app_cpu=$(printf "%s\n" ${cpu["app, README"]} | median)
bare_readme_cpu=$(printf "%s\n" ${cpu["bare, README"]} | median)
for pair in "bare, README:$bare_readme_cpu" "bare, plain:$bare_cpu"; do
	ratio=$(awk -v a="$app_cpu" -v b="${pair#*:}" 'BEGIN { printf "%.2f", a / b }')
	target "first 200: app (README) CPU s at most 1.2x ${pair%%:*}" "$app_cpu s = ${ratio}x" \
		"$(awk -v r="$ratio" 'BEGIN { print (r <= 1.2) ? 1 : 0 }')"
done
section "Start: CPU and wall seconds to the first 200" <"$work/start.md"
