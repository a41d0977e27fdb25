package org.thawcorpus.reading;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.thawcorpus.document.CorpusVersion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A reading view rendered while the start-up work runs carries its notice of that work,
 * so it is neither kept nor given an ETag; once the work has ended, pages are kept again.
 */
class ReadingPageCacheStartupTest {

	private final AtomicInteger renders = new AtomicInteger();

	private final FilterChain chain = (request, response) -> {
		this.renders.incrementAndGet();
		response.setContentType("text/html;charset=UTF-8");
		response.getWriter().write("<p>render " + this.renders.get() + "</p>");
	};

	@Test
	void aPageRenderedDuringTheStartUpWorkIsRenderedAgainAfterIt() throws Exception {
		CorpusVersion version = mock(CorpusVersion.class);
		when(version.current()).thenReturn(7L);
		AtomicBoolean whole = new AtomicBoolean(false);
		ReadingPageCache cache = new ReadingPageCache(version, new RenderedPages(1 << 20), "build", whole::get,
				(request) -> "");

		MockHttpServletResponse during = get(cache);
		assertThat(during.getHeader(HttpHeaders.ETAG)).isNull();
		assertThat(during.getContentAsString()).isEqualTo("<p>render 1</p>");
		assertThat(get(cache).getContentAsString()).isEqualTo("<p>render 2</p>");

		whole.set(true);
		MockHttpServletResponse after = get(cache);
		assertThat(after.getContentAsString()).isEqualTo("<p>render 3</p>");
		assertThat(after.getHeader(HttpHeaders.ETAG)).contains("-7-");
		assertThat(get(cache).getContentAsString()).isEqualTo("<p>render 3</p>");
		assertThat(this.renders).hasValue(3);
	}

	private MockHttpServletResponse get(ReadingPageCache cache) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/documents/a-source");
		MockHttpServletResponse response = new MockHttpServletResponse();
		cache.doFilter(request, response, this.chain);
		return response;
	}

}
