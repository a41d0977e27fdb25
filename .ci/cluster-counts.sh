#!/usr/bin/env bash
# Prints what the cluster set-up's stores hold, "D documents in PostgreSQL, E entries on the
# cluster", from THAW_DB_URL, THAW_DB_USER, THAW_DB_PASSWORD and THAW_SEARCH_URIS (as
# .ci/with-postgres.sh and .ci/with-opensearch.sh set them), so that a check or a benchmark
# can tell that the application wrote there and not to an embedded database or index.
set -euo pipefail
command -v psql >/dev/null || { echo "cluster-counts: psql is missing (apt-get install -y postgresql-client)" >&2; exit 1; }
documents=$(PGPASSWORD=$THAW_DB_PASSWORD psql "${THAW_DB_URL#jdbc:}" -U "$THAW_DB_USER" -Atc "SELECT count(*) FROM documents")
entries=$(curl -sf "${THAW_SEARCH_URIS%%,*}/_cat/indices?h=docs.count" | awk '{ n += $1 } END { print n + 0 }')
echo "$documents documents in PostgreSQL, $entries entries on the cluster"
