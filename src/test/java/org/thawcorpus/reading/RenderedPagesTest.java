package org.thawcorpus.reading;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rendered pages are kept within their bytes, for one version of the corpus at a time.
 */
class RenderedPagesTest {

	@Test
	void theLeastRecentlyReadPagesGoFirstOnceTheBytesAreSpent() {
		RenderedPages pages = new RenderedPages(300);
		pages.put(1, "a", page(100));
		pages.put(1, "b", page(100));
		pages.put(1, "c", page(100));
		assertThat(pages.get(1, "a")).isNotNull();

		pages.put(1, "d", page(100));

		assertThat(pages.get(1, "b")).isNull();
		assertThat(pages.get(1, "a")).isNotNull();
		assertThat(pages.get(1, "c")).isNotNull();
		assertThat(pages.get(1, "d")).isNotNull();
		assertThat(pages.size()).isEqualTo(3);
	}

	@Test
	void aPageLargerThanTheWholeStoreIsNotKept() {
		RenderedPages pages = new RenderedPages(300);
		pages.put(1, "a", page(100));

		pages.put(1, "huge", page(301));

		assertThat(pages.get(1, "huge")).isNull();
		assertThat(pages.get(1, "a")).isNotNull();
		assertThat(new RenderedPages(0).size()).isZero();
	}

	@Test
	void aNewerVersionReplacesEveryPageAndAnOlderOneIsNotKept() {
		RenderedPages pages = new RenderedPages(1000);
		pages.put(1, "a", page(10));
		pages.put(1, "b", page(10));
		assertThat(pages.get(2, "a")).isNull();

		pages.put(2, "a", page(20));

		assertThat(pages.get(1, "a")).isNull();
		assertThat(pages.get(2, "b")).isNull();
		assertThat(pages.get(2, "a").body()).hasSize(20);
		pages.put(1, "b", page(10));
		assertThat(pages.size()).isEqualTo(1);
		assertThat(pages.get(1, "b")).isNull();
	}

	@Test
	void replacingAPageCountsOnlyItsNewBytes() {
		RenderedPages pages = new RenderedPages(250);
		pages.put(1, "a", page(100));
		pages.put(1, "a", page(120));
		pages.put(1, "b", page(120));

		assertThat(pages.get(1, "a").body()).hasSize(120);
		assertThat(pages.get(1, "b")).isNotNull();
	}

	private static RenderedPages.Page page(int bytes) {
		return new RenderedPages.Page(new byte[bytes], new byte[0], "W/\"e\"", "text/html;charset=UTF-8",
				Locale.ENGLISH, List.of());
	}

}
