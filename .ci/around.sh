# Sourced by .ci/with-postgres.sh and .ci/with-opensearch.sh once they have made their
# folder $work and defined stop_server (which stops their server if it started, and says so):
# on any exit, the command run by run_inside is ended with all it started, then the server
# is stopped and $work removed; the script exits with the command's status (or its own).

child=""
stop() {
	local status=$?
	trap '' INT TERM
	if [ -n "$child" ]; then
		kill -- -"$child" 2>/dev/null || true
		wait "$child" 2>/dev/null || true
	fi
	stop_server
	rm -rf "$work"
	exit "$status"
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Runs the command in a process group of its own, so that a stop ends all it started.
run_inside() {
	set -m
	"$@" &
	child=$!
	wait "$child"
}
