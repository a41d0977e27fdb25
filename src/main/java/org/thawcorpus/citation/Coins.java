package org.thawcorpus.citation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

import org.thawcorpus.bibliography.PersonName;
import org.thawcorpus.citation.export.Reference;

/**
 * ContextObjects in Spans (COinS): an OpenURL 1.0 description of a book that reference
 * managers such as Zotero pick up from a page's {@code <span class="Z3988" title="...">}.
 */
public final class Coins {

	private Coins() {
	}

	/** The title attribute of a COinS span for a book reference. */
	public static String of(Reference reference) {
		StringJoiner kev = new StringJoiner("&");
		kev.add("ctx_ver=Z39.88-2004");
		kev.add("rft_val_fmt=" + encode("info:ofi/fmt:kev:mtx:book"));
		kev.add("rft.genre=book");
		add(kev, "rft.btitle", reference.title());
		for (PersonName author : reference.authors()) {
			add(kev, "rft.au", author.display());
		}
		add(kev, "rft.date", (reference.year() != null) ? String.valueOf(reference.year()) : null);
		add(kev, "rft.pub", reference.publisher());
		add(kev, "rft.place", reference.place());
		add(kev, "rft.pages", reference.pages());
		add(kev, "rft.isbn", reference.isbn());
		return kev.toString();
	}

	private static void add(StringJoiner kev, String key, String value) {
		if (value != null && !value.isBlank()) {
			kev.add(key + "=" + encode(value));
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
