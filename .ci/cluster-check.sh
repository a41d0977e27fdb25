#!/usr/bin/env bash
# Two web instances and one importer of the built jar on one PostgreSQL database and one
# OpenSearch cluster (the `cluster` profile; THAW_DB_URL, THAW_DB_USER, THAW_DB_PASSWORD and
# THAW_SEARCH_URIS as .ci/with-postgres.sh and .ci/with-opensearch.sh set them): the importer
# imports the seeds, the two instances start and serve without importing, the importer then
# imports a new source with a word of its own, and each instance must list that source, find
# it by search and show it. Everything it started is stopped, and its folder removed, at the end.
#
# Usage: .ci/with-postgres.sh .ci/with-opensearch.sh .ci/cluster-check.sh
# THAW_JAR names the jar (default target/thaw-corpus.jar), CHECK_PORT the first web
# instance's port (default 18201; the second takes the next).
set -euo pipefail
cd "$(dirname "$0")/.."
fail() { echo "cluster-check: FAILED: $*" >&2; exit 1; }
for var in THAW_DB_URL THAW_DB_USER THAW_DB_PASSWORD THAW_SEARCH_URIS; do
	[ -n "${!var:-}" ] || fail "$var is not set: run under .ci/with-postgres.sh and .ci/with-opensearch.sh."
done
command -v curl >/dev/null || fail "curl is missing (apt-get install -y curl)."
jar=${THAW_JAR:-target/thaw-corpus.jar}
[ -f "$jar" ] || fail "no jar at $jar: build it first (./mvnw -DskipTests package)."
first_port=${CHECK_PORT:-18201}
ports="$first_port $((first_port + 1))"

work=$(mktemp -d "${TMPDIR:-/tmp}/thaw-cluster-check.XXXXXX")
instances=()
stop() {
	local status=$?
	trap '' INT TERM
	for pid in "${instances[@]}"; do kill "$pid" 2>/dev/null || true; done
	for pid in "${instances[@]}"; do wait "$pid" 2>/dev/null || true; done
	if [ "$status" -ne 0 ]; then
		for log in "$work"/*.log; do
			[ -f "$log" ] || continue
			echo "---- $(basename "$log"): its errors and causes, then its last lines" >&2
			grep -E '^[0-9T:.+-]+ +(ERROR|WARN)|Caused by|^[A-Za-z.]*(Exception|Error)\b' "$log" | cut -c1-400 | head -n 12 >&2 || true
			grep -A 12 -m 1 'encountered failures' "$log" | tail -n +2 | cut -c1-400 >&2 || true
			tail -n 5 "$log" | cut -c1-400 >&2
		done
	fi
	rm -rf "$work"
	exit "$status"
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

thaw=(java -Xmx512m -XX:TieredStopAtLevel=1 -jar "$jar" --spring.profiles.active=cluster)
# Whether the page at a URL answers 200 and holds a text.
shows() { curl -sf "$1" >"$work/page" && grep -qF "$2" "$work/page"; }
seconds() { echo $(($(date +%s) - started)); }

started=$(date +%s)
"${thaw[@]}" --thaw.import-only --thaw.sources=seeds >"$work/import-seeds.log" 2>&1 \
	|| fail "the importer's first run (the seeds) exited with $?."
counts=$(.ci/cluster-counts.sh) || fail "the importer's first run left no documents table in PostgreSQL."
case $counts in 0\ *|*\ 0\ entries*) fail "the importer's first run wrote nothing to PostgreSQL or the cluster: $counts." ;; esac
echo "cluster-check: the importer imported the seeds: $counts ($(seconds) s)"

started=$(date +%s)
# Web instances only serve: no import at start-up (thaw.import.enabled=false is the role
# switch; thaw.import-on-startup=false keeps a build without that switch from importing too),
# and they leave the cluster's indexes as the importer made them (validate: an instance whose
# mapping differs fails to start, rather than closing and updating the indexes the others use).
for port in $ports; do
	"${thaw[@]}" --server.port="$port" --thaw.import.enabled=false --thaw.import-on-startup=false \
		--spring.jpa.properties.hibernate.search.schema_management.strategy=validate \
		>"$work/web-$port.log" 2>&1 &
	instances+=($!)
done
for port in $ports; do
	until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness")" = 200 ]; do
		[ "$(seconds)" -lt 300 ] || fail "the web instance on port $port was not ready after 300 s."
		for pid in "${instances[@]}"; do
			kill -0 "$pid" 2>/dev/null || fail "a web instance stopped while starting."
		done
		sleep 2
	done
done
echo "cluster-check: two web instances ready on ports ${ports/ / and } ($(seconds) s)"

# A word no seed holds, so that only the importer's second run brings it.
word=thawcheck$(date +%s)$RANDOM
title="Cluster check $word"
mkdir "$work/new"
printf '%s\n\nThis source was imported by the importer alone, while two web instances served: %s.\n' \
	"$title" "$word" >"$work/new/$word.txt"
started=$(date +%s)
"${thaw[@]}" --thaw.import-only --thaw.sources=seeds,"$work/new" >"$work/import-new.log" 2>&1 \
	|| fail "the importer's second run (one new source) exited with $?."
echo "cluster-check: the importer imported one new source holding '$word' ($(seconds) s)"

started=$(date +%s)
for port in $ports; do
	base="http://127.0.0.1:$port"
	# The cluster makes new documents searchable within a second or so (its refresh interval).
	until curl -sf "$base/api/search?q=$word" >"$work/search-$port.json" && grep -q '"documentSlug"' "$work/search-$port.json"; do
		[ "$(seconds)" -lt 60 ] || fail "the web instance on port $port did not find '$word' by search within 60 s: $(head -c 400 "$work/search-$port.json")"
		sleep 1
	done
	slug=$(sed -n 's/.*"documentSlug" *: *"\([^"]*\)".*/\1/p' "$work/search-$port.json" | head -n 1)
	shows "$base/api/documents" "\"$slug\"" || fail "the web instance on port $port does not list the new source ($slug) in /api/documents."
	shows "$base/" "$title" || fail "the web instance on port $port does not list '$title' on its corpus page."
	shows "$base/documents/$slug" "$word" || fail "the web instance on port $port does not show the new source at /documents/$slug."
	shows "$base/search?q=$word" "$title" || fail "the web instance on port $port does not show '$title' on its search page."
	echo "cluster-check: the web instance on port $port lists, finds and shows $slug"
done
echo "cluster-check: passed"
