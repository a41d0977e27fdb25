package org.thawcorpus.search;

import java.util.Locale;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The search index in {@code /actuator/health} and its readiness group: out of service
 * while it is checked or rebuilt (a load balancer then sends searches to an instance
 * whose index is whole), down after a failed rebuild. Reading pages do not need it, so it
 * is left out of liveness.
 */
@Component
class SearchIndexHealthIndicator implements HealthIndicator {

	private final IndexState state;

	SearchIndexHealthIndicator(IndexState state) {
		this.state = state;
	}

	@Override
	public Health health() {
		IndexStatus status = this.state.status();
		Health.Builder health = switch (status.phase()) {
			case COMPLETE -> Health.up();
			case CHECKING, REBUILDING -> Health.status(Status.OUT_OF_SERVICE);
			case FAILED -> Health.down();
		};
		return health.withDetail("phase", status.phase().name().toLowerCase(Locale.ROOT))
			.withDetail("indexed", status.indexed())
			.withDetail("expected", status.expected())
			.build();
	}

}
