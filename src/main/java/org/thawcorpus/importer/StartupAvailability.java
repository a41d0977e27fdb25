package org.thawcorpus.importer;

import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.stereotype.Component;

/**
 * The application's availability (in place of Spring Boot's own), ready to take traffic
 * only once the corpus is whole: Spring Boot announces
 * {@link ReadinessState#ACCEPTING_TRAFFIC} as soon as the server is up, which this holds
 * back until the start-up work has ended and {@link StartupWork} announces it again. So
 * {@code /actuator/health/readiness} is out of service while the corpus is imported;
 * liveness is left as Spring Boot sets it.
 */
@Component
class StartupAvailability extends ApplicationAvailabilityBean {

	private final StartupState state;

	StartupAvailability(StartupState state) {
		this.state = state;
	}

	@Override
	public void onApplicationEvent(AvailabilityChangeEvent<?> event) {
		if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC && !this.state.whole()) {
			return;
		}
		super.onApplicationEvent(event);
	}

}
