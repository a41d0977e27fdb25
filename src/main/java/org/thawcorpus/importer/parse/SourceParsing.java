package org.thawcorpus.importer.parse;

import org.thawcorpus.document.NoteKind;

import java.util.ArrayList;
import java.util.List;

import org.thawcorpus.document.DocumentKind;

/** Recognises a source's kind and parses it with that kind's parser. Pure function. */
public final class SourceParsing {

	private SourceParsing() {
	}

	public static ParsedDocument parse(SourceLines lines) {
		Detection detection = KindDetector.detect(lines);
		SourceParser parser = switch (detection.kind()) {
			case ENCYCLOPEDIA_ARTICLE -> new ArticleParser();
			case BLOG_POST -> new BlogPostParser();
			case BOOK_PAGE -> new BookPageParser();
			case TEXT -> new PlainTextParser();
		};
		ParsedDocument parsed = parser.parse(lines);
		if (parsed.kind() != DocumentKind.TEXT) {
			return parsed;
		}
		List<SourceNote> notes = new ArrayList<>();
		notes.add(new SourceNote(null, NoteKind.PLAIN_TEXT_FALLBACK,
				"Imported as plain text: " + detection.reason() + "."));
		notes.addAll(parsed.notes());
		return new ParsedDocument(parsed.kind(), parsed.title(), parsed.sections(), parsed.reviews(), parsed.comments(),
				parsed.commentsClaimed(), parsed.book(), notes, parsed.lines());
	}

}
