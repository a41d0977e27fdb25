package org.thawcorpus.bibliography;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Finds the bibliographic citations in a passage: bracketed spans (parentheses, square
 * brackets or braces, a mismatched pair included) whose content reads as a reference to a
 * published work, as opposed to an aside, a name in another script or a pronunciation.
 * Also reports brackets that have no partner. Pure function; the input is not modified.
 * <p>
 * Brackets are paired with a stack. A closer of another kind than the innermost open
 * bracket closes it anyway ("{...)"), unless the closer's own partner is open further out
 * or the open bracket's own partner follows later, in which case the odd bracket is a
 * stray. A top-level span whose own words read as bibliographic is a citation, nested
 * brackets included; otherwise the spans inside it are searched, and only if none of them
 * is a citation may the whole span still be one ("(Smith, J. (1998). Title.)"). A bracket
 * still open at the end of the passage is a stray, unless the text from it to the end is
 * short and bibliographic: then it is a citation running to the end, with closer 0.
 */
public final class CitationFinder {

	/**
	 * The longest text an unclosed bracket may run to and still be taken as a citation.
	 */
	static final int UNCLOSED_CITATION_MAX_LENGTH = 400;

	private static final String OPENERS = "([{";

	private static final String CLOSERS = ")]}";

	private CitationFinder() {
	}

	/** Scans one passage's text. */
	public static CitationScan scan(String text) {
		List<Span> roots = new ArrayList<>();
		List<StrayBracket> strays = new ArrayList<>();
		Deque<Span> open = new ArrayDeque<>();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (OPENERS.indexOf(c) >= 0) {
				open.push(new Span(i, c));
			}
			else if (CLOSERS.indexOf(c) >= 0) {
				closeAt(text, i, c, open, roots, strays);
			}
		}
		List<FoundCitation> citations = new ArrayList<>();
		List<Span> unclosed = new ArrayList<>(open);
		// the deque iterates innermost first; the outermost unclosed bracket decides
		// first
		int textEnd = text.stripTrailing().length();
		for (int k = unclosed.size() - 1; k >= 0; k--) {
			Span span = unclosed.get(k);
			int restLength = Math.max(0, textEnd - span.start - 1);
			String rest = (restLength <= UNCLOSED_CITATION_MAX_LENGTH) ? text.substring(span.start + 1, textEnd) : null;
			if (rest != null && BibliographicText.isBibliographic(rest)) {
				int end = span.start + 1 + rest.length();
				citations.add(new FoundCitation(span.start, end, text.substring(span.start, end), span.opener, (char) 0,
						CitationParser.parse(rest)));
				break;
			}
			strays.add(new StrayBracket(span.start, span.opener));
			roots.addAll(span.children);
		}
		for (Span root : roots) {
			collect(text, root, citations);
		}
		citations.sort(Comparator.comparingInt(FoundCitation::start));
		strays.sort(Comparator.comparingInt(StrayBracket::offset));
		return new CitationScan(citations, strays);
	}

	private static void closeAt(String text, int i, char closer, Deque<Span> open, List<Span> roots,
			List<StrayBracket> strays) {
		if (open.isEmpty()) {
			strays.add(new StrayBracket(i, closer));
			return;
		}
		char partner = OPENERS.charAt(CLOSERS.indexOf(closer));
		if (open.peek().opener != partner) {
			if (open.stream().anyMatch((span) -> span.opener == partner)) {
				while (open.peek().opener != partner) {
					Span unclosed = open.pop();
					strays.add(new StrayBracket(unclosed.start, unclosed.opener));
					adopt(open, roots, unclosed.children);
				}
			}
			else if (partnerFollows(text, i + 1, open.peek().opener)) {
				strays.add(new StrayBracket(i, closer));
				return;
			}
		}
		Span span = open.pop();
		span.end = i + 1;
		span.closer = closer;
		adopt(open, roots, List.of(span));
	}

	private static void adopt(Deque<Span> open, List<Span> roots, List<Span> spans) {
		if (open.isEmpty()) {
			roots.addAll(spans);
		}
		else {
			open.peek().children.addAll(spans);
		}
	}

	/** Whether the partner of {@code opener} closes it somewhere after {@code from}. */
	private static boolean partnerFollows(String text, int from, char opener) {
		char closer = CLOSERS.charAt(OPENERS.indexOf(opener));
		int depth = 0;
		for (int j = from; j < text.length(); j++) {
			char c = text.charAt(j);
			if (c == opener) {
				depth++;
			}
			else if (c == closer) {
				if (depth == 0) {
					return true;
				}
				depth--;
			}
		}
		return false;
	}

	/**
	 * Collects the citations in a span: the span itself if its own text (without the
	 * spans inside it) is bibliographic; else the citations inside it if there are any;
	 * else the span itself if its whole text is bibliographic.
	 */
	/**
	 * Collects the citations of a bracket tree, innermost first: a span whose own text
	 * (without its children) reads as a citation is one; otherwise the citations inside
	 * it, or, if there are none, the span as a whole when its text reads as one. Walked
	 * with a stack of its own, so that deeply nested brackets cannot exhaust the
	 * thread's.
	 */
	private static void collect(String text, Span root, List<FoundCitation> citations) {
		Deque<Visit> visits = new ArrayDeque<>();
		visits.push(new Visit(root, citations));
		while (!visits.isEmpty()) {
			Visit visit = visits.peek();
			if (visit.next == 0 && !visit.ownChecked) {
				visit.ownChecked = true;
				if (fits(visit.span) && BibliographicText.isBibliographic(ownText(text, visit.span))) {
					visit.out.add(citation(text, visit.span));
					visits.pop();
					continue;
				}
			}
			if (visit.next < visit.span.children.size()) {
				visits.push(new Visit(visit.span.children.get(visit.next++), visit.inside));
				continue;
			}
			visits.pop();
			if (!visit.inside.isEmpty()) {
				visit.out.addAll(visit.inside);
			}
			else if (fits(visit.span)
					&& BibliographicText.isBibliographic(text.substring(visit.span.start + 1, visit.span.end - 1))) {
				visit.out.add(citation(text, visit.span));
			}
		}
	}

	/** A span being collected: where its citations go, and the next child to visit. */
	private static final class Visit {

		final Span span;

		final List<FoundCitation> out;

		final List<FoundCitation> inside = new ArrayList<>();

		int next;

		boolean ownChecked;

		Visit(Span span, List<FoundCitation> out) {
			this.span = span;
			this.out = out;
		}

	}

	/** Whether a span is short enough to be kept as one citation. */
	private static boolean fits(Span span) {
		return span.end - span.start <= FoundCitation.MAX_LENGTH;
	}

	private static String ownText(String text, Span span) {
		StringBuilder own = new StringBuilder();
		int from = span.start + 1;
		for (Span child : span.children) {
			own.append(text, from, child.start).append(' ');
			from = child.end;
		}
		return own.append(text, from, span.end - 1).toString();
	}

	private static FoundCitation citation(String text, Span span) {
		return new FoundCitation(span.start, span.end, text.substring(span.start, span.end), span.opener, span.closer,
				CitationParser.parse(text.substring(span.start + 1, span.end - 1)));
	}

	/** A bracket pair being scanned; end and closer are set once it is closed. */
	private static final class Span {

		final int start;

		final char opener;

		final List<Span> children = new ArrayList<>();

		int end;

		char closer;

		Span(int start, char opener) {
			this.start = start;
			this.opener = opener;
		}

	}

}
