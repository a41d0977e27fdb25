package org.thawcorpus.source.blog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines that open a comment in a text copy, and the date lines that go with them, in
 * English, German and French: WordPress's "Anna says:", "Anna sagt:", "Anna dit :";
 * Blogger's older "Anna said..."; "Anna on April 5, 2019 at 10:20 pm said:"; a name and a
 * date on one line, as Epoch ("Anna · March 10, 2017 at 12:20 AM"), wordpress.com ("Anna
 * Jun 20th at 2:41 am") and Disqus ("Anna • 3 years ago") print them. A date line holds a
 * date as printed in those languages ("28. Juli 2019 um 13:39", "le 3 mars 2019 à 10 h
 * 20", "March 10, 2017 at 12:20 AM", "10/03/2017 12:20") or a relative one ("3 years
 * ago", "vor 3 Jahren", "il y a 3 ans"), and nothing else. All tests take a trimmed line
 * folded for matching.
 */
final class CommentHeaders {

	/**
	 * A comment's header.
	 *
	 * @param name the commenter's name as it stands in the line
	 * @param date the date printed in the header, or null
	 * @param dateBelow whether the header's form prints the date under the comment
	 * (Blogger's "Anna said...")
	 */
	record Header(String name, String date, boolean dateBelow) {

	}

	private static final String WEEKDAY = "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun"
			+ "|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi"
			+ "|samedi|dimanche)\\.?,?\\s+";

	private static final String ORDINAL = "(?:\\.|er|st|nd|rd|th)?";

	private static final String NUMERIC = "\\d{1,2}[./]\\s?\\d{1,2}[./]\\s?(?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}";

	private static final String NAMED = "(?:le\\s+|am\\s+)?\\d{1,2}" + ORDINAL + "\\s+\\p{L}{3,12}\\.?(?:,?\\s+\\d{4})?"
			+ "|\\p{L}{3,12}\\.?\\s+\\d{1,2}" + ORDINAL + "(?:,?\\s+\\d{4})?";

	private static final String TIME = "\\d{1,2}(?:[:.]\\d{2}(?:[:.]\\d{2})?|\\s?h\\s?\\d{2}(?:\\s?min)?)"
			+ "(?:\\s?[ap]\\.?\\s?m\\.?)?(?:\\s?(?:uhr|h))?(?:\\s(?:[a-z]{3,4}|gmt[+-]\\d{1,2}))?";

	private static final String AT = ",?\\s*(?:at|um|à|-|·|\\|)?\\s*";

	/** A date as printed, a weekday and a time allowed around it. */
	private static final String DATE = "(?:" + WEEKDAY + ")?(?:" + NUMERIC + "|" + NAMED + ")";

	private static final String RELATIVE = "(?:about |vor |il y a )?(?:\\d{1,3}|an?|one|einer?m?|une?)\\s+"
			+ "(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|sekunden|minuten|stunden?|tag(?:en)?"
			+ "|wochen?|monat(?:en)?|jahr(?:en)?|secondes?|heures?|jours?|semaines?|mois|ans?|années?)(?:\\s+ago)?";

	private static final Pattern DATE_LINE = Pattern
		.compile("(?iu)(?:[•·]\\s*)?(?<date>" + DATE + "(?:" + AT + TIME + ")?|" + RELATIVE + ")");

	private static final Pattern SAYS = Pattern.compile(
			"(?iu)(?<name>\\S.{0,80}?)\\s+(?:says|sagt|schreibt|schrieb|meint|dit|écrit)\\s?:(?:\\s*(?<date>.+))?");

	private static final Pattern SAID = Pattern
		.compile("(?iu)(?<name>\\S.{0,80}?)\\s+(?:said|hat gesagt|a dit)\\s?(?:\\.{3}|…)");

	private static final Pattern SAID_ON = Pattern.compile("(?iu)(?<name>\\S.{0,80}?)\\s+(?:on|am|le)\\s+(?<date>"
			+ DATE + "(?:" + AT + TIME + ")?)\\s+(?:said|sagte|a dit)\\s?:");

	/** A name, a mark, a date: "Anna · March 10, 2017", "Anna • 3 years ago". */
	private static final Pattern NAME_MARK_DATE = Pattern
		.compile("(?iu)(?<name>\\S.{0,80})\\s*[·•|]\\s*(?<date>" + DATE + "(?:" + AT + TIME + ")?|" + RELATIVE + ")");

	/** A name and a date with its time: "Anna Jun 20th at 2:41 am". */
	private static final Pattern NAME_DATE_TIME = Pattern
		.compile("(?iu)(?<name>\\S.{0,80})\\s+(?:-\\s+)?(?<date>" + DATE + AT + TIME + ")");

	private static final Pattern NUMERIC_DATE = Pattern.compile("(?:" + NUMERIC + ")(?:" + AT + TIME + ")?");

	private static final Pattern RELATIVE_DATE = Pattern.compile("(?iu)" + RELATIVE);

	/** Words a sentence, never a name, ends with before a date. */
	private static final Pattern OPEN_END = Pattern.compile(
			"(?iu).*(?:[.!?:;,]|(?:^|\\s)(?:on|at|in|since|until|from|by|of|the|am|um|im|seit|bis|vom|le|du|au|en|depuis"
					+ "|par|de))$");

	private static final int NAME_MAX_WORDS = 12;

	private CommentHeaders() {
	}

	/** The header a line is, or null. */
	static Header read(String trimmed) {
		if (isDateLine(trimmed)) {
			return null;
		}
		Matcher m = SAID_ON.matcher(trimmed);
		if (m.matches() && isDate(m.group("date"))) {
			return new Header(m.group("name"), m.group("date"), false);
		}
		m = SAYS.matcher(trimmed);
		if (m.matches()) {
			String date = m.group("date");
			return (date == null || isDateLine(date)) ? new Header(m.group("name"), date, false) : null;
		}
		m = SAID.matcher(trimmed);
		if (m.matches()) {
			return new Header(m.group("name"), null, true);
		}
		for (Pattern shape : new Pattern[] { NAME_MARK_DATE, NAME_DATE_TIME }) {
			m = shape.matcher(trimmed);
			if (m.matches() && isName(m.group("name").strip()) && isDate(m.group("date"))) {
				return new Header(m.group("name").strip(), m.group("date"), false);
			}
		}
		return null;
	}

	/**
	 * Whether a line opens a comment with a verb ("says:", "sagt:", "dit :", "said..."),
	 * a header nothing but a comment prints.
	 */
	static boolean isVerbHeader(String trimmed) {
		return SAYS.matcher(trimmed).matches() || SAID.matcher(trimmed).matches()
				|| (SAID_ON.matcher(trimmed).matches() && read(trimmed) != null);
	}

	/** Whether a line is a date (and time) as printed, and nothing else. */
	static boolean isDateLine(String trimmed) {
		Matcher m = DATE_LINE.matcher(trimmed);
		return m.matches() && isDate(m.group("date"));
	}

	private static boolean isDate(String text) {
		return NUMERIC_DATE.matcher(text).matches() || RELATIVE_DATE.matcher(text).matches()
				|| BlogDates.printed(text, null) != null || BlogDates.lacksYear(text);
	}

	private static boolean isName(String name) {
		return !name.isEmpty() && name.split("\\s+").length <= NAME_MAX_WORDS && !OPEN_END.matcher(name).matches()
				&& !isDateLine(name);
	}

}
