#!/usr/bin/env bash
# The second job of .ci/run, inside .ci/with-postgres.sh and .ci/with-opensearch.sh: the tests
# of the whole application against PostgreSQL and the cluster, then .ci/cluster-check.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -n "${THAW_DB_URL:-}" ] && [ -n "${THAW_SEARCH_URIS:-}" ] \
	|| { echo "cluster-job: run it as .ci/with-postgres.sh .ci/with-opensearch.sh .ci/cluster-job.sh" >&2; exit 1; }
[ -f target/thaw-corpus.jar ] || ./mvnw -B -ntp -q -DskipTests package

# The cluster profile makes every test context use PostgreSQL and the cluster, each in its own
# schema and under its own index names (src/test/java/org/thawcorpus/ClusterTestContexts.java).
# The browser tests ran in the first job: what they check does not depend on the store.
./mvnw -B -ntp test -Dspring.profiles.active=cluster -Djacoco.skip=true \
	-Dtest='**/*Test*,!org/thawcorpus/browser/**' -Dsurefire.failIfNoSpecifiedTests=false

.ci/cluster-check.sh
