package org.thawcorpus.citation;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.thawcorpus.bibliography.PersonName;
import org.thawcorpus.citation.export.Reference;
import org.thawcorpus.citation.export.ReferenceType;

/**
 * What a page says about the work it shows, for programs that save it: Dublin Core and
 * Highwire ({@code citation_*}) meta tags, which the Zotero Connector reads
 * ({@code DC.type} naming Zotero's item type, no Highwire tag that would force another),
 * and schema.org JSON-LD.
 *
 * @param tags the meta tags, in order
 * @param jsonLd the JSON-LD object, with {@code <}, {@code >} and {@code &} escaped so
 * that it can stand in a {@code <script type="application/ld+json">} element
 */
public record PageMetadata(List<Tag> tags, String jsonLd) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public PageMetadata {
		tags = List.copyOf(tags);
	}

	/** The metadata of a page showing a reference's work. */
	public static PageMetadata of(Reference reference) {
		List<Tag> tags = new ArrayList<>();
		String date = (reference.issued() != null) ? reference.issued().iso() : null;
		add(tags, "DC.type", reference.type().zoteroType());
		add(tags, "DC.title", reference.displayTitle());
		reference.authors().forEach((a) -> add(tags, "DC.creator", a.display()));
		add(tags, "DC.date", date);
		add(tags, "DC.source", reference.containerTitle());
		add(tags, "DC.publisher", reference.publisher());
		add(tags, "DC.identifier", reference.url());
		add(tags, "citation_title", reference.displayTitle());
		reference.authors().forEach((a) -> add(tags, "citation_author", a.display()));
		add(tags, "citation_publication_date", (date != null) ? date.replace('-', '/') : null);
		add(tags, "citation_publisher", reference.publisher());
		add(tags, "citation_isbn", (reference.type() == ReferenceType.BOOK) ? reference.isbn() : null);
		add(tags, "citation_public_url", reference.url());
		return new PageMetadata(tags, escape(JSON.writeValueAsString(jsonLd(reference, date))));
	}

	private static ObjectNode jsonLd(Reference r, String date) {
		ObjectNode node = JSON.createObjectNode();
		node.put("@context", "https://schema.org");
		node.put("@type", r.type().schemaOrgType());
		if (r.title() != null) {
			node.put(r.type() == ReferenceType.BLOG_POST ? "headline" : "name", r.title());
		}
		persons(node, "author", r.authors());
		persons(node, "editor", r.editors());
		persons(node, "translator", r.translators());
		if (date != null) {
			node.put("datePublished", date);
		}
		if (r.containerTitle() != null) {
			ObjectNode whole = node.putObject("isPartOf");
			whole.put("@type", switch (r.type()) {
				case BLOG_POST, COMMENT -> "Blog";
				case ENCYCLOPEDIA_ENTRY, WEBPAGE, REVIEW -> "WebSite";
				case ARTICLE -> "Periodical";
				default -> "CreativeWork";
			});
			whole.put("name", r.containerTitle());
		}
		if (r.publisher() != null) {
			node.putObject("publisher").put("@type", "Organization").put("name", r.publisher());
		}
		if (r.isbn() != null) {
			node.put("isbn", r.isbn());
		}
		if (r.numberOfPages() != null) {
			node.put("numberOfPages", r.numberOfPages());
		}
		if (r.url() != null) {
			node.put("url", r.url());
		}
		if (r.reviewedTitle() != null) {
			ObjectNode book = node.putObject("itemReviewed");
			book.put("@type", "Book");
			book.put("name", r.reviewedTitle());
			persons(book, "author", r.reviewedAuthors());
		}
		return node;
	}

	private static void persons(ObjectNode node, String field, List<PersonName> names) {
		if (names.isEmpty()) {
			return;
		}
		ArrayNode array = node.putArray(field);
		for (PersonName name : names) {
			ObjectNode person = array.addObject();
			person.put("@type", "Person");
			person.put("name", Reference.plainName(name));
			if (name.family() != null) {
				person.put("familyName", name.family());
			}
			if (name.given() != null) {
				person.put("givenName", name.given());
			}
		}
	}

	private static void add(List<Tag> tags, String name, String content) {
		if (content != null && !content.isBlank()) {
			tags.add(new Tag(name, content.strip()));
		}
	}

	/** JSON that cannot end a script element or open a comment or entity within it. */
	static String escape(String json) {
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

	/**
	 * A meta tag.
	 *
	 * @param name its {@code name}
	 * @param content its {@code content}
	 */
	public record Tag(String name, String content) {

	}

}
