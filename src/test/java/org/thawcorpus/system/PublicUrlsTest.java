package org.thawcorpus.system;

import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The site's address in the absolute links it gives out, configured or from the request.
 */
class PublicUrlsTest {

	private static final List<String> LOCAL = List.of("localhost", "127.0.0.1", "[::1]");

	@Test
	void aConfiguredBaseUrlIsUsedWhateverHostTheRequestNames() throws Exception {
		PublicUrls urls = new PublicUrls(new SiteProperties(URI.create("https://thaw.example.org/corpus/"), LOCAL));
		assertThat(link(urls, "evil.example", 80)).isEqualTo("https://thaw.example.org/corpus/documents/x");
		assertThat(link(urls, "localhost", 8080)).isEqualTo("https://thaw.example.org/corpus/documents/x");
	}

	@Test
	void withoutABaseUrlAnAllowedHostIsUsedAndAnyOtherGetsARelativeLink() throws Exception {
		PublicUrls urls = new PublicUrls(new SiteProperties(null, LOCAL));
		assertThat(link(urls, "localhost", 8080)).isEqualTo("http://localhost:8080/documents/x");
		assertThat(link(urls, "LOCALHOST", 80)).isEqualTo("http://LOCALHOST/documents/x");
		assertThat(link(urls, "[::1]", 8080)).isEqualTo("http://[::1]:8080/documents/x");
		assertThat(link(urls, "evil.example", 80)).isEqualTo("/documents/x");
		assertThat(link(urls, "localhost.evil.example", 80)).isEqualTo("/documents/x");
		PublicUrls configured = new PublicUrls(new SiteProperties(null, List.of("thaw.example.org")));
		assertThat(link(configured, "thaw.example.org", 80)).isEqualTo("http://thaw.example.org/documents/x");
		assertThat(link(configured, "localhost", 8080)).isEqualTo("/documents/x");
	}

	@Test
	void outsideARequestALinkIsRelative() {
		assertThat(PublicUrls.absolute("/documents/x")).isEqualTo("/documents/x");
	}

	@Test
	void aBaseUrlThatIsNoAbsoluteWebAddressIsRefused() {
		for (String bad : new String[] { "thaw.example.org", "/corpus", "ftp://thaw.example.org",
				"https://thaw.example.org/?a=1", "https://thaw.example.org/#top" }) {
			assertThatIllegalArgumentException().as(bad)
				.isThrownBy(() -> new SiteProperties(URI.create(bad), LOCAL))
				.withMessageStartingWith("thaw.base-url must be an absolute http or https address");
		}
	}

	/** The link to "/documents/x" a page answering a request to the host would give. */
	private static String link(PublicUrls urls, String host, int port) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/documents/x/cite/p1");
		request.setServerName(host);
		request.setServerPort(port);
		AtomicReference<String> link = new AtomicReference<>();
		urls.doFilter(request, new MockHttpServletResponse(), new MockFilterChain(new HttpServlet() {

			@Override
			protected void service(HttpServletRequest req, HttpServletResponse res) {
				RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(req));
				try {
					link.set(PublicUrls.absolute("/documents/x"));
				}
				finally {
					RequestContextHolder.resetRequestAttributes();
				}
			}

		}));
		return link.get();
	}

}
