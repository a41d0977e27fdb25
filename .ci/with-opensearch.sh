#!/usr/bin/env bash
# Starts a two-node OpenSearch 2.16 cluster (with analysis-icu) in a JVM of its own, in a new
# temporary folder, runs the given command with THAW_SEARCH_URIS naming the nodes, then stops
# the cluster and removes its folder, whether the command passed or not; exits with its status.
#
# Usage: .ci/with-opensearch.sh COMMAND [ARGS...]      e.g. .ci/with-opensearch.sh bash
# OPENSEARCH_PORT sets the first node's HTTP port (default 9200; the second takes the next, the
# transport ports are 100 higher), OPENSEARCH_HEAP the JVM's heap (default 1g: 512m a node).
# The classpath comes from Maven Central through ./mvnw (.ci/opensearch/pom.xml).
set -euo pipefail
cd "$(dirname "$0")/.."
fail() { echo "with-opensearch: $*" >&2; exit 1; }
[ $# -gt 0 ] || fail "no command given (usage: .ci/with-opensearch.sh COMMAND [ARGS...])"
command -v java >/dev/null || fail "java is missing: install a JDK 17 (apt-get install -y openjdk-17-jdk-headless)."
command -v curl >/dev/null || fail "curl is missing (apt-get install -y curl)."

port=${OPENSEARCH_PORT:-9200}
nodes=2
for p in $(seq "$port" $((port + nodes - 1))) $(seq $((port + 100)) $((port + 100 + nodes - 1))); do
	! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || fail "port $p is taken; set OPENSEARCH_PORT to another first port."
done

work=$(mktemp -d "${TMPDIR:-/tmp}/thaw-opensearch.XXXXXX")
cluster=""
stop_server() {
	if [ -n "$cluster" ] && kill "$cluster" 2>/dev/null; then
		for _ in $(seq 1 30); do kill -0 "$cluster" 2>/dev/null || break; sleep 1; done
		kill -9 "$cluster" 2>/dev/null || true
		echo "with-opensearch: cluster stopped"
	fi
}
. .ci/around.sh

./mvnw -B -q -ntp -f .ci/opensearch/pom.xml dependency:build-classpath -Dmdep.outputFile="$work/classpath" \
	|| fail "could not resolve the cluster's classpath (.ci/opensearch/pom.xml) from Maven Central."
heap=${OPENSEARCH_HEAP:-1g}
java -Xms"$heap" -Xmx"$heap" -cp "$(cat "$work/classpath")" .ci/opensearch/OpenSearchCluster.java \
	"$work/cluster" "$nodes" "$port" >"$work/cluster.log" 2>&1 &
cluster=$!

started=$(date +%s)
uris="http://127.0.0.1:$port"
for i in $(seq 1 $((nodes - 1))); do uris="$uris,http://127.0.0.1:$((port + i))"; done
until curl -sf "http://127.0.0.1:$port/_cluster/health?wait_for_status=green&wait_for_nodes=$nodes&timeout=5s" >/dev/null 2>&1; do
	if ! kill -0 "$cluster" 2>/dev/null; then
		tail -n 40 "$work/cluster.log" >&2
		cluster=""
		fail "the cluster stopped while starting (its log's last lines above)."
	fi
	if [ $(($(date +%s) - started)) -gt 180 ]; then
		tail -n 40 "$work/cluster.log" >&2
		fail "the cluster was not green with $nodes nodes after 180 s (its log's last lines above)."
	fi
	sleep 2
done
version=$(curl -s "http://127.0.0.1:$port" | sed -n 's/.*"number" *: *"\([^"]*\)".*/\1/p')
echo "with-opensearch: OpenSearch ${version:-?}, $nodes nodes, green after $(($(date +%s) - started)) s, at $uris"
export THAW_SEARCH_URIS=$uris
# The cluster's JVM, for a benchmark that counts its CPU.
export OPENSEARCH_PID=$cluster

run_inside "$@"
