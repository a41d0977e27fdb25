package org.thawcorpus.citation;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A person credited in a citation, in one role. */
@Embeddable
public class Contributor {

	@Enumerated(EnumType.STRING)
	private ContributorRole role;

	private String family;

	private String given;

	private String literal;

	protected Contributor() {
	}

	public Contributor(ContributorRole role, String family, String given, String literal) {
		this.role = role;
		this.family = family;
		this.given = given;
		this.literal = literal;
	}

	public ContributorRole getRole() {
		return this.role;
	}

	public String getFamily() {
		return this.family;
	}

	public String getGiven() {
		return this.given;
	}

	/** The name as printed. */
	public String getLiteral() {
		return this.literal;
	}

	/** "Family, Given" when split, otherwise the name as printed. */
	public String getDisplay() {
		if (this.family == null) {
			return this.literal;
		}
		return (this.given == null) ? this.family : this.family + ", " + this.given;
	}

}
