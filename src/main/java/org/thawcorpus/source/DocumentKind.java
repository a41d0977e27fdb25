package org.thawcorpus.source;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What kind of page a source is a copy of, as its {@link SourceKind} names it. Documents
 * store the code; {@link #of(String)} finds the registered kind again.
 *
 * @param code the stable name stored and used in URLs and JSON ("BOOK_PAGE")
 * @param label what a reader calls it ("Book page")
 * @param schemaOrgType the schema.org type describing what the page is ("Book")
 * @param leadLabel what an untitled first section of such a page is called
 * ("Description", "Lead")
 */
public record DocumentKind(String code, String label, String schemaOrgType, String leadLabel) {

	/**
	 * The registered kind with that code, or a kind of that name if none is registered.
	 */
	public static DocumentKind of(String code) {
		return SourceKinds.all()
			.stream()
			.map(SourceKind::kind)
			.filter((kind) -> kind.code().equals(code))
			.findFirst()
			.orElseGet(() -> new DocumentKind(code, code, "CreativeWork", "Main text"));
	}

	/** Whether a kind of that code is registered. */
	public static boolean isKnown(String code) {
		return SourceKinds.all().stream().anyMatch((kind) -> kind.kind().code().equals(code));
	}

	/** The schema.org type's address, for machine-readable metadata. */
	public String schemaType() {
		return "https://schema.org/" + this.schemaOrgType;
	}

	@JsonValue
	@Override
	public String code() {
		return this.code;
	}

	@Override
	public String toString() {
		return this.code;
	}

}
