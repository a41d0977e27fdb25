package org.thawcorpus.source.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thawcorpus.bibliography.CitationParser;
import org.thawcorpus.bibliography.CitedEntry;
import org.thawcorpus.bibliography.FoundCitation;
import org.thawcorpus.source.NoteKind;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.ParsedSection;
import org.thawcorpus.source.SectionRole;
import org.thawcorpus.source.SourceNote;
import org.thawcorpus.text.TextFolding;

/**
 * The footnotes of a text copy of a wiki page: its reference lists, whose entries open
 * with back-links to the text ("^", "^ a b", "↑", "↑ 1.0 1.1", "^ Jump up to: a b"), and
 * the markers in the text ("[3]", "[a]", "[note 1]"), each linked to the entry it numbers
 * in the list of its group, as the reader of saved pages links them by their markup.
 */
final class FootnoteLists {

	/** The back-links an entry opens with, after its number if the copy prints one. */
	private static final Pattern BACKLINK = Pattern.compile("\\s*(?:(\\d{1,4})[.)]?\\s*)?(?:\\^|↑)"
			+ "(?:\\s*(?i:jump up(?: to)?|zurück(?: zu)?|subir(?: a)?|revenir plus haut(?: pour)?)\\s*:?)?"
			+ "(?:\\s+a(?:\\s+[a-z]{1,2})+(?=\\s)|\\s+\\d{1,3}[.,]0(?:\\s+\\d{1,3}[.,]\\d{1,3})+(?=\\s))?\\s*");

	/**
	 * A footnote marker, glued to the text before it: "[3]", "[a]", "[note 1]", "[nb 2]";
	 * not a year in brackets after a space ("(2001) [1994]").
	 */
	private static final Pattern MARKER = Pattern
		.compile("(?<=\\S)\\[(?:([A-Za-z][A-Za-z\\-]{0,15}) )?(\\d{1,4}|[a-z]{1,2})\\]");

	/** A heading over a list of explanatory notes rather than references. */
	private static final Pattern NOTES_HEADING = Pattern
		.compile("(?iu).*(?:notes?|footnotes?|anmerkungen|fußnoten|remarques|notas|explanatory).*");

	/** A works-cited list whose entries open with back-links. */
	private record FootnoteList(String heading, List<ParsedPassage> entries, Map<Integer, ParsedPassage> numbered) {

		ParsedPassage entry(int label) {
			ParsedPassage printed = this.numbered.get(label);
			return (printed != null) ? printed
					: (label >= 1 && label <= this.entries.size()) ? this.entries.get(label - 1) : null;
		}

	}

	/** A marker found in a passage. */
	private record Marker(int start, int end, String group, int label) {

	}

	private FootnoteLists() {
	}

	/** Whether a line opens with back-links ("^ ", "↑ ", "1. ^ "). */
	static boolean isBacklinked(String trimmed) {
		Matcher m = BACKLINK.matcher(trimmed);
		return m.lookingAt() && m.end() > 0 && m.end() < trimmed.length()
				&& trimmed.substring(0, m.end()).matches(".*[\\^↑].*");
	}

	/**
	 * An entry of a list with its citation cut after the back-links it opens with, or the
	 * entry as it was if it opens with none.
	 */
	static ParsedPassage withoutBacklinks(ParsedPassage entry) {
		String text = entry.text();
		String folded = TextFolding.fold(text);
		Matcher m = BACKLINK.matcher(folded);
		if (entry.citations().size() != 1 || !isBacklinked(folded.strip()) || !m.lookingAt()) {
			return entry;
		}
		FoundCitation old = entry.citations().get(0);
		int start = m.end();
		if (start >= old.end()) {
			return entry;
		}
		String raw = text.substring(start, old.end());
		FoundCitation citation = new FoundCitation(start, old.end(), raw, (char) 0, (char) 0,
				CitationParser.parse(raw.replaceAll("[ \\t]*\\R\\s*", " ")));
		return new ParsedPassage(entry.anchor(), text, entry.firstLine(), entry.lastLine(), List.of(citation));
	}

	/**
	 * The sections with each footnote marker of the text a citation linked to its entry
	 * (a citation found in the brackets where a marker stands gives way to it); a note
	 * for each line whose markers point to entries the copy lacks.
	 */
	static List<ParsedSection> link(List<ParsedSection> sections, List<SourceNote> notes) {
		List<FootnoteList> lists = lists(sections);
		Map<String, List<Marker>> groups = new LinkedHashMap<>();
		for (ParsedSection section : sections) {
			if (section.role() == SectionRole.BODY) {
				for (ParsedPassage passage : section.passages()) {
					for (Marker marker : markers(passage.text())) {
						groups.computeIfAbsent(marker.group(), (g) -> new ArrayList<>()).add(marker);
					}
				}
			}
		}
		Map<String, FootnoteList> assigned = assign(groups, lists);
		List<ParsedSection> linked = new ArrayList<>();
		for (ParsedSection section : sections) {
			if (section.role() != SectionRole.BODY) {
				linked.add(section);
				continue;
			}
			List<ParsedPassage> passages = new ArrayList<>();
			for (ParsedPassage passage : section.passages()) {
				passages.add(link(passage, assigned, !lists.isEmpty(), notes));
			}
			linked.add(new ParsedSection(section.title(), section.headingLine(), section.role(), passages));
		}
		return linked;
	}

	private static ParsedPassage link(ParsedPassage passage, Map<String, FootnoteList> lists, boolean anyList,
			List<SourceNote> notes) {
		List<FoundCitation> marked = new ArrayList<>();
		List<String> unresolved = new ArrayList<>();
		String text = passage.text();
		for (Marker marker : markers(text)) {
			FootnoteList list = lists.get(marker.group());
			ParsedPassage entry = (list != null) ? list.entry(marker.label()) : null;
			String printed = text.substring(marker.start(), marker.end());
			if (entry != null) {
				FoundCitation cited = entry.citations().get(0);
				marked.add(new FoundCitation(marker.start(), marker.end(), printed, '[', ']', cited.data(),
						new CitedEntry(entry.anchor(), cited.raw())));
			}
			else if (anyList || marker.group().equals("#")) {
				unresolved.add("\"" + printed + "\"");
			}
		}
		if (!unresolved.isEmpty()) {
			boolean one = unresolved.size() == 1;
			notes.add(new SourceNote(passage.firstLine(), NoteKind.OTHER,
					"Line " + passage.firstLine() + " has the footnote marker" + (one ? " " : "s ")
							+ String.join(", ", unresolved) + ", but the copy holds no entry " + (one ? "it" : "they")
							+ " point" + (one ? "s" : "") + " to."));
		}
		return withMarkers(passage, marked);
	}

	/**
	 * A passage with its markers' citations, which replace the citations found in the
	 * same brackets.
	 */
	static ParsedPassage withMarkers(ParsedPassage passage, List<FoundCitation> marked) {
		if (marked.isEmpty()) {
			return passage;
		}
		List<FoundCitation> all = new ArrayList<>(marked);
		for (FoundCitation scanned : passage.citations()) {
			if (marked.stream().noneMatch((m) -> m.start() < scanned.end() && scanned.start() < m.end())) {
				all.add(scanned);
			}
		}
		all.sort(Comparator.comparingInt(FoundCitation::start));
		return new ParsedPassage(passage.anchor(), passage.text(), passage.firstLine(), passage.lastLine(), all);
	}

	/** The works-cited sections whose entries open with back-links, in order. */
	private static List<FootnoteList> lists(List<ParsedSection> sections) {
		List<FootnoteList> lists = new ArrayList<>();
		for (ParsedSection section : sections) {
			if (section.role() != SectionRole.WORKS_CITED) {
				continue;
			}
			List<ParsedPassage> entries = new ArrayList<>();
			Map<Integer, ParsedPassage> numbered = new HashMap<>();
			for (ParsedPassage entry : section.passages()) {
				Matcher m = BACKLINK.matcher(TextFolding.fold(entry.text()));
				if (isBacklinked(TextFolding.fold(entry.text()).strip()) && m.lookingAt()) {
					entries.add(entry);
					if (m.group(1) != null) {
						numbered.putIfAbsent(Integer.parseInt(m.group(1)), entry);
					}
				}
			}
			if (!entries.isEmpty()) {
				lists.add(new FootnoteList((section.title() != null) ? section.title() : "", entries, numbered));
			}
		}
		return lists;
	}

	/**
	 * Which list each group of markers numbers: the list as long as the group's highest
	 * label, else by the list's heading (notes for letters and named groups, references
	 * for numbers), else in order.
	 */
	private static Map<String, FootnoteList> assign(Map<String, List<Marker>> groups, List<FootnoteList> lists) {
		Map<String, FootnoteList> assigned = new HashMap<>();
		List<FootnoteList> free = new ArrayList<>(lists);
		for (Map.Entry<String, List<Marker>> group : groups.entrySet()) {
			int highest = group.getValue().stream().mapToInt(Marker::label).max().orElse(0);
			free.stream()
				.filter((list) -> list.entries().size() == highest || list.numbered().size() == highest)
				.findFirst()
				.ifPresent((list) -> {
					assigned.put(group.getKey(), list);
					free.remove(list);
				});
		}
		for (String group : groups.keySet()) {
			if (assigned.containsKey(group) || free.isEmpty()) {
				continue;
			}
			boolean notes = !group.equals("#");
			FootnoteList list = free.stream()
				.filter((l) -> NOTES_HEADING.matcher(l.heading()).matches() == notes)
				.findFirst()
				.orElse(notes ? free.get(0) : free.get(free.size() - 1));
			assigned.put(group, list);
			free.remove(list);
		}
		return assigned;
	}

	/**
	 * The markers in a text: group ("#" for plain numbers, "a" for letters) and label.
	 */
	private static List<Marker> markers(String text) {
		List<Marker> markers = new ArrayList<>();
		Matcher m = MARKER.matcher(text);
		while (m.find()) {
			String label = m.group(2);
			boolean number = Character.isDigit(label.charAt(0));
			String word = (m.group(1) != null) ? m.group(1).toLowerCase(Locale.ROOT) + " " : "";
			int value = number ? Integer.parseInt(label) : letters(label);
			if (value > 0) {
				markers.add(new Marker(m.start(), m.end(), word + (number ? "#" : "a"), value));
			}
		}
		return markers;
	}

	/** "a" is 1, "z" 26, "aa" 27. */
	private static int letters(String label) {
		int value = 0;
		for (char c : label.toCharArray()) {
			value = value * 26 + (c - 'a' + 1);
		}
		return value;
	}

}
