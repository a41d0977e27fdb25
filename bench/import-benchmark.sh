#!/usr/bin/env bash
# Times the import of a synthetic corpus: a first import-only run into a fresh H2 database,
# then a second run in which every file is unchanged. Rerun it after changing the importer.
#
# Usage: bench/import-benchmark.sh [COUNT]   (default 10000 sources)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
work=$(mktemp -d "${TMPDIR:-/tmp}/thaw-bench.XXXXXX")
# BENCH_KEEP=1 keeps the corpus, database, index and logs for a look afterwards.
[ "${BENCH_KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT

# Build the jar of the code as it stands, so the figures are never those of an older build.
./mvnw -q -DskipTests package
java bench/GenerateCorpus.java "$work/corpus" "$count" seeds src/test/resources/fixtures

run() {
	local label=$1 start end
	start=$(date +%s.%N)
	java -Xmx2g -jar target/thaw-corpus.jar --thaw.import-only --thaw.sources="$work/corpus" \
		--spring.datasource.url="jdbc:h2:file:$work/db/thaw" \
		--spring.jpa.properties.hibernate.search.backend.directory.root="$work/index" \
		--logging.level.org.thawcorpus=INFO >"$work/$label.log" 2>&1 || true
	end=$(date +%s.%N)
	printf '%-10s %8.1f s  %s\n' "$label" "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" "$(tail -n 1 "$work/$label.log")"
	grep -E "Import finished" "$work/$label.log" | sed 's/^.*SourceImporter *: /           /' || true
}

echo "Importing $count sources (database and index in $work)"
run first
run unchanged
du -sh "$work/db" | sed 's/^/database  /'
