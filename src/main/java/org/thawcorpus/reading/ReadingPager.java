package org.thawcorpus.reading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.thawcorpus.document.PassageLinks;
import org.thawcorpus.markup.PassageView;

/**
 * The links of a page of the reading view: to the other pages, to the sections in the
 * contents, and to anchors other pages hold. Every address keeps the highlighted query
 * and the layers chosen. For a document on one page, every anchor is on the page.
 */
public final class ReadingPager {

	/** Pages linked by number on either side of the current one. */
	static final int AROUND = 2;

	private final String slug;

	private final Reading reading;

	private final ReadingPage page;

	private final Map<String, Object> params;

	/**
	 * The links of a reading.
	 * @param query the highlighted query, or null
	 * @param layers the layers parameter, or null if not given
	 */
	ReadingPager(Reading reading, String query, String layers) {
		this.slug = reading.document().slug();
		this.reading = reading;
		this.page = reading.page();
		this.params = new LinkedHashMap<>();
		this.params.put("q", query);
		this.params.put("layers", layers);
	}

	public int page() {
		return this.page.number();
	}

	public int pages() {
		return this.page.pages();
	}

	public boolean paged() {
		return this.page.paged();
	}

	/** "Page 3 of 12". */
	public String words() {
		return "Page " + page() + " of " + pages();
	}

	/** The address of a page of this reading view. */
	public String href(int number) {
		return PassageLinks.page(this.slug, number, this.params, null);
	}

	/** The previous page's address, or null on the first. */
	public String previous() {
		return (page() > 1) ? href(page() - 1) : null;
	}

	/** The next page's address, or null on the last. */
	public String next() {
		return (page() < pages()) ? href(page() + 1) : null;
	}

	/**
	 * The pages linked by number: the first, the last, and those around this one; a gap
	 * stands for the pages left out.
	 */
	public List<PageLink> numbers() {
		List<PageLink> links = new ArrayList<>();
		int previous = 0;
		for (int n = 1; n <= pages(); n++) {
			if (n == 1 || n == pages() || Math.abs(n - page()) <= AROUND) {
				links.add(new PageLink(n, href(n), n == page(), n > previous + 1));
				previous = n;
			}
			else if (n < page()) {
				n = page() - AROUND - 1;
			}
			else {
				n = pages() - 1;
			}
		}
		return links;
	}

	/**
	 * The address of an anchor this page links to: on this page, or on the page holding
	 * it.
	 */
	public String link(String anchor) {
		Integer elsewhere = this.page.elsewhere().get(anchor);
		return (elsewhere != null) ? PassageLinks.page(this.slug, elsewhere, this.params, anchor) : "#" + anchor;
	}

	/** This page's address without the highlighted query. */
	public String withoutQuery() {
		Map<String, Object> others = new LinkedHashMap<>(this.params);
		others.remove("q");
		return PassageLinks.page(this.slug, page(), others, null);
	}

	/** The highlighted query, or null, for the forms of the page. */
	public String query() {
		return (String) this.params.get("q");
	}

	/** The layers parameter, or null, for the forms of the page. */
	public String layers() {
		return (String) this.params.get("layers");
	}

	/** The titled sections, each linked to the page holding it. */
	public List<ContentsLink> contents() {
		return this.page.contents()
			.stream()
			.map((e) -> new ContentsLink(e.title(),
					(e.page() == page() && e.headingId() != null) ? "#" + e.headingId()
							: PassageLinks.page(this.slug, e.page(), this.params, e.headingId()),
					e.page(), e.page() == page()))
			.toList();
	}

	/** A note when the contents does not list every section, or null. */
	public String contentsNote() {
		long titled = this.page.titledSections();
		if (titled <= this.page.contents().size()) {
			return null;
		}
		return "The contents lists the first " + this.page.contents().size() + " of "
				+ String.format(Locale.ROOT, "%,d", titled) + " sections; the page links reach the rest.";
	}

	/**
	 * Where the reader is: the paragraphs, sections, comments and reviews this page
	 * holds, in a sentence.
	 */
	public String where() {
		List<String> parts = new ArrayList<>();
		List<Integer> numbers = this.reading.sections()
			.stream()
			.flatMap((s) -> s.passages().stream())
			.map(PassageView::number)
			.filter(Objects::nonNull)
			.toList();
		if (!numbers.isEmpty()) {
			parts.add(range("paragraph", "paragraphs", numbers.get(0), numbers.get(numbers.size() - 1)));
		}
		List<SectionView> titled = this.reading.sections().stream().filter((s) -> s.title() != null).toList();
		if (!titled.isEmpty()) {
			SectionView first = titled.get(0);
			String from = "\u201C" + first.title() + "\u201D" + (first.continued() ? " (continued)" : "");
			parts.add((titled.size() == 1) ? "section " + from
					: "sections " + from + " to \u201C" + titled.get(titled.size() - 1).title() + "\u201D");
		}
		List<Integer> comments = this.reading.comments()
			.stream()
			.map(CommentView::number)
			.filter(Objects::nonNull)
			.toList();
		if (!comments.isEmpty()) {
			parts.add(range("comment", "comments", comments.get(0), comments.get(comments.size() - 1)));
		}
		else if (!this.reading.comments().isEmpty()) {
			parts.add(this.reading.comments().size() + " comments");
		}
		if (this.reading.book() != null && this.page.holdsReviews()) {
			parts.add("the first reviews");
		}
		return parts.isEmpty() ? null : "This page holds " + String.join("; ", parts) + ".";
	}

	private static String range(String one, String many, int first, int last) {
		return (first == last) ? one + " " + first : many + " " + first + " to " + last;
	}

	/**
	 * A page linked by its number.
	 *
	 * @param number the page
	 * @param href its address
	 * @param current whether it is the page shown
	 * @param gapBefore whether pages are left out before it
	 */
	public record PageLink(int number, String href, boolean current, boolean gapBefore) {

	}

	/**
	 * A line of the contents.
	 *
	 * @param title the section's title
	 * @param href the address of its heading
	 * @param page the page holding it
	 * @param here whether that is the page shown
	 */
	public record ContentsLink(String title, String href, int page, boolean here) {

	}

}
