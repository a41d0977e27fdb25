package org.thawcorpus.markup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a passage's text into segments at the edges of its marks (citations, runs in
 * another language, search hits), so a template can render each run with its attributes
 * through {@code th:text}. The text itself is never changed.
 */
public final class PassageMarkup {

	private static final Pattern CYRILLIC = Pattern
		.compile("\\p{IsCyrillic}[\\p{IsCyrillic}\\p{M}]*(?:[ \\-]\\p{IsCyrillic}[\\p{IsCyrillic}\\p{M}]*)*");

	private static final Pattern IPA = Pattern.compile("IPA:\\s*([\\[/])([^\\]/]+)[\\]/]");

	private PassageMarkup() {
	}

	/**
	 * The language runs of a text: Cyrillic runs are marked Russian, which is what this
	 * corpus quotes; a transcription after "IPA:" is marked as IPA of Russian if the text
	 * quotes Cyrillic before it, otherwise of English.
	 */
	public static List<Mark> languageRuns(String text) {
		List<Mark> marks = new ArrayList<>();
		Matcher cyrillic = CYRILLIC.matcher(text);
		int firstCyrillic = -1;
		while (cyrillic.find()) {
			firstCyrillic = (firstCyrillic < 0) ? cyrillic.start() : firstCyrillic;
			marks.add(new Mark(cyrillic.start(), cyrillic.end(), Mark.Type.LANG, "ru", null));
		}
		Matcher ipa = IPA.matcher(text);
		while (ipa.find()) {
			boolean russian = firstCyrillic >= 0 && firstCyrillic < ipa.start();
			marks.add(new Mark(ipa.start(2) - 1, ipa.end(), Mark.Type.LANG, russian ? "ru-fonipa" : "en-fonipa", null));
		}
		return marks;
	}

	/**
	 * The marks with their annotations made to nest: an annotation that overlaps a
	 * citation without lying inside it is dropped (the citation stays), and of
	 * annotations that overlap, the one starting first (then the longer) is kept. Other
	 * marks are kept as they are.
	 */
	public static List<Mark> nestAnnotations(List<Mark> marks) {
		List<Mark> kept = new ArrayList<>();
		List<Mark> citations = new ArrayList<>();
		List<Mark> annotations = new ArrayList<>();
		for (Mark mark : marks) {
			if (mark.type() == Mark.Type.ANNOTATION) {
				annotations.add(mark);
			}
			else {
				kept.add(mark);
				if (mark.type() == Mark.Type.CITATION) {
					citations.add(mark);
				}
			}
		}
		annotations
			.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed()));
		int covered = 0;
		for (Mark annotation : annotations) {
			boolean crossesCitation = citations.stream()
				.anyMatch((c) -> annotation.start() < c.end() && c.start() < annotation.end()
						&& (annotation.start() < c.start() || annotation.end() > c.end()));
			if (annotation.start() >= covered && annotation.end() > annotation.start() && !crossesCitation) {
				kept.add(annotation);
				covered = annotation.end();
			}
		}
		return kept;
	}

	/** Cuts {@code text} at every mark's edges. Marks may nest but not cross. */
	public static List<Segment> segments(String text, List<Mark> marks) {
		TreeSet<Integer> cuts = new TreeSet<>();
		cuts.add(0);
		cuts.add(text.length());
		for (Mark mark : marks) {
			cuts.add(Math.max(0, Math.min(mark.start(), text.length())));
			cuts.add(Math.max(0, Math.min(mark.end(), text.length())));
		}
		List<Segment> segments = new ArrayList<>();
		Integer from = null;
		for (int cut : cuts) {
			if (from != null && cut > from) {
				segments.add(segment(text, from, cut, marks));
			}
			from = cut;
		}
		return segments;
	}

	private static Segment segment(String text, int from, int to, List<Mark> marks) {
		List<Mark> covering = new ArrayList<>();
		Mark ending = null;
		for (Mark mark : marks) {
			if (mark.start() <= from && mark.end() >= to) {
				covering.add(mark);
				if (mark.type() == Mark.Type.CITATION && mark.end() == to) {
					ending = mark;
				}
			}
		}
		return new Segment(text.substring(from, to), covering, ending);
	}

}
