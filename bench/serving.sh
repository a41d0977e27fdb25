# Sourced by every benchmark, with the work folder's name as $1. Sets:
#   $work   BENCH_DIR if set (kept, and shared by the parts bench/all.sh runs); else a new
#           folder, removed on exit unless BENCH_KEEP=1
#   $jar    BENCH_JAR, or else the code as it stands, built
#   $quick  1 under BENCH_QUICK=1: small sizes and short runs, to check the scripts in minutes
#   $results  the file the results go to: BENCH_RESULTS, else bench/RESULTS.md (a quick run:
#           target/bench/RESULTS-quick.md, so that it never overwrites the real figures)
# and defines median, percentile, store, corpus, launch, serve, search_config, cpu_ms, rss_mib,
# section and target (each described where it is defined). Processes started here are stopped on exit.
keep=${BENCH_KEEP:-0}
[ -z "${BENCH_DIR:-}" ] || keep=1
work=${BENCH_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/thaw-bench-$1.XXXXXX")}
mkdir -p "$work"
part=$1
rm -f "$work/targets-$part.md" "$work/load-$part"
quick=${BENCH_QUICK:-0}
if [ "$quick" = 1 ]; then
	results=${BENCH_RESULTS:-target/bench/RESULTS-quick.md}
else
	results=${BENCH_RESULTS:-bench/RESULTS.md}
fi
server=""
pids=()
cleanup() {
	for pid in $server "${pids[@]}"; do
		kill "$pid" 2>/dev/null || true
	done
	[ "$keep" = 1 ] || rm -rf "$work"
}
trap cleanup EXIT

jar=${BENCH_JAR:-}
if [ -z "$jar" ]; then
	./mvnw -q -DskipTests package
	jar=target/thaw-corpus.jar
	# The parts bench/all.sh and bench/memory-benchmark.sh run use this build.
	export BENCH_JAR=$jar BENCH_BUILT=1
fi

# The JVM options of the README's run command ("Run it"), beside the class data sharing archive
# that launch adds; keep them in step with the README and pom.xml. BENCH_JAVA_OPTS overrides
# them. ArchiveRelocationMode=0 maps the archive where it was written (JDK 17 relocates it by
# default, which writes to every page of it: about 100 MiB of private memory instead of shared,
# clean file pages). launch runs it with MALLOC_ARENA_MAX=2 (BENCH_MALLOC_ARENA_MAX), as the
# README does: glibc's malloc keeps two arenas, not eight a core.
read -ra java_opts <<<"${BENCH_JAVA_OPTS--XX:+UseSerialGC -Xss512k -Xmx256m -XX:ReservedCodeCacheSize=64m -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0}"
malloc_arenas=${BENCH_MALLOC_ARENA_MAX:-2}

# The load average is sampled every 5 s while the part runs (the figures move with it).
(while :; do cut -d' ' -f1 /proc/loadavg >>"$work/load-$part"; sleep 5; done) &
pids+=($!)
started=$(date -u '+%Y-%m-%d %H:%M UTC')

median() { percentile 50; }

# The Pth percentile (nearest rank) of numbers, one a line.
percentile() { sort -g | awk -v p="$1" '{ v[NR] = $1 } END { r = int((p * NR + 99) / 100); print v[(r < 1) ? 1 : r] }'; }

store() { echo "--spring.datasource.url=jdbc:h2:file:$1/db/thaw" \
	"--spring.jpa.properties.hibernate.search.backend.directory.root=$1/index"; }

# Makes $work/corpus-N (N synthetic sources from bench/GenerateCorpus.java, imported with
# the jar into its own database and index) unless it is there already; prints its folder.
corpus() {
	local dir=$work/corpus-$1
	if [ ! -d "$dir/db" ]; then
		java bench/GenerateCorpus.java "$dir/sources" "$1" seeds src/test/resources/fixtures >&2
		java -jar "$jar" --thaw.import-only --thaw.sources="$dir/sources" $(store "$dir") >"$dir/import.log" 2>&1 ||
			{ echo "The import of $1 sources failed; see $dir/import.log" >&2; exit 1; }
	fi
	echo "$dir"
}

# Prints the command that runs a jar as the README runs the application: extracted, with a
# class data sharing archive written by one training run (made once, in $work/$1), and
# java_opts. $1 names the folder, $2 is the jar, the rest are the training run's arguments.
# BENCH_CDS=0 leaves out the archive.
launch() {
	local dir=$work/$1 source=$2 name
	shift 2
	name=$(basename "$source")
	if [ "${BENCH_CDS:-1}" = 0 ]; then
		echo env MALLOC_ARENA_MAX="$malloc_arenas" java "${java_opts[@]}" -jar "$source"
		return
	fi
	if [ ! -f "$dir/app.jsa" ]; then
		java -Djarmode=tools -jar "$source" extract --force --destination "$dir" >/dev/null
		java -XX:ArchiveClassesAtExit="$dir/app.jsa" -Dspring.context.exit=onRefresh -jar "$dir/$name" "$@" \
			>"$dir/training.log" 2>&1 || true
	fi
	echo env MALLOC_ARENA_MAX="$malloc_arenas" java "${java_opts[@]}" -XX:SharedArchiveFile="$dir/app.jsa" -jar "$dir/$name"
}

# Serves the corpus in folder $2 (default $work) on $port as the README runs the application,
# importing nothing, and waits up to $1 seconds for its readiness. BENCH_SERVER (a process id)
# and BENCH_PORT name a server already running, which is used instead.
serve() {
	local dir=${2:-$work}
	base="http://localhost:$port"
	if [ -n "${BENCH_SERVER:-}" ]; then
		app_pid=$BENCH_SERVER
		return
	fi
	local command
	read -ra command <<<"$(launch app "$jar" $(store "$work/training"))"
	"${command[@]}" --thaw.import-on-startup=false --thaw.sources="$dir/sources" --server.port="$port" $(store "$dir") \
		>"$work/server.log" 2>&1 &
	server=$!
	app_pid=$server
	for _ in $(seq 1 "$1"); do
		if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/actuator/health/readiness")" = 200 ]; then
			return
		fi
		kill -0 "$server" 2>/dev/null || break
		sleep 1
	done
	echo "The application did not become ready in $1 s; see $work/server.log" >&2
	exit 1
}

# Writes the fixed searches of bench/search-queries.txt against the server at $1 as curl's
# configuration to the file $2 (each value percent-encoded), and to the file $3 each search's
# group and search, a tab between, in the same order.
search_config() {
	LC_ALL=C awk -v base="$1" -v conf="$2" -v groups="$3" '
		BEGIN { for (i = 0; i < 256; i++) ord[sprintf("%c", i)] = i }
		function encode(s,   out, i, c) {
			for (i = 1; i <= length(s); i++) {
				c = substr(s, i, 1)
				out = out ((c ~ /[A-Za-z0-9._~*\/-]/) ? c : sprintf("%%%02X", ord[c]))
			}
			return out
		}
		/^# / { group = substr($0, 3); next }
		/^#/ || /^$/ { next }
		{
			split($0, parts, "?"); n = split(parts[2], pairs, "&"); query = ""
			for (i = 1; i <= n; i++) {
				eq = index(pairs[i], "=")
				query = query (i > 1 ? "&" : "") substr(pairs[i], 1, eq) encode(substr(pairs[i], eq + 1))
			}
			printf "url = \"%s%s?%s\"\noutput = \"/dev/null\"\n", base, parts[1], query > conf
			print group "\t" $0 > groups
		}' bench/search-queries.txt
}

# CPU milliseconds (user + system) the processes named so far have used.
cpu_ms() {
	local ticks
	ticks=$(getconf CLK_TCK)
	for pid in "$@"; do cat "/proc/$pid/stat"; done |
		awk -v t="$ticks" '{ sub(/^.*\) /, ""); s += $12 + $13 } END { printf "%.0f", s * 1000 / t }'
}

# The resident set size of a process and its peak, in MiB, then the part of the RSS that is
# private memory (heap, metaspace, stacks, malloc) and the part that is pages of files mapped
# (the class data sharing archive, Lucene's index files, the JDK's libraries), which the
# kernel may drop and read again: "RSS PEAK ANON FILE".
rss_mib() { awk '/^VmRSS/ { r = $2 } /^VmHWM/ { h = $2 } /^RssAnon/ { a = $2 } /^RssFile/ { f = $2 }
	END { printf "%.0f %.0f %.0f %.0f\n", r / 1024, h / 1024, a / 1024, f / 1024 }' "/proc/$1/status"; }

# Prints a target's line and keeps it for the summary: $1 the target, $2 the figure, $3 1 if met.
target() {
	local verdict="not met"
	[ "$3" = 1 ] && verdict=met
	printf 'target: %-58s %-26s %s\n' "$1" "$2" "$verdict"
	printf '| %s | %s | %s |\n' "$1" "$2" "$verdict" >>"$work/targets-$part.md"
}

# Writes the markdown on stdin as this part's section of $results, replacing the section an
# earlier run wrote, headed by the date, the machine, the load during the run and the command.
section() {
	local title=$1 body loads
	body=$(cat)
	loads=$(sort -g "$work/load-$part" 2>/dev/null | awk 'NR == 1 { lo = $1 } { hi = $1; s += $1 } END { if (NR) printf "%.1f to %.1f (mean %.1f)", lo, hi, s / NR }')
	mkdir -p "$(dirname "$results")"
	[ -f "$results" ] || printf '# Benchmark results\n\nWritten by the scripts in bench/ (see the README, "Performance").\n' >"$results"
	{
		printf '<!-- %s -->\n## %s\n\n' "$part" "$title"
		printf -- '- run: %s, `%s`%s, the build of %s\n' "$started" "$0${args:+ $args}" \
			"$([ "$quick" = 1 ] && echo ' (BENCH_QUICK=1)')" "$(build_name)"
		printf -- '- machine: %s\n' "$(machine)"
		printf -- '- load average during the run: %s\n\n' "${loads:-not sampled}"
		printf '%s\n' "$body"
		if [ -f "$work/targets-$part.md" ]; then
			printf '\n| target | measured | |\n| --- | --- | --- |\n'
			cat "$work/targets-$part.md"
		fi
		printf '<!-- /%s -->\n' "$part"
	} >"$work/section-$part.md"
	awk -v part="$part" -v file="$work/section-$part.md" '
		$0 == "<!-- " part " -->" { skip = 1; while ((getline line < file) > 0) print line; done = 1; next }
		$0 == "<!-- /" part " -->" { skip = 0; next }
		!skip { print }
		END { if (!done) { print ""; while ((getline line < file) > 0) print line } }' "$results" >"$results.new"
	mv "$results.new" "$results"
	echo "Results written to $results"
}

machine() {
	printf '%s cores (%s), %s GiB memory, %s' "$(nproc)" "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')" \
		"$(awk '/^MemTotal/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo)" "$(java -version 2>&1 | sed -n 1p)"
}

build_name() {
	if [ -n "${BENCH_JAR:-}" ] && [ "${BENCH_BUILT:-0}" != 1 ]; then
		echo "\`$BENCH_JAR\`"
	else
		echo "commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo ' with changes')"
	fi
}
