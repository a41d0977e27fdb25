package org.thawcorpus.reading;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thawcorpus.citation.Citation;
import org.thawcorpus.citation.CitationRepository;
import org.thawcorpus.document.Passage;
import org.thawcorpus.document.PassageRepository;
import org.thawcorpus.document.PassageRole;
import org.thawcorpus.document.Section;
import org.thawcorpus.document.SectionRepository;
import org.thawcorpus.document.SourceLine;
import org.thawcorpus.markup.Mark;
import org.thawcorpus.source.LineRole;

/**
 * Says what each line of a source became in a reader's words, as the reading view names
 * it: the title, the heading with its text, passage 3 with citations 1 and 2; and finds
 * the citations inside each line.
 */
@Component
class SourceLineWords {

	private static final int HEADING_SHOWN = 80;

	private final PassageRepository passages;

	private final CitationRepository citations;

	private final SectionRepository sections;

	SourceLineWords(PassageRepository passages, CitationRepository citations, SectionRepository sections) {
		this.passages = passages;
		this.citations = citations;
		this.sections = sections;
	}

	/** The views of some lines of a document, in their order. */
	@Transactional(readOnly = true)
	List<SourceLineView> views(long documentId, List<SourceLine> lines) {
		Set<String> anchors = lines.stream()
			.filter((l) -> l.getRole() == LineRole.PASSAGE && l.getAnchor() != null)
			.map(SourceLine::getAnchor)
			.collect(Collectors.toSet());
		Map<String, Passage> byAnchor = new HashMap<>();
		Map<Long, List<Citation>> cited = new HashMap<>();
		Map<String, Integer> numbers = new HashMap<>();
		if (!anchors.isEmpty()) {
			for (Passage passage : this.passages.findByDocumentIdAndAnchorIn(documentId, anchors)) {
				byAnchor.put(passage.getAnchor(), passage);
			}
			for (Citation citation : this.citations.findByPassageIdInOrderByPosition(ids(byAnchor.values()))) {
				cited.computeIfAbsent(citation.getPassage().getId(), (id) -> new ArrayList<>()).add(citation);
			}
			List<String> body = this.passages.findAnchors(documentId, PassageRole.BODY);
			for (int i = 0; i < body.size(); i++) {
				numbers.put(body.get(i), i + 1);
			}
		}
		Map<Integer, String> headings = new HashMap<>();
		List<Integer> headingLines = lines.stream()
			.filter((l) -> l.getRole() == LineRole.HEADING)
			.map(SourceLine::getLine)
			.toList();
		if (!headingLines.isEmpty()) {
			for (Section section : this.sections.findByDocumentIdAndHeadingLineIn(documentId, headingLines)) {
				if (section.getTitle() != null) {
					headings.put(section.getHeadingLine(), section.getTitle());
				}
			}
		}
		List<SourceLineView> views = new ArrayList<>(lines.size());
		for (SourceLine line : lines) {
			Passage passage = (line.getRole() == LineRole.PASSAGE) ? byAnchor.get(line.getAnchor()) : null;
			if (passage == null) {
				views.add(SourceLineView.of(line, plain(line, headings.get(line.getLine())), List.of()));
				continue;
			}
			List<Mark> marks = new ArrayList<>();
			List<Integer> shown = new ArrayList<>();
			for (Citation citation : cited.getOrDefault(passage.getId(), List.of())) {
				Mark mark = inLine(line.getText(), passage.getText(), citation);
				if (mark != null) {
					marks.add(mark);
					shown.add(citation.getPosition() + 1);
				}
			}
			Integer number = numbers.get(passage.getAnchor());
			String became = ((number != null) ? "Passage " + number : "Passage " + passage.getAnchor())
					+ citationWords(shown) + ((line.getLabel() != null) ? ": " + line.getLabel() : "");
			views.add(SourceLineView.of(line, became, marks));
		}
		return views;
	}

	/**
	 * What a line became in a reader's words, from the line alone: the title, the heading
	 * with its text, or the role with its anchor and label.
	 * @param heading the title of the section the line heads, or null to quote the line
	 */
	static String plain(SourceLine line, String heading) {
		String label = line.getLabel();
		return switch (line.getRole()) {
			case TITLE -> "The title";
			case HEADING -> heading(label) + " “" + shorten((heading != null) ? heading : line.getText().strip()) + "”"
					+ (("heading, continued".equals(label)) ? ", continued" : "");
			default -> {
				String role = line.getRole().name().toLowerCase(Locale.ROOT);
				yield Character.toUpperCase(role.charAt(0)) + role.substring(1)
						+ ((line.getAnchor() != null) ? " " + line.getAnchor() : "")
						+ ((label != null) ? ": " + label : "");
			}
		};
	}

	/**
	 * " with citation 1", " with citations 1 and 2", " with citations 1, 2 and 3", or "".
	 */
	static String citationWords(List<Integer> numbers) {
		if (numbers.isEmpty()) {
			return "";
		}
		if (numbers.size() == 1) {
			return " with citation " + numbers.get(0);
		}
		String all = numbers.subList(0, numbers.size() - 1)
			.stream()
			.map(String::valueOf)
			.collect(Collectors.joining(", "));
		return " with citations " + all + " and " + numbers.get(numbers.size() - 1);
	}

	/**
	 * Where a citation of a passage stands in one of the passage's lines, or null if it
	 * is not in that line.
	 */
	private static Mark inLine(String line, String passageText, Citation citation) {
		int start = citation.getStartOffset();
		int end = citation.getEndOffset();
		if (start < 0 || end > passageText.length() || start >= end) {
			return null;
		}
		int base = line.indexOf(passageText);
		if (base < 0) {
			base = line.indexOf(passageText.substring(start, end)) - start;
			if (base + start < 0) {
				return null;
			}
		}
		return new Mark(base + start, base + end, Mark.Type.CITATION, String.valueOf(citation.getId()),
				String.valueOf(citation.getPosition() + 1));
	}

	private static String heading(String label) {
		if ("works-cited heading".equals(label)) {
			return "The works-cited heading";
		}
		return "subheading".equals(label) ? "The subheading" : "The heading";
	}

	private static String shorten(String text) {
		return (text.length() > HEADING_SHOWN) ? text.substring(0, HEADING_SHOWN) + "…" : text;
	}

	private static List<Long> ids(Collection<Passage> passages) {
		return passages.stream().map(Passage::getId).toList();
	}

}
