package org.thawcorpus.importer;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.thawcorpus.document.Document;
import org.thawcorpus.document.DocumentRepository;
import org.thawcorpus.document.PassageRepository;
import org.thawcorpus.text.TextFolding;

/**
 * Finds, for a document just imported, another copy of the same page already in the
 * corpus: the same kind and title (ignoring case) and at least half of the passages of
 * the shorter of the two in common, compared folded for typography, case and white space.
 * A page saved as HTML and copied as text is the usual case; both stay in the corpus, and
 * the newer is marked as a copy of the older.
 */
@Component
class PageCopies {

	/** The least share of the shorter document's passages the two must have in common. */
	static final double SHARED = 0.5;

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private final DocumentRepository documents;

	private final PassageRepository passages;

	PageCopies(DocumentRepository documents, PassageRepository passages) {
		this.documents = documents;
		this.passages = passages;
	}

	/**
	 * Marks the document as a copy of the first one found and says so.
	 * @return the sentence for the import report, if a copy was found
	 */
	Optional<String> mark(Document document) {
		List<Document> candidates = this.documents.findTop10ByKindAndTitleIgnoreCaseAndIdNot(document.getKind(),
				document.getTitle(), document.getId());
		if (candidates.isEmpty()) {
			return Optional.empty();
		}
		Set<String> mine = texts(document);
		for (Document other : candidates) {
			Set<String> theirs = texts(other);
			int smaller = Math.min(mine.size(), theirs.size());
			Set<String> shared = new HashSet<>(mine);
			shared.retainAll(theirs);
			if (smaller > 0 && shared.size() >= SHARED * smaller) {
				document.markCopyOf(other.getSlug());
				return Optional.of("Another copy of the page imported from " + other.getSourceFile() + " ("
						+ other.getFormat().label().toLowerCase(Locale.ROOT) + "): the same title and kind, and "
						+ shared.size() + " of the " + smaller + " passages of the shorter in common.");
			}
		}
		return Optional.empty();
	}

	private Set<String> texts(Document document) {
		Set<String> texts = new HashSet<>();
		for (String text : this.passages.findTextsByDocumentId(document.getId())) {
			String folded = TextFolding.fold(text).toLowerCase(Locale.ROOT);
			folded = SPACES.matcher(folded).replaceAll(" ").strip();
			if (!folded.isEmpty()) {
				texts.add(folded);
			}
		}
		return texts;
	}

}
