# Sourced by the benchmarks that serve the jar, with the work folder's name as $1: sets
# $work (BENCH_DIR if set, kept; else a new folder, removed on exit unless BENCH_KEEP=1),
# stops the server whose process id is in $server on exit, sets $jar to BENCH_JAR or else
# to the code as it stands, built, and defines median (of numbers, one a line), store
# (the database and index options for a folder) and serve (starts the jar on $port over
# $work's store, importing nothing, and waits up to $2 seconds for its readiness).
work=${BENCH_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX")}
mkdir -p "$work"
server=""
cleanup() {
	[ -z "$server" ] || kill "$server" 2>/dev/null || true
	[ -n "${BENCH_DIR:-}" ] || [ "${BENCH_KEEP:-0}" = 1 ] || rm -rf "$work"
}
trap cleanup EXIT

jar=${BENCH_JAR:-}
if [ -z "$jar" ]; then
	./mvnw -q -DskipTests package
	jar=target/thaw-corpus.jar
fi

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

store() { echo "--spring.datasource.url=jdbc:h2:file:$1/db/thaw" \
	"--spring.jpa.properties.hibernate.search.backend.directory.root=$1/index"; }

serve() {
	java -Xmx2g -jar "$jar" --thaw.import-on-startup=false --server.port="$port" $(store "$work") \
		>"$work/server.log" 2>&1 &
	server=$!
	base="http://localhost:$port"
	for _ in $(seq 1 "$1"); do
		if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/actuator/health/readiness")" = 200 ]; then
			break
		fi
		sleep 1
	done
}
