package org.thawcorpus.citation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

import org.thawcorpus.bibliography.PersonName;
import org.thawcorpus.citation.export.Reference;
import org.thawcorpus.citation.export.ReferenceType;

/**
 * ContextObjects in Spans (COinS): an OpenURL 1.0 description of a work that reference
 * managers such as Zotero pick up from a page's {@code <span class="Z3988" title="...">}.
 * Books and chapters use the book format, with a book's number of pages as
 * {@code rft.tpages} and never a page cited; every other kind the Dublin Core format with
 * Zotero's item type in {@code rft.type}, as Zotero writes and reads it.
 */
public final class Coins {

	private Coins() {
	}

	/** The title attribute of a COinS span for a reference. */
	public static String of(Reference reference) {
		StringJoiner kev = new StringJoiner("&");
		kev.add("ctx_ver=Z39.88-2004");
		String date = (reference.issued() != null) ? reference.issued().iso() : null;
		if (reference.type() == ReferenceType.BOOK || reference.type() == ReferenceType.CHAPTER) {
			boolean chapter = reference.type() == ReferenceType.CHAPTER;
			kev.add("rft_val_fmt=" + encode("info:ofi/fmt:kev:mtx:book"));
			kev.add("rft.genre=" + (chapter ? "bookitem" : "book"));
			add(kev, chapter ? "rft.atitle" : "rft.btitle", reference.title());
			add(kev, "rft.btitle", chapter ? reference.containerTitle() : null);
			authors(kev, "rft.au", reference);
			add(kev, "rft.date", date);
			add(kev, "rft.pub", reference.publisher());
			add(kev, "rft.place", reference.place());
			add(kev, "rft.pages", chapter ? reference.pages() : null);
			add(kev, "rft.tpages", (reference.numberOfPages() != null) ? reference.numberOfPages().toString() : null);
			add(kev, "rft.isbn", reference.isbn());
		}
		else if (reference.type() == ReferenceType.ARTICLE) {
			kev.add("rft_val_fmt=" + encode("info:ofi/fmt:kev:mtx:journal"));
			kev.add("rft.genre=article");
			add(kev, "rft.atitle", reference.title());
			add(kev, "rft.jtitle", reference.containerTitle());
			authors(kev, "rft.au", reference);
			add(kev, "rft.date", date);
			add(kev, "rft.pages", reference.pages());
		}
		else {
			kev.add("rft_val_fmt=" + encode("info:ofi/fmt:kev:mtx:dc"));
			add(kev, "rft.type", reference.type().zoteroType());
			add(kev, "rft.title", reference.displayTitle());
			add(kev, "rft.source", reference.containerTitle());
			authors(kev, "rft.creator", reference);
			add(kev, "rft.date", date);
			add(kev, "rft.publisher", reference.publisher());
			add(kev, "rft.identifier", reference.url());
		}
		return kev.toString();
	}

	private static void authors(StringJoiner kev, String key, Reference reference) {
		for (PersonName author : reference.authors()) {
			add(kev, key, author.display());
		}
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
