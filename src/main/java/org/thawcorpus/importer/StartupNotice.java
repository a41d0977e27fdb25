package org.thawcorpus.importer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page what the start-up work is doing ({@code startup}), so that the layout
 * says when an import or a rebuild of the search index is under way. Without the state (a
 * test of controllers alone) pages say nothing of it.
 */
@ControllerAdvice
class StartupNotice {

	private final ObjectProvider<StartupState> state;

	StartupNotice(ObjectProvider<StartupState> state) {
		this.state = state;
	}

	@ModelAttribute("startup")
	StartupStatus startup() {
		StartupState state = this.state.getIfAvailable();
		return (state != null) ? state.status() : null;
	}

}
