package org.thawcorpus.system;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** A request's parameters read as one text, whatever their order and however sent. */
class ParameterCheckTest {

	@Test
	void theSameParametersInAnyOrderOrSetInCodeReadAlike() {
		MockHttpServletRequest asSent = new MockHttpServletRequest("GET", "/documents/a/reviews");
		asSent.setQueryString("stars=5&page=1&layers=work&layers=place");
		asSent.addParameter("stars", "5");
		asSent.addParameter("page", "1");
		asSent.addParameter("layers", "work", "place");
		MockHttpServletRequest inCode = new MockHttpServletRequest("GET", "/documents/a/reviews");
		inCode.addParameter("layers", "work", "place");
		inCode.addParameter("page", "1");
		inCode.addParameter("stars", "5");

		assertThat(ParameterCheck.sorted(asSent)).isEqualTo("layers=work&layers=place&page=1&stars=5")
			.isEqualTo(ParameterCheck.sorted(inCode));
	}

	@Test
	void namesAndValuesAreEscapedSoThatNoTwoRequestsReadAlike() {
		MockHttpServletRequest one = new MockHttpServletRequest();
		one.addParameter("q", "a&b=c");
		MockHttpServletRequest two = new MockHttpServletRequest();
		two.addParameter("q", "a");
		two.addParameter("b", "c");

		assertThat(ParameterCheck.sorted(one)).isEqualTo("q=a%26b%3Dc").isNotEqualTo(ParameterCheck.sorted(two));
		assertThat(ParameterCheck.sorted(new MockHttpServletRequest())).isEmpty();
	}

}
