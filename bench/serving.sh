# Sourced by the benchmarks that serve the jar, with the work folder's name as $1: sets
# $work (removed on exit unless BENCH_KEEP=1), stops the server whose process id is in
# $server on exit, sets $jar to BENCH_JAR or else to the code as it stands, built, and
# defines median (of numbers, one a line).
work=$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX")
server=""
cleanup() {
	[ -z "$server" ] || kill "$server" 2>/dev/null || true
	[ "${BENCH_KEEP:-0}" = 1 ] || rm -rf "$work"
}
trap cleanup EXIT

jar=${BENCH_JAR:-}
if [ -z "$jar" ]; then
	./mvnw -q -DskipTests package
	jar=target/thaw-corpus.jar
fi

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
