package org.thawcorpus.bibliography;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words citations are made of: roles (ed., trans.), publishers' telling words,
 * editions, and cities that often stand as places of publication.
 */
final class CitationWords {

	/** A role that opens a segment: "ed. and tr. by", "edited by", "Trans.". */
	static final Pattern ROLE = Pattern.compile("(?i)^(?:(ed|eds|edd|hrsg|tr|trans|transl|comp|comps)\\.|"
			+ "(edited|translated|compiled|editor|editors|translator|translators))"
			+ "(?:\\s*(?:and|&)\\s*(?:(ed|eds|tr|trans|transl)\\.|(edited|translated|editor|translator)))?"
			+ "(?:\\s+by)?\\s+(?=\\S)");

	/** A role that closes a list of names: ", ed.", "(eds.)", ", trans.". */
	static final Pattern ROLE_SUFFIX = Pattern.compile("(?i)(?:,\\s*|\\s*\\(\\s*)(?:(ed|eds|edd|hrsg|tr|trans|"
			+ "transl|comp|comps)\\.?|(editor|editors|translator|translators))(?:\\s*(?:and|&)\\s*(?:(ed|eds|tr|trans|"
			+ "transl)\\.?|(editor|translator)))?\\s*\\)?[\\s,.]*$");

	/** A role in brackets right after a name: " (ed.)". */
	static final Pattern ROLE_AHEAD = Pattern.compile("(?i)\\s*\\((?:ed|eds|hrsg|tr|trans|transl|comp)\\.?\\)");

	/** An edition statement that opens a segment: "Rev. ed. London: Fontana". */
	static final Pattern EDITION = Pattern.compile("(?i)^(?:\\d+(?:st|nd|rd|th|d)|rev\\.?|revised|new|enl\\.?"
			+ "|enlarged|abridged)\\s+(?:ed\\.?|edn\\.?|edition)\\s*");

	/** "Place: Publisher". */
	static final Pattern PLACE_PUBLISHER = Pattern.compile("^([\\p{Lu}][^:\\d]{1,40}):\\s*(\\S.*)$");

	/** Words that suggest a publisher. */
	private static final Pattern PUBLISHER_WORD = Pattern
		.compile("(?iu)(?<!\\p{L})(?:press|verlag|publishers?|publishing|"
				+ "publications|books|editions?|éditions|editora|editorial|izdatel\\p{L}*|izd|nauka|univ|university|"
				+ "universitaires|house|co|inc|ltd|company|sons|routledge|penguin|macmillan|knopf|norton|praeger|harper|"
				+ "wiley|blackwell|longman|doubleday|heinemann|hutchinson|faber|unwin|sage|brill|springer|palgrave|verso|"
				+ "bloomsbury|gallimard|seuil|suhrkamp|progress|politizdat|издательство|изд|политиздат|наука|прогресс)"
				+ "(?!\\p{L})");

	/** Words that tell a publisher even where a title could go on. */
	private static final Pattern STRONG_PUBLISHER = Pattern
		.compile("(?iu)(?<!\\p{L})(?:press|verlag|publishers?|publishing|"
				+ "publications|university|universitaires|izdatel\\p{L}*|inc|ltd|routledge|penguin|macmillan|knopf|"
				+ "norton|praeger|wiley|blackwell|longman|doubleday|heinemann|hutchinson|faber|brill|springer|palgrave|"
				+ "verso|bloomsbury|gallimard|suhrkamp|politizdat|издательство|изд|политиздат|наука|прогресс)(?!\\p{L})");

	/** Segments that are neither place nor publisher: editions, volumes, bindings. */
	private static final Pattern NOISE_SEGMENT = Pattern.compile("(?i)^(?:\\d+(?:st|nd|rd|th|d)|rev\\.?|revised|new|"
			+ "enl\\.?|enlarged|abridged)\\s+(?:ed\\.?|edn\\.?|edition)$|^(?:vols?|no|nos|ch|chap|pt|part)\\.?\\s.*$|"
			+ "^(?:pbk|hbk|paperback|hardback|hardcover|cloth|print|web|n\\.\\s?d)\\.?$");

	/**
	 * Cities that often stand as places of publication; others are kept but marked
	 * uncertain.
	 */
	private static final Set<String> KNOWN_PLACES = Set.of("new york", "london", "paris", "moscow", "oxford",
			"cambridge", "boston", "chicago", "princeton", "berkeley", "toronto", "warsaw", "budapest", "berlin",
			"stanford", "bloomington", "ithaca", "new haven", "washington", "munich", "münchen", "vienna", "wien",
			"prague", "kyiv", "kiev", "leningrad", "st. petersburg", "los angeles", "san francisco", "baltimore",
			"philadelphia", "pittsburgh", "lanham", "armonk", "basingstoke", "houndmills", "abingdon", "new brunswick",
			"stuttgart", "frankfurt", "hamburg", "leipzig", "edinburgh", "manchester", "bucharest", "belgrade",
			"zagreb", "sofia", "tallinn", "riga", "vilnius", "minsk", "tbilisi", "amsterdam", "leiden", "madrid",
			"rome", "milan", "stockholm", "helsinki", "oslo", "copenhagen", "montreal", "sydney", "melbourne",
			"new delhi", "tokyo", "beijing", "jerusalem", "tel aviv", "westport", "boulder", "durham", "ann arbor",
			"madison", "seattle", "austin", "columbus", "dekalb", "evanston", "urbana", "lincoln", "lawrence",
			"notre dame", "syracuse", "albany", "beograd", "warszawa", "praha", "moskva", "москва", "ленинград", "киев",
			"київ", "минск", "варшава");

	private CitationWords() {
	}

	/**
	 * Whether the text holds a word that suggests a publisher ("Press", "Verlag",
	 * "Routledge").
	 */
	static boolean suggestsPublisher(String text) {
		return PUBLISHER_WORD.matcher(text).find() && !NOISE_SEGMENT.matcher(text).matches();
	}

	/**
	 * Whether the text holds a word that tells a publisher even after a comma inside a
	 * title ("Press", "University", "Publishers"; not "House" or "Books").
	 */
	static boolean tellsPublisher(String text) {
		return STRONG_PUBLISHER.matcher(text).find();
	}

	static boolean isKnownPlace(String text) {
		return KNOWN_PLACES.contains(text.strip().toLowerCase(Locale.ROOT));
	}

	/** Whether the text is an edition, volume or binding statement. */
	static boolean isNoise(String text) {
		return NOISE_SEGMENT.matcher(text).matches();
	}

	/** "New York: Free Press", where the place is known or the publisher says so. */
	static boolean isPlaceAndPublisher(String text) {
		Matcher m = PLACE_PUBLISHER.matcher(text);
		return m.matches() && m.group(1).strip().split("\\s+").length <= 4
				&& (isKnownPlace(m.group(1)) || tellsPublisher(m.group(2)));
	}

	/** Whether a role match (of {@link #ROLE} or {@link #ROLE_SUFFIX}) names editors. */
	static boolean namesEditors(Matcher role) {
		return isEditor(role.group(1), role.group(2)) || isEditor(role.group(3), role.group(4));
	}

	/**
	 * Whether a role match (of {@link #ROLE} or {@link #ROLE_SUFFIX}) names translators.
	 */
	static boolean namesTranslators(Matcher role) {
		return isTranslator(role.group(1), role.group(2)) || isTranslator(role.group(3), role.group(4));
	}

	private static boolean isEditor(String abbreviation, String word) {
		String role = (abbreviation != null) ? abbreviation : word;
		return role != null
				&& role.toLowerCase(Locale.ROOT).matches("ed|eds|edd|hrsg|comp|comps|edited|compiled|editors?");
	}

	private static boolean isTranslator(String abbreviation, String word) {
		String role = (abbreviation != null) ? abbreviation : word;
		return role != null && role.toLowerCase(Locale.ROOT).matches("tr|trans|transl|translated|translators?");
	}

}
