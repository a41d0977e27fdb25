#!/usr/bin/env bash
# Times the import of synthetic corpora (bench/GenerateCorpus.java: the seeds and the test
# fixtures, each copy made unique) of each size given, each with `java -jar ... --thaw.import-only`
# into a fresh H2 database and search index: wall and CPU seconds, peak RSS; the import's own
# time (its log's "Import finished ... in T ms", else the command's less the fixed cost of
# importing an empty folder): files/s and the time a file, and whether that grows with the
# size (the ratio of the largest size's time a file to the smallest's). Then the largest is
# imported again with every file unchanged. Targets: at least 10,000 files in 60 s, and linear
# (the time a file at the largest size at most 1.25x that at the smallest).
#
# Usage: bench/import-benchmark.sh [SIZE...]   (default 1000 3000 10000; BENCH_QUICK=1: 20 60 200)
# BENCH_IMPORT_OPTS adds JVM options; BENCH_JAR times another build; BENCH_DIR keeps the
# corpora, databases and indexes (bench/all.sh serves the largest for the page and search parts).
set -euo pipefail
cd "$(dirname "$0")/.."
args="$*"
. bench/serving.sh import
if [ $# -gt 0 ]; then
	sizes=("$@")
else
	read -ra sizes <<<"${BENCH_IMPORT_SIZES:-$([ "$quick" = 1 ] && echo "20 60 200" || echo "1000 3000 10000")}"
fi
read -ra import_opts <<<"${BENCH_IMPORT_OPTS:-}"
[ -x /usr/bin/time ] || { echo "GNU time is needed: apt-get install -y time" >&2; exit 1; }

# Imports folder $2 into folder $1's store; sets $wall, $cpu (s) and $rss (MiB) and prints the log's last line.
run() {
	local dir=$1 sources=$2
	/usr/bin/time -o "$dir/time.txt" -f '%e %U %S %M' java "${import_opts[@]}" -jar "$jar" --thaw.import-only \
		--thaw.sources="$sources" $(store "$dir") >"$dir/import.log" 2>&1 ||
		{ echo "The import in $dir failed; see $dir/import.log" >&2; exit 1; }
	read -r wall user sys rss <"$dir/time.txt"
	cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')
	rss=$((rss / 1024))
	own=$(grep -o 'Import finished.*' "$dir/import.log" | tail -n 1 || true)
}

mkdir -p "$work/empty/sources"
rm -rf "$work/empty/db" "$work/empty/index"
run "$work/empty" "$work/empty/sources"
base_wall=$wall base_cpu=$cpu
echo "Fixed cost (an empty folder): $base_wall s wall, $base_cpu CPU s, $rss MiB peak RSS"
{
	echo "\`java -jar ... --thaw.import-only\` into a fresh database and index. The import's own time is the one its"
	echo "log gives (\"Import finished: N files in T ms\"), or, marked *, the command's less that of importing an empty"
	echo "folder ($base_wall s wall, $base_cpu CPU s, $rss MiB peak RSS), which is also taken from the CPU seconds a file."
	echo
	echo "| sources | MB | command wall s | import s | files/s | ms a file | CPU s | CPU ms a file | peak RSS MiB |"
	echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
} >"$work/import.md"
declare -A per_file per_cpu
for size in "${sizes[@]}"; do
	dir=$work/corpus-$size
	[ -d "$dir/sources" ] || java bench/GenerateCorpus.java "$dir/sources" "$size" seeds src/test/resources/fixtures
	rm -rf "$dir/db" "$dir/index"
	run "$dir" "$dir/sources"
	# The import's own time: from its log's "Import finished: N files in T ms" if it says so,
	# else the command's less the fixed cost (marked *).
	own_ms=$(echo "$own" | sed -n 's/^Import finished: [0-9]* files in \([0-9]*\) ms.*/\1/p')
	line=$(awk -v n="$size" -v w="$wall" -v c="$cpu" -v bw="$base_wall" -v bc="$base_cpu" -v r="$rss" -v own="$own_ms" \
		-v mb="$(du -sm "$dir/sources" | cut -f1)" 'BEGIN { t = (own != "") ? own / 1000 : w - bw; if (t <= 0) t = 0.001
		printf "| %d | %s | %.1f | %.1f%s | %.1f | %.2f | %.1f | %.2f | %d |", n, mb, w, t, (own != "") ? "" : "*", n / t,
			t * 1000 / n, c, (c - bc) * 1000 / n, r }')
	echo "$line" >>"$work/import.md"
	echo "$line ${own:+ (the log: $own)}"
	per_file[$size]=$(echo "$line" | cut -d'|' -f7)
	per_cpu[$size]=$(echo "$line" | cut -d'|' -f9)
done

largest=${sizes[-1]}
smallest=${sizes[0]}
run "$work/corpus-$largest" "$work/corpus-$largest/sources"
{
	echo
	echo "Again with every file unchanged, $largest sources: $wall s wall, $cpu CPU s, $rss MiB peak RSS."
	echo
	awk -v a="${per_file[$largest]}" -v b="${per_file[$smallest]}" -v c="${per_cpu[$largest]}" -v d="${per_cpu[$smallest]}" \
		-v l="$largest" -v s="$smallest" 'BEGIN { printf "Time a file at %d sources over that at %d: %.2fx (wall), %.2fx (CPU).\n", l, s, a / b, c / d }'
} | tee -a "$work/import.md"
rate=$(awk -v t="${per_file[$largest]}" 'BEGIN { printf "%.1f", 1000 / t }')
target "import: at least 167 files/s (10,000 in 60 s), at $largest" "$rate files/s" \
	"$(awk -v r="$rate" 'BEGIN { print (r >= 10000 / 60) ? 1 : 0 }')"
ratio=$(awk -v a="${per_file[$largest]}" -v b="${per_file[$smallest]}" 'BEGIN { printf "%.2f", a / b }')
target "import linear: time a file at $largest at most 1.25x at $smallest" "${ratio}x" \
	"$(awk -v r="$ratio" 'BEGIN { print (r <= 1.25) ? 1 : 0 }')"
section "Import: ${sizes[*]} sources" <"$work/import.md"
