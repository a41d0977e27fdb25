package org.thawcorpus.importer;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.thawcorpus.document.Document;
import org.thawcorpus.document.SourceFormat;
import org.thawcorpus.text.TextFolding;

/**
 * Finds, for a document just imported, another copy of the same page already in the
 * corpus: the same kind and title (ignoring case) and at least half of the passages of
 * the shorter of the two in common, compared folded for typography, case and white space.
 * A page saved as HTML and copied as text is the usual case; both stay in the corpus, and
 * the newer is marked as a copy of the older. The candidates are found by an indexed key
 * ({@link Document#titleKey(String)}: the title's start, so whole titles are compared
 * after), at most ten, in no order (each was imported before: a document imported again
 * is written anew), so that the look-up reads no more of the index than it returns; their
 * passages are read one candidate at a time until one is a copy; in plain SQL, in the
 * caller's transaction, so that Hibernate need not check the document's entities for
 * changes before each query.
 */
@Component
class PageCopies {

	/** The least share of the shorter document's passages the two must have in common. */
	static final double SHARED = 0.5;

	/** The most candidates whose passages are compared. */
	private static final int CANDIDATES = 10;

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private final JdbcClient jdbc;

	PageCopies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Another document of the same kind and title. */
	private record Candidate(long id, String slug, String title, String sourceFile, String sourceFormat) {

	}

	/**
	 * Marks the document (written and flushed) as a copy of the first one found and says
	 * so.
	 * @return the sentence for the import report, if a copy was found
	 */
	Optional<String> mark(Document document) {
		String title = document.getTitle().toUpperCase(Locale.ROOT);
		List<Candidate> candidates = this.jdbc
			.sql("select id, slug, title, source_file, source_format from documents where kind = ? and title_key = ? "
					+ "and id <> ? fetch first " + CANDIDATES + " rows only")
			.params(document.getKind().code(), Document.titleKey(document.getTitle()), document.getId())
			.query(Candidate.class)
			.list()
			.stream()
			.filter((other) -> other.title().toUpperCase(Locale.ROOT).equals(title))
			.toList();
		if (candidates.isEmpty()) {
			return Optional.empty();
		}
		Set<String> mine = texts(document.getId());
		for (Candidate other : candidates) {
			Set<String> theirs = texts(other.id());
			int smaller = Math.min(mine.size(), theirs.size());
			Set<String> shared = new HashSet<>(mine);
			shared.retainAll(theirs);
			if (smaller > 0 && shared.size() >= SHARED * smaller) {
				document.markCopyOf(other.slug());
				return Optional.of("Another copy of the page imported from " + other.sourceFile() + " ("
						+ SourceFormat.valueOf(other.sourceFormat()).label().toLowerCase(Locale.ROOT)
						+ "): the same title and kind, and " + shared.size() + " of the " + smaller
						+ " passages of the shorter in common.");
			}
		}
		return Optional.empty();
	}

	/**
	 * The folded texts of every passage of a document: body, reviews and comments alike.
	 */
	private Set<String> texts(long documentId) {
		Set<String> texts = new HashSet<>();
		for (String text : this.jdbc.sql("select text from passages where document_id = ?")
			.param(documentId)
			.query(String.class)
			.list()) {
			String folded = TextFolding.fold(text).toLowerCase(Locale.ROOT);
			folded = SPACES.matcher(folded).replaceAll(" ").strip();
			if (!folded.isEmpty()) {
				texts.add(folded);
			}
		}
		return texts;
	}

}
