package org.thawcorpus.browser;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Runs a test class only where Chromium and chromedriver are installed (failing instead
 * on CI), and hands its tests one {@link Browser} for the whole class, pointed at the
 * application's random port and closed after the class.
 */
class BrowserExtension implements ExecutionCondition, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		BrowserEnvironment.Decision decision = decision(context);
		if (decision.outcome() == BrowserEnvironment.Outcome.SKIP && context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent("told", (key) -> new AtomicBoolean(), AtomicBoolean.class)
			.compareAndSet(false, true)) {
			System.err.println(decision.reason());
		}
		return evaluate(decision);
	}

	/** Enabled to run, disabled to skip, and an exception (a failed class) to fail. */
	static ConditionEvaluationResult evaluate(BrowserEnvironment.Decision decision) {
		return switch (decision.outcome()) {
			case RUN -> ConditionEvaluationResult.enabled(decision.reason());
			case SKIP -> ConditionEvaluationResult.disabled(decision.reason());
			case FAIL -> throw new IllegalStateException(decision.reason());
		};
	}

	private static BrowserEnvironment.Decision decision(ExtensionContext context) {
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent("decision", (key) -> BrowserEnvironment.current().decide(),
					BrowserEnvironment.Decision.class);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return context.getRoot().getStore(NAMESPACE).computeIfAbsent("browser", (key) -> {
			String port = SpringExtension.getApplicationContext(context)
				.getEnvironment()
				.getRequiredProperty("local.server.port");
			return Browser.start(BrowserEnvironment.current(), "http://localhost:" + port);
		}, Browser.class);
	}

}
