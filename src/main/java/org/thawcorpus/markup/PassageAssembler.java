package org.thawcorpus.markup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thawcorpus.citation.Citation;
import org.thawcorpus.citation.CitationRepository;
import org.thawcorpus.citation.Citations;
import org.thawcorpus.document.Passage;
import org.thawcorpus.document.PassageRole;

/**
 * Builds the views of passages, whatever they belong to (a section, a review, a comment):
 * their citations and further marks are looked up once for all of them, and each text is
 * cut into marked runs. The one place a passage becomes something to render.
 */
@Component
public class PassageAssembler {

	private final CitationRepository citations;

	PassageAssembler(CitationRepository citations) {
		this.citations = citations;
	}

	/**
	 * Views of passages grouped by what they belong to, in the passages' order; body
	 * passages are numbered from 1 in that order.
	 * @param documentId the passages' document
	 * @param passages the passages, in document order
	 * @param owner the id of what a passage belongs to (its section, review or comment)
	 * @param marks further marks, such as annotations and search hits
	 * @return views by owner id, owners in the order their first passage comes
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<PassageView>> byOwner(long documentId, List<Passage> passages, Function<Passage, Long> owner,
			PassageMarks marks) {
		return byOwner(documentId, passages, owner, marks, 0);
	}

	/**
	 * Views of passages grouped by what they belong to, as
	 * {@link #byOwner(long, List, Function, PassageMarks)} gives them, for passages that
	 * follow others: body passages are numbered on from {@code bodyBefore + 1}.
	 * @param bodyBefore how many body passages of the document come before these
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<PassageView>> byOwner(long documentId, List<Passage> passages, Function<Passage, Long> owner,
			PassageMarks marks, int bodyBefore) {
		Map<Long, List<PassageView>> views = new LinkedHashMap<>();
		if (passages.isEmpty()) {
			return views;
		}
		List<Long> ids = passages.stream().map(Passage::getId).toList();
		Map<Long, List<Citation>> citationsByPassage = Citations
			.byPassage(this.citations.findByPassageIdInOrderByPosition(ids));
		Map<Long, List<Mark>> marksByPassage = marks.find(documentId, ids);
		int number = bodyBefore;
		for (Passage passage : passages) {
			Integer shown = (passage.getRole() == PassageRole.BODY) ? ++number : null;
			views.computeIfAbsent(owner.apply(passage), (id) -> new ArrayList<>())
				.add(view(passage, shown, citationsByPassage.getOrDefault(passage.getId(), List.of()),
						marksByPassage.getOrDefault(passage.getId(), List.of())));
		}
		return views;
	}

	/**
	 * A view of a passage. Annotations never stand inside a citation: a name or a date in
	 * a reference is the reference's, not the passage's.
	 * @param passage the passage
	 * @param number its number among body passages, or null
	 * @param citations the passage's citations, in order (may be empty)
	 * @param extraMarks further marks, such as search hits (may be empty)
	 */
	static PassageView view(Passage passage, Integer number, List<Citation> citations, List<Mark> extraMarks) {
		List<Mark> marks = new ArrayList<>(PassageMarkup.languageRuns(passage.getText()));
		List<PassageView.CitationRef> refs = new ArrayList<>();
		for (Citation citation : citations) {
			int shown = citation.getPosition() + 1;
			marks.add(new Mark(citation.getStartOffset(), citation.getEndOffset(), Mark.Type.CITATION,
					String.valueOf(citation.getId()), String.valueOf(shown)));
			refs.add(
					new PassageView.CitationRef(citation.getId(), shown, citation.getRaw(), citation.getEntryAnchor()));
		}
		for (Mark mark : extraMarks) {
			if (mark.type() != Mark.Type.ANNOTATION || citations.stream()
				.noneMatch((c) -> mark.start() < c.getEndOffset() && c.getStartOffset() < mark.end())) {
				marks.add(mark);
			}
		}
		return new PassageView(passage.getAnchor(), number, passage.getText(), passage.getFirstLine(),
				passage.getLastLine(), PassageMarkup.segments(passage.getText(), PassageMarkup.nestAnnotations(marks)),
				refs);
	}

}
