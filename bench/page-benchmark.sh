#!/usr/bin/env bash
# Times the import of saved pages (HTML): every HTML fixture of the tests grown to about
# 1 MB (its content repeated), read in one JVM RUNS times (median, min, max), then the
# grown pages imported by the jar into a fresh H2 database, with the import's own timing.
#
# Usage: bench/page-benchmark.sh [BYTES] [RUNS]   (default 1048576 bytes, 15 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
bytes=${1:-1048576}
runs=${2:-15}
work=$(mktemp -d "${TMPDIR:-/tmp}/thaw-page-bench.XXXXXX")
[ "${BENCH_KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT

./mvnw -q -DskipTests package
./mvnw -q dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
java -cp "target/classes:$(cat "$work/cp.txt")" bench/PageBenchmark.java "$work/pages" "$bytes" "$runs" \
	$(find src/test/resources/fixtures -type d -name html)

echo
echo "Importing the grown pages with the jar (database in $work)"
java -Xmx2g -jar target/thaw-corpus.jar --thaw.import-only --thaw.sources="$work/pages" \
	--spring.datasource.url="jdbc:h2:file:$work/db/thaw" \
	--spring.jpa.properties.hibernate.search.backend.directory.root="$work/index" \
	--logging.level.org.thawcorpus=INFO >"$work/import.log" 2>&1 || true
grep -E "Import finished" "$work/import.log" | sed 's/^.*SourceImporter *: /  /' || tail -n 20 "$work/import.log"
