#!/usr/bin/env bash
# Measures the application's memory under load: serves a synthetic corpus of COUNT sources as
# the README runs it, runs the page benchmark and then the search benchmark against that one
# server (each writes its own results), and reads the server's resident set size (RSS, from
# /proc) when ready, after the pages and after the searches, with its peak. Target: RSS under
# 400 MiB after the load.
#
# Usage: bench/memory-benchmark.sh [COUNT]   (default 10000 sources; BENCH_QUICK=1: 200)
# The variables of bench/pages-benchmark.sh and bench/search-benchmark.sh apply; BENCH_PORT
# (default 18085).
set -euo pipefail
cd "$(dirname "$0")/.."
args="$*"
. bench/serving.sh memory
count=${1:-${BENCH_SOURCES:-$([ "$quick" = 1 ] && echo 200 || echo 10000)}}
port=${BENCH_PORT:-18085}
dir=$(corpus "$count")
serve 900 "$dir"

read -r ready _ ready_anon ready_file < <(rss_mib "$app_pid")
BENCH_DIR=$work BENCH_SERVER=$app_pid BENCH_PORT=$port bench/pages-benchmark.sh "$count"
read -r pages _ pages_anon pages_file < <(rss_mib "$app_pid")
BENCH_DIR=$work BENCH_SERVER=$app_pid BENCH_PORT=$port bench/search-benchmark.sh "$count"
read -r searches peak searches_anon searches_file < <(rss_mib "$app_pid")
{
	echo "The application serving $count sources as the README runs it (\`$(launch app "$jar")\`)."
	echo
	echo "| when | RSS MiB | of it private (RssAnon) | of it mapped files (RssFile) |"
	echo "| --- | --- | --- | --- |"
	echo "| ready | $ready | $ready_anon | $ready_file |"
	echo "| after the page benchmark | $pages | $pages_anon | $pages_file |"
	echo "| after the search benchmark | $searches | $searches_anon | $searches_file |"
	echo "| peak (VmHWM) | $peak | | |"
} | tee "$work/memory.md"
target "RSS under 400 MiB after the page and search load" "$searches MiB" "$([ "$searches" -lt 400 ] && echo 1 || echo 0)"
section "Memory: RSS after the page and search load" <"$work/memory.md"
