#!/usr/bin/env bash
# Compares the two set-ups on one synthetic corpus of COUNT sources (bench/GenerateCorpus.java):
# the embedded one (H2 and a Lucene index in a folder, one instance) and the cluster one
# (PostgreSQL 15 and a two-node OpenSearch cluster, started by .ci/with-postgres.sh and
# .ci/with-opensearch.sh, and the `cluster` profile). For each it times one importer's
# `--thaw.import-only` run into a fresh store, then serves the corpus and, after a warm-up,
# runs wrk for SECONDS on /api/search with the mix of bench/search-queries.lua: on the embedded
# set-up two connections to its one instance; on the cluster set-up two web instances with one
# connection each (two wrk at once), so that both serve two searches at a time. It prints
# each import's files per second and each wrk's median, p95 and p99 latency.
#
# Usage: bench/cluster-benchmark.sh [COUNT] [SECONDS]   (default 1000 sources, 30 s)
# Needs wrk (apt-get install -y wrk). BENCH_JAR=path times another build; BENCH_PORT sets
# the first web port (default 18211; a second instance takes the next).
set -euo pipefail
cd "$(dirname "$0")/.."
fail() { echo "cluster-benchmark: $*" >&2; exit 1; }
command -v wrk >/dev/null || fail "wrk is missing (apt-get install -y wrk)."
command -v curl >/dev/null || fail "curl is missing (apt-get install -y curl)."

instances=()
stop_instances() {
	for pid in "${instances[@]}"; do kill "$pid" 2>/dev/null || true; done
	for pid in "${instances[@]}"; do wait "$pid" 2>/dev/null || true; done
	instances=()
}

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

# Runs one wrk per port at once, with CONNECTIONS each, after a warm-up; prints each summary.
searches() {
	local label=$1 connections=$2 pids=() port
	shift 2
	for port in "$@"; do
		wrk -t1 -c"$connections" -d"$((seconds / 3 + 5))s" --timeout 10s -s bench/search-queries.lua \
			"http://127.0.0.1:$port" -- /api/search >/dev/null &
		pids+=($!)
	done
	wait "${pids[@]}"
	pids=()
	for port in "$@"; do
		wrk -t1 -c"$connections" -d"${seconds}s" --timeout 10s -s bench/search-queries.lua \
			"http://127.0.0.1:$port" -- /api/search >"$work/wrk-$label-$port.txt" &
		pids+=($!)
	done
	wait "${pids[@]}"
	for port in "$@"; do
		printf '%s, instance on port %s, %s connection(s): %s\n' "$label" "$port" "$connections" \
			"$(tail -n 1 "$work/wrk-$label-$port.txt")"
	done
}

if [ "${1:-}" = --cluster-half ]; then
	# Run by the first half inside .ci/with-postgres.sh and .ci/with-opensearch.sh.
	work=$2 jar=$3 seconds=$4 port=$5
	trap stop_instances EXIT
	timed_import cluster --spring.profiles.active=cluster
	counts=$(.ci/cluster-counts.sh) || fail "the cluster import wrote no documents table to PostgreSQL."
	echo "cluster stores: $counts"
	validate=--spring.jpa.properties.hibernate.search.schema_management.strategy=validate
	instance "$port" --spring.profiles.active=cluster "$validate"
	instance "$((port + 1))" --spring.profiles.active=cluster "$validate"
	ready "$port" "$((port + 1))"
	searches cluster 1 "$port" "$((port + 1))"
	exit
fi

count=${1:-1000}
seconds=${2:-30}
port=${BENCH_PORT:-18211}
. bench/serving.sh thaw-cluster-bench
trap 'stop_instances; cleanup' EXIT
java bench/GenerateCorpus.java "$work/corpus" "$count" seeds src/test/resources/fixtures >/dev/null
echo "Corpus: $count sources, $(du -sh "$work/corpus" | cut -f1); load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) processors"

timed_import embedded $(store "$work/embedded")
instance "$port" $(store "$work/embedded")
ready "$port"
searches embedded 2 "$port"
stop_instances

.ci/with-postgres.sh .ci/with-opensearch.sh bench/cluster-benchmark.sh --cluster-half "$work" "$jar" "$seconds" "$port"
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
