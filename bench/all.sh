#!/usr/bin/env bash
# Runs the whole benchmark suite in order over one work folder, with one build of the jar:
# start (bench/start-benchmark.sh), import of 1,000, 3,000 and 10,000 sources
# (bench/import-benchmark.sh), then the page and search benchmarks on the largest imported
# corpus with the memory after them (bench/memory-benchmark.sh). Writes bench/RESULTS.md
# afresh: a summary of the targets, met or not, then each part's figures.
#
# Usage: bench/all.sh   (about an hour on a 2-core machine; BENCH_QUICK=1: 200 sources and
# short runs, a few minutes, results in target/bench/RESULTS-quick.md)
# Each part's variables apply (BENCH_IMPORT_SIZES, BENCH_SECONDS, BENCH_JAVA_OPTS, BENCH_JAR...);
# BENCH_KEEP=1 keeps the work folder.
set -euo pipefail
cd "$(dirname "$0")/.."
args="$*"
. bench/serving.sh all
read -ra sizes <<<"${BENCH_IMPORT_SIZES:-$([ "$quick" = 1 ] && echo "20 60 200" || echo "1000 3000 10000")}"
export BENCH_DIR=$work BENCH_RESULTS=$results BENCH_IMPORT_SIZES="${sizes[*]}"
rm -f "$results"
echo "Running the suite; figures go to $results" | section "Summary of the targets"

bench/start-benchmark.sh
bench/import-benchmark.sh
bench/memory-benchmark.sh "${sizes[-1]}"

cat "$work"/targets-{start,import,pages,search,memory}.md 2>/dev/null >"$work/targets-all.md" || true
{
	echo "The parts in order: \`bench/start-benchmark.sh\`, \`bench/import-benchmark.sh\`, \`bench/memory-benchmark.sh ${sizes[-1]}\`"
	echo "(which runs \`bench/pages-benchmark.sh\` and \`bench/search-benchmark.sh\` on its server); each part's section"
	echo "below gives its own time and load. Finished $(date -u '+%Y-%m-%d %H:%M UTC')."
} | section "Summary of the targets"
echo
cat "$work/targets-all.md"
