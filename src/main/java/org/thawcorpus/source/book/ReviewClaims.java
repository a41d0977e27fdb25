package org.thawcorpus.source.book;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thawcorpus.source.LineLedger;
import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.PrintedCount;
import org.thawcorpus.source.SourceNote;
import org.thawcorpus.source.Values;

/**
 * The number of reviews a book page claims, as its "Displaying 1 - 30 of 5,000 reviews"
 * lines print it (or its metadata states it), and the notes a reader makes on it: a
 * second line that claims another number, and a copy that holds fewer reviews than
 * claimed.
 */
final class ReviewClaims {

	private static final Pattern DISPLAYING = Pattern.compile("(?i)(?:displaying|showing) +(" + Values.COUNT
			+ ")(?: *- *(" + Values.COUNT + "))? +of +(" + PrintedCount.ANY + ") +reviews?");

	private final List<SourceNote> notes;

	private Integer claimed;

	/** The number claimed as the page prints it ("238 099"). */
	private String printed;

	private Integer line;

	ReviewClaims(List<SourceNote> notes) {
		this.notes = notes;
	}

	/**
	 * The "Displaying 1 - 11 of 11 reviews" (or "Displaying 1 of 1 review") line's match,
	 * or null if the line is not one; group 3 is the number claimed.
	 */
	static Matcher displaying(String trimmed) {
		Matcher m = DISPLAYING.matcher(trimmed);
		return m.matches() ? m : null;
	}

	/**
	 * Reads a claim line, recording its use: the first claim counts; a later one that
	 * claims another number is noted. A claim abbreviated ("of 238k reviews") is no
	 * number to hold a copy to, and counts as no claim.
	 */
	void read(int n, Matcher displaying, LineLedger ledger) {
		String printed = displaying.group(3).strip();
		Integer count = Values.count(printed);
		ledger.assign(n, LineRole.METADATA, "reviews claimed", null);
		if (this.claimed == null) {
			this.claimed = count;
			this.printed = printed;
			this.line = n;
		}
		else if (count != null && !count.equals(this.claimed)) {
			this.notes.add(new SourceNote(n, NoteKind.OTHER, "This line claims " + reviews(printed, count)
					+ " where line " + this.line + " claims " + reviews(this.printed, this.claimed) + "."));
		}
	}

	/** Takes a count the page's metadata states when no line claimed one. */
	void stated(Integer count) {
		if (this.claimed == null && count != null) {
			this.claimed = count;
			this.printed = BookText.count(count);
		}
	}

	/** The number of reviews claimed, or null if the page claims none. */
	Integer claimed() {
		return this.claimed;
	}

	/**
	 * Notes a copy that holds another number of reviews than claimed, on the first claim
	 * line (which introduces the list it is about), or on the whole file for a claim of
	 * the metadata.
	 */
	void check(int present) {
		if (this.claimed != null && this.claimed != present) {
			this.notes.add(new SourceNote(this.line, NoteKind.CLAIMED_VS_PRESENT,
					"The page claims " + reviews(this.printed, this.claimed) + "; this copy holds " + present + "."));
		}
	}

	/** A number of reviews as the page prints it, and the noun. */
	private static String reviews(String printed, int count) {
		return printed + ((count == 1) ? " review" : " reviews");
	}

}
