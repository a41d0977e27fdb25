#!/usr/bin/env bash
# Loads each page of bench/pages.txt with wrk (50 connections), from the application serving
# a synthetic corpus of COUNT sources as the README runs it, and from nginx serving the very
# same bytes (each page's body fetched from the application, written to a folder, served by
# an nginx started here with its own configuration on another port). For each: requests/s,
# median and p99 latency, CPU milliseconds per request (the server's user + system time from
# /proc over the run, divided by the requests) and the application's throughput as a ratio
# of nginx's; then the targets of the reading views (at most 1 ms CPU a request, 0.5x nginx's
# throughput or better, p99 under 20 ms).
#
# Usage: bench/pages-benchmark.sh [COUNT]   (default 10000 sources; BENCH_QUICK=1: 200)
# BENCH_SECONDS (default 20; quick 3) and BENCH_WARMUP (10; quick 2) are the seconds of each
# measured run and of the application's warm-up before it; BENCH_CONNECTIONS (50). Needs wrk
# and nginx (apt-get install -y wrk nginx). BENCH_DIR keeps the corpus for the next run;
# BENCH_SERVER and BENCH_PORT load a server already running; BENCH_PORT (default 18082) and
# BENCH_NGINX_PORT (18083) set the ports.
set -euo pipefail
cd "$(dirname "$0")/.."
args="$*"
. bench/serving.sh pages
count=${1:-${BENCH_SOURCES:-$([ "$quick" = 1 ] && echo 200 || echo 10000)}}
seconds=${BENCH_SECONDS:-$([ "$quick" = 1 ] && echo 3 || echo 20)}
warmup=${BENCH_WARMUP:-$([ "$quick" = 1 ] && echo 2 || echo 10)}
connections=${BENCH_CONNECTIONS:-50}
port=${BENCH_PORT:-18082}
nginx_port=${BENCH_NGINX_PORT:-18083}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
nginx=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$nginx" ] || { echo "nginx is needed: apt-get install -y nginx" >&2; exit 1; }

if [ -z "${BENCH_SERVER:-}" ]; then
	dir=$(corpus "$count")
fi
serve 900 "${dir:-}"

# The largest document of each kind, and a star rating the book's reviews have.
documents=$work/documents.txt
: >"$documents"
for page in $(seq 1 100000); do
	body=$(curl -s "$base/api/documents?page=$page")
	[ "${body:0:2}" = '[{' ] || break
	echo "$body" | tr '{' '\n' | awk '
		match($0, /"slug":"[^"]*"/) { slug = substr($0, RSTART + 8, RLENGTH - 9) }
		match($0, /"kind":"[^"]*"/) { kind = substr($0, RSTART + 8, RLENGTH - 9) }
		/"slug"/ { size = 0; n = split("passageCount reviewCount commentCount", f, " ")
			for (i = 1; i <= n; i++) if (match($0, "\"" f[i] "\":[0-9]+")) size += substr($0, RSTART + length(f[i]) + 3, RLENGTH - length(f[i]) - 3)
			print kind, size, slug }' >>"$documents"
done
largest() { awk -v k="$1" '$1 == k && $2 > max { max = $2; slug = $3 } END { print slug }' "$documents"; }
article=$(largest ENCYCLOPEDIA_ARTICLE)
blog=$(largest BLOG_POST)
book=$(largest BOOK_PAGE)
stars=5
for s in 5 4 3 2 1; do
	total=$(curl -s -D - -o /dev/null "$base/api/documents/$book/reviews?stars=$s&size=1" |
		tr -d '\r' | awk -F': ' 'tolower($1) == "x-total-count" { print $2 }')
	if [ "${total:-0}" -gt 0 ]; then stars=$s && break; fi
done

# Each page's body as the application sends it, for nginx to serve.
site=$work/nginx/site
rm -rf "$work/nginx" && mkdir -p "$site" "$work/nginx/tmp"
names=()
declare -A paths reading
while read -r name kind path; do
	case $name in "#"* | "") continue ;; esac
	path=${path//\{article\}/$article}
	path=${path//\{blog\}/$blog}
	path=${path//\{book\}/$book}
	path=${path//\{stars\}/$stars}
	status=$(curl -s -o "$site/$name" -w '%{http_code} %{content_type}' "$base$path")
	if [ "${status%% *}" != 200 ]; then
		echo "$name ($path): HTTP ${status%% *}, left out" >&2
		continue
	fi
	case $status in *json*) mv "$site/$name" "$site/$name.json" ;; *) mv "$site/$name" "$site/$name.html" ;; esac
	names+=("$name")
	paths[$name]=$path
	reading[$name]=$kind
done <bench/pages.txt

cat >"$work/nginx/nginx.conf" <<EOF
$([ "$(id -u)" = 0 ] && echo "user root;")
worker_processes auto;
pid $work/nginx/nginx.pid;
daemon off;
events { worker_connections 1024; }
http {
	access_log off;
	client_body_temp_path $work/nginx/tmp/body;
	proxy_temp_path $work/nginx/tmp/proxy;
	fastcgi_temp_path $work/nginx/tmp/fastcgi;
	uwsgi_temp_path $work/nginx/tmp/uwsgi;
	scgi_temp_path $work/nginx/tmp/scgi;
	types { text/html html; application/json json; }
	server { listen 127.0.0.1:$nginx_port; root $site; }
}
EOF
"$nginx" -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" &
nginx_pid=$!
pids+=("$nginx_pid")
for _ in $(seq 1 50); do
	curl -s -o /dev/null "http://127.0.0.1:$nginx_port/${names[0]}.html" && break
	sleep 0.1
done

# Waits (up to 30 s) until the application has finished what a run left queued: until it
# uses less than a tenth of a core over half a second.
settle() {
	local before
	for _ in $(seq 1 60); do
		before=$(cpu_ms "$app_pid")
		sleep 0.5
		[ $(($(cpu_ms "$app_pid") - before)) -ge 50 ] || return 0
	done
}

# Runs wrk on a URL while counting the CPU of the given processes; sets $rps, $p99, $cpu
# (ms a request) and $errors.
load() {
	local url=$1 before after report
	shift
	before=$(cpu_ms "$@")
	report=$(wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s -s bench/wrk-report.lua "$url" | grep '^wrk-report')
	after=$(cpu_ms "$@")
	read -r _ requests _ rps _ p99 errors <<<"$report"
	cpu=$(awk -v a="$before" -v b="$after" -v n="$requests" 'BEGIN { if (n > 0) printf "%.3f", (b - a) / n; else print "none answered" }')
}

echo "Corpus: $count sources; $connections connections, ${seconds} s a run after ${warmup} s of warm-up"
{
	echo "Corpus of $count sources; wrk with $connections connections for $seconds s a run (the application warmed up"
	echo "for $warmup s on each page first); CPU ms a request is the server's user + system time over the run"
	echo "divided by its requests (nginx: its master and workers). Pages answered uncompressed, as wrk asks."
	echo
	echo "| page | path | bytes | app req/s | app p99 ms | app CPU ms/req | nginx req/s | nginx p99 ms | nginx CPU ms/req | app/nginx req/s |"
	echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
} >"$work/pages.md"
for name in "${names[@]}"; do
	file=$(ls "$site/$name".*)
	wrk -t2 -c"$connections" -d"${warmup}s" --timeout 10s "$base${paths[$name]}" >/dev/null
	settle
	load "$base${paths[$name]}" "$app_pid"
	settle
	app_rps=$rps app_p99=$p99 app_cpu=$cpu app_errors=$errors
	wrk -t2 -c"$connections" -d1s "http://127.0.0.1:$nginx_port/$(basename "$file")" >/dev/null
	load "http://127.0.0.1:$nginx_port/$(basename "$file")" "$nginx_pid" $(ps --ppid "$nginx_pid" -o pid=)
	ratio=$(awk -v a="$app_rps" -v b="$rps" 'BEGIN { printf "%.3f", (b > 0) ? a / b : 0 }')
	line=$(printf '| %s | `%s`%s | %s | %s | %s | %s | %s | %s | %s | %s |' "$name" "${paths[$name]}" \
		"$([ "$app_errors" = 0 ] || echo " ($app_errors errors)")" "$(stat -c %s "$file")" "$app_rps" "$app_p99" \
		"$app_cpu" "$rps" "$p99" "$cpu" "$ratio")
	echo "$line" >>"$work/pages.md"
	echo "$line"
	if [ "${reading[$name]}" = reading ]; then
		answered=$(awk -v r="$app_rps" 'BEGIN { print (r > 0) ? 1 : 0 }')
		target "$name: CPU ms a request at most 1" "$app_cpu$([ "$answered" = 1 ] && echo " ms" || echo " in $seconds s")" \
			"$(awk -v c="$app_cpu" -v a="$answered" 'BEGIN { print (a && c <= 1) ? 1 : 0 }')"
		target "$name: throughput at least 0.5x nginx's" "${ratio}x" "$(awk -v r="$ratio" 'BEGIN { print (r >= 0.5) ? 1 : 0 }')"
		target "$name: p99 under 20 ms at $connections connections" "$app_p99 ms, $app_errors errors" \
			"$(awk -v p="$app_p99" -v e="$app_errors" -v a="$answered" 'BEGIN { print (a && p < 20 && e == 0) ? 1 : 0 }')"
	fi
done
section "Pages: the application against nginx serving the same bytes" <"$work/pages.md"
