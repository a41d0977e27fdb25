#!/usr/bin/env bash
# Compares the two set-ups on one synthetic corpus of COUNT sources (bench/GenerateCorpus.java):
# the embedded one (H2 and a Lucene index in a folder, one instance) and the cluster one
# (PostgreSQL 15 and a two-node OpenSearch cluster, started by .ci/with-postgres.sh and
# .ci/with-opensearch.sh, and the `cluster` profile). For each it times one importer's
# `--thaw.import-only` run into a fresh store, then serves the corpus and runs two readers at
# once, each going through the fixed searches of bench/search-queries.txt (the suite's, as
# bench/search-benchmark.sh times them) once to warm up and then PASSES times on one
# connection: on the embedded set-up both readers ask its one instance; on the cluster set-up
# each asks a web instance of its own. It prints each import's files per second and, for each
# set-up, the searches' median, p95 and p99 latency, the requests a second, and the CPU the
# servers used a request (the web instances; on the cluster set-up also the OpenSearch JVM
# and PostgreSQL's processes).
#
# Usage: bench/cluster-benchmark.sh [COUNT] [PASSES]   (default 1000 sources, 2 passes)
# BENCH_JAR=path times another build; BENCH_PORT sets the first web port (default 18211; a
# second instance takes the next).
set -euo pipefail
cd "$(dirname "$0")/.."
fail() { echo "cluster-benchmark: $*" >&2; exit 1; }
command -v curl >/dev/null || fail "curl is missing (apt-get install -y curl)."

if [ "${1:-}" = --cluster-half ]; then
	# Run by the first half inside .ci/with-postgres.sh and .ci/with-opensearch.sh, in its folder.
	export BENCH_DIR=$2 BENCH_JAR=$3
	passes=$4 port=$5
	. bench/serving.sh cluster-half
else
	count=${1:-1000}
	passes=${2:-2}
	port=${BENCH_PORT:-18211}
	. bench/serving.sh cluster
fi

instances=()
stop_instances() {
	for pid in "${instances[@]}"; do kill "$pid" 2>/dev/null || true; done
	for pid in "${instances[@]}"; do wait "$pid" 2>/dev/null || true; done
	instances=()
}
trap 'stop_instances; cleanup' EXIT

# Imports the corpus with the jar's options given; prints the importer's summary and the wall time.
timed_import() {
	local label=$1 start
	shift
	start=$(date +%s.%N)
	# Status 1 says that a file failed: the report's summary line counts them.
	java -Xmx2g -jar "$jar" --thaw.import-only --thaw.sources="$work/corpus" "$@" >"$work/import-$label.log" 2>&1 || true
	grep -q 'Import finished' "$work/import-$label.log" \
		|| fail "the $label import did not finish; its log: $work/import-$label.log (BENCH_KEEP=1 keeps it)"
	printf '%s import: %s; the whole command %.1f s\n' "$label" \
		"$(sed -n 's/^.*Import finished: //p' "$work/import-$label.log" | cut -d';' -f1-2)" \
		"$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')"
}

# Starts an instance on a port with the jar's options given, importing nothing.
instance() {
	local port=$1
	shift
	java -Xmx2g -jar "$jar" --server.port="$port" --thaw.import-on-startup=false --thaw.import.enabled=false "$@" \
		>"$work/web-$port.log" 2>&1 &
	instances+=($!)
}

ready() {
	local port
	for port in "$@"; do
		for _ in $(seq 1 600); do
			[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness")" = 200 ] && continue 2
			sleep 1
		done
		fail "the instance on port $port was not ready after 600 s; its log: $work/web-$port.log"
	done
}

# One reader: the searches once to warm up, then PASSES times; "status seconds" a line to $2.
reader() {
	local port=$1 out=$2
	search_config "http://127.0.0.1:$port" "$out.conf" /dev/null
	curl -s -K "$out.conf" >/dev/null
	for _ in $(seq 1 "$passes"); do
		curl -s -K "$out.conf" -w '%{http_code} %{time_total}\n'
	done >"$out"
}

# The processes named that are still running.
alive() { for pid in "$@"; do [ -r "/proc/$pid/stat" ] && echo "$pid"; done; }

# Runs one reader per port given at once (a port may be named twice) and prints the figures;
# the servers' process ids are in $servers.
searches() {
	local label=$1 readers=() n=0 port cpu_before seconds
	shift
	cpu_before=$(cpu_ms $(alive $servers))
	for port in "$@"; do
		n=$((n + 1))
		reader "$port" "$work/times-$label-$n.txt" &
		readers+=($!)
	done
	wait "${readers[@]}"
	cpu=$(($(cpu_ms $(alive $servers)) - cpu_before))
	cat "$work"/times-"$label"-*.txt >"$work/times-$label.txt"
	ms() { awk '{ printf "%.1f\n", $2 * 1000 }' "$work/times-$label.txt"; }
	requests=$(wc -l <"$work/times-$label.txt")
	seconds=$(awk '{ s += $2 } END { print s }' "$work/times-$label.txt")
	printf '%s: %d readers at once, %d requests (HTTP %s): median %s ms, p95 %s ms, p99 %s ms; %.1f requests/s a reader; %.0f CPU ms a request (warm-up included)\n' \
		"$label" "$n" "$requests" \
		"$(awk '{ n[$1]++ } END { for (s in n) printf "%s%s x %d", (k++ ? ", " : ""), s, n[s] }' "$work/times-$label.txt")" \
		"$(ms | percentile 50)" "$(ms | percentile 95)" "$(ms | percentile 99)" \
		"$(awk -v r="$requests" -v s="$seconds" 'BEGIN { print r / s }')" \
		"$(awk -v c="$cpu" -v r="$requests" -v p="$passes" 'BEGIN { print c / (r * (p + 1) / p) }')"
}

if [ "${1:-}" = --cluster-half ]; then
	timed_import cluster --spring.profiles.active=cluster
	counts=$(.ci/cluster-counts.sh) || fail "the cluster import wrote no documents table to PostgreSQL."
	echo "cluster stores: $counts"
	validate=--spring.jpa.properties.hibernate.search.schema_management.strategy=validate
	instance "$port" --spring.profiles.active=cluster "$validate"
	instance "$((port + 1))" --spring.profiles.active=cluster "$validate"
	ready "$port" "$((port + 1))"
	servers="${instances[*]} ${OPENSEARCH_PID:-} ${POSTGRES_PID:-} $(ps -o pid= --ppid "${POSTGRES_PID:-1}" | tr '\n' ' ')"
	searches cluster "$port" "$((port + 1))"
	exit
fi

java bench/GenerateCorpus.java "$work/corpus" "$count" seeds src/test/resources/fixtures >/dev/null
echo "Corpus: $count sources, $(du -sh "$work/corpus" | cut -f1); load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) processors"

timed_import embedded $(store "$work/embedded")
instance "$port" $(store "$work/embedded")
ready "$port"
servers="${instances[*]}"
searches embedded "$port" "$port"
stop_instances

.ci/with-postgres.sh .ci/with-opensearch.sh bench/cluster-benchmark.sh --cluster-half "$work" "$jar" "$passes" "$port"
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg); during the run (every 5 s): $(sort -g "$work"/load-* | awk 'NR == 1 { lo = $1 } { hi = $1; s += $1 } END { printf "%.1f to %.1f, mean %.1f", lo, hi, s / NR }')"
