package org.thawcorpus.reading;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rendered pages of one version of the corpus, by variant, bounded by their bytes: the
 * least recently read go first, and all go when a page of a newer version is kept.
 */
final class RenderedPages {

	private final long maxBytes;

	private final LinkedHashMap<String, Page> pages = new LinkedHashMap<>(64, 0.75f, true);

	private long bytes;

	private long version = Long.MIN_VALUE;

	/**
	 * @param maxBytes the most bytes of bodies kept, plain and gzipped (0: none)
	 */
	RenderedPages(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	/** The page kept for that variant at that version of the corpus, or null. */
	synchronized Page get(long version, String variant) {
		return (version == this.version) ? this.pages.get(variant) : null;
	}

	/**
	 * Keeps a page rendered at that version; a page of an older version than those kept
	 * is not kept, one of a newer version replaces them all.
	 */
	synchronized void put(long version, String variant, Page page) {
		if (version < this.version || page.bytes() > this.maxBytes) {
			return;
		}
		if (version > this.version) {
			this.pages.clear();
			this.bytes = 0;
			this.version = version;
		}
		Page old = this.pages.put(variant, page);
		this.bytes += page.bytes() - ((old != null) ? old.bytes() : 0);
		Iterator<Page> eldest = this.pages.values().iterator();
		while (this.bytes > this.maxBytes && eldest.hasNext()) {
			this.bytes -= eldest.next().bytes();
			eldest.remove();
		}
	}

	/** How many pages are kept. */
	synchronized int size() {
		return this.pages.size();
	}

	/**
	 * A rendered page.
	 *
	 * @param body its bytes
	 * @param gzipped its bytes gzipped, sent to clients that accept gzip
	 * @param etag its ETag
	 * @param contentType its content type
	 * @param locale its language, or null
	 * @param headers the headers its rendering set, in order, as name and value
	 */
	record Page(byte[] body, byte[] gzipped, String etag, String contentType, Locale locale,
			List<Map.Entry<String, String>> headers) {

		Page {
			headers = List.copyOf(headers);
		}

		/** The bytes it takes. */
		long bytes() {
			return (long) this.body.length + this.gzipped.length;
		}

	}

}
