#!/usr/bin/env bash
# Starts a PostgreSQL 15 server (Debian's packages, installed when missing) as the postgres
# user in a new temporary folder, creates the database thaw owned by the user thaw, runs the
# given command with THAW_DB_URL, THAW_DB_USER and THAW_DB_PASSWORD set, then stops the server
# and removes its folder, whether the command passed or not; exits with the command's status.
#
# Usage: .ci/with-postgres.sh COMMAND [ARGS...]      e.g. .ci/with-postgres.sh bash
# POSTGRES_PORT sets the port (default 55433); the server listens on 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
fail() { echo "with-postgres: $*" >&2; exit 1; }
[ $# -gt 0 ] || fail "no command given (usage: .ci/with-postgres.sh COMMAND [ARGS...])"

bin=/usr/lib/postgresql/15/bin
if [ ! -x "$bin/initdb" ]; then
	[ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null \
		|| fail "PostgreSQL 15 is missing and cannot be installed here (needs root and apt-get): apt-get install -y postgresql"
	echo "with-postgres: installing PostgreSQL 15 (apt-get install postgresql)"
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
	[ -x "$bin/initdb" ] || fail "apt-get installed no $bin/initdb: is this Debian 12, whose postgresql is version 15?"
fi
id postgres >/dev/null 2>&1 || fail "there is no postgres user (Debian's postgresql package creates it)."
command -v runuser >/dev/null || fail "runuser is missing (Debian: util-linux)."
as_postgres() { if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi; }

port=${POSTGRES_PORT:-55433}
! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || fail "port $port is taken; set POSTGRES_PORT to another."

work=$(mktemp -d "${TMPDIR:-/tmp}/thaw-postgres.XXXXXX")
chown postgres: "$work"
chmod 700 "$work"
started=""
stop_server() {
	if [ -n "$started" ]; then
		as_postgres "$bin/pg_ctl" -D "$work/data" -m fast -w stop >/dev/null && echo "with-postgres: server stopped"
	fi
}
. .ci/around.sh

password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
# The superuser logs in through the folder's socket only; the application over TCP, by password.
# C.UTF-8 sorts as H2 does (an ICU collation would order the registers differently).
as_postgres "$bin/initdb" -D "$work/data" -U postgres -E UTF8 --locale=C.UTF-8 \
	--auth-local=peer --auth-host=scram-sha-256 >"$work/initdb.log" 2>&1 \
	|| { cat "$work/initdb.log" >&2; fail "initdb failed (its output above)."; }
as_postgres "$bin/pg_ctl" -D "$work/data" -l "$work/server.log" -w -t 60 \
	-o "-p $port -c listen_addresses=127.0.0.1 -k $work" start >/dev/null \
	|| { cat "$work/server.log" >&2; fail "the server did not start (its log above)."; }
started=yes
as_postgres "$bin/psql" -h "$work" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
	-c "CREATE ROLE thaw LOGIN PASSWORD '$password'" -c "CREATE DATABASE thaw OWNER thaw" \
	|| fail "could not create the database thaw and its user."
version=$(as_postgres "$bin/psql" -h "$work" -p "$port" -U postgres -d thaw -Atc "SHOW server_version")
echo "with-postgres: PostgreSQL $version at 127.0.0.1:$port, database thaw, user thaw (folder $work)"
export THAW_DB_URL="jdbc:postgresql://127.0.0.1:$port/thaw"
export THAW_DB_USER=thaw
export THAW_DB_PASSWORD=$password
# The server's first process (its connections are its children), for a benchmark that counts its CPU.
export POSTGRES_PID=$(head -n 1 "$work/data/postmaster.pid")

run_inside "$@"
