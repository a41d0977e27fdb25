#!/usr/bin/env bash
# Times corpus search over a synthetic corpus of COUNT sources (bench/GenerateCorpus.java:
# the seeds and the test fixtures, each copy made unique): imports it with the jar into a
# fresh H2 database and search index, serves it, warms it up, then runs wrk with one
# connection for SECONDS on each of /api/search and /search, cycling through a mix of
# queries (bench/search-queries.lua), and prints the median, p90, p95 and p99 latencies;
# then times concordances sorted by left context (each line in the console, the whole
# result built and sorted) and a CSV export, RUNS times each, printing the median and the
# number of lines. The load average is printed before and after: the figures move with it.
#
# Usage: bench/search-benchmark.sh [COUNT] [SECONDS] [RUNS]   (default 10000, 30, 7)
# Needs wrk (apt-get install -y wrk). BENCH_DIR=folder keeps the corpus, database and index
# there and reuses them on the next run (the import takes minutes); BENCH_JAR=path times
# another build; BENCH_PORT sets the port (default 18081).
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
seconds=${2:-30}
runs=${3:-7}
port=${BENCH_PORT:-18081}
. bench/serving.sh thaw-search-bench
if [ ! -d "$work/db" ]; then
	java bench/GenerateCorpus.java "$work/corpus" "$count" seeds src/test/resources/fixtures
	java -Xmx2g -jar "$jar" --thaw.import-only --thaw.sources="$work/corpus" $(store "$work") >"$work/import.log" 2>&1
	grep -E "Import finished" "$work/import.log" | sed 's/^.*SourceImporter *: //'
fi
serve 900
echo "Corpus: $(curl -s -D - -o /dev/null "$base/api/documents?size=1" | grep -i '^x-total-count' | tr -d '\r' | cut -d' ' -f2) documents"
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) processors"

# Warm-up: the JIT, Lucene's caches, Thymeleaf's templates.
wrk -t1 -c1 -d"$((seconds / 3 + 5))s" --timeout 10s -s bench/search-queries.lua "$base" -- /api/search >/dev/null
for path in /api/search /search; do
	printf '%s: %s\n' "$path" "$(wrk -t1 -c1 -d"${seconds}s" --timeout 10s -s bench/search-queries.lua "$base" -- "$path" | tail -n 1)"
done

for query in "q=faltering" "q=Kruschev&kind=BLOG_POST" "q=Khrushchev&part=review" "q=the&kind=BLOG_POST"; do
	lines=$(curl -s -D - -o /dev/null "$base/api/search?$query&format=csv" | grep -i '^x-total-count' | tr -d '\r' | cut -d' ' -f2)
	page=$(for _ in $(seq 1 "$runs"); do
		curl -s -o /dev/null -w '%{time_total}\n' "$base/search/concordance?$query&sort=left"
	done | median)
	export=$(for _ in $(seq 1 "$runs"); do
		curl -s -o /dev/null -w '%{time_total}\n' "$base/api/search?$query&sort=right&format=csv"
	done | median)
	printf 'concordance %-28s %6s lines: page sorted by left context median %s s, CSV export sorted by right context median %s s\n' \
		"$query" "${lines:-?}" "$page" "$export"
done
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
