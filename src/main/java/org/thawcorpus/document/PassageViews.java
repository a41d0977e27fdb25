package org.thawcorpus.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.thawcorpus.citation.Citation;

/** Turns passages and their citations into views with their text cut into marked runs. */
public final class PassageViews {

	private PassageViews() {
	}

	/**
	 * A view of a passage.
	 * @param passage the passage
	 * @param number its number among body passages, or null
	 * @param citations the passage's citations, in order (may be empty)
	 * @param extraMarks further marks, such as search hits (may be empty)
	 */
	public static PassageView of(Passage passage, Integer number, List<Citation> citations, List<Mark> extraMarks) {
		List<Mark> marks = new ArrayList<>(PassageMarkup.languageRuns(passage.getText()));
		List<PassageView.CitationRef> refs = new ArrayList<>();
		for (Citation citation : citations) {
			int shown = citation.getPosition() + 1;
			marks.add(new Mark(citation.getStartOffset(), citation.getEndOffset(), Mark.Type.CITATION,
					String.valueOf(citation.getId()), String.valueOf(shown)));
			refs.add(new PassageView.CitationRef(citation.getId(), shown, citation.getRaw()));
		}
		marks.addAll(extraMarks);
		return new PassageView(passage.getAnchor(), number, passage.getText(), passage.getFirstLine(),
				passage.getLastLine(), PassageMarkup.segments(passage.getText(), PassageMarkup.nestAnnotations(marks)),
				refs);
	}

	/**
	 * Views of passages, numbering none of them, with the citations and further marks
	 * grouped by passage id.
	 */
	public static List<PassageView> of(List<Passage> passages, Map<Long, List<Citation>> citationsByPassage,
			Map<Long, List<Mark>> marksByPassage) {
		return passages.stream()
			.map((p) -> of(p, null, citationsByPassage.getOrDefault(p.getId(), List.of()),
					marksByPassage.getOrDefault(p.getId(), List.of())))
			.toList();
	}

}
