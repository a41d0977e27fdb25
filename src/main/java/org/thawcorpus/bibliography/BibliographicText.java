package org.thawcorpus.bibliography;

import java.util.List;
import java.util.regex.Pattern;

import org.thawcorpus.text.TextFolding;

/**
 * Decides whether a text (the inside of a bracket pair) reads as a reference to a
 * published work rather than an aside, a gloss or a pronunciation.
 * <p>
 * An ISBN, a DOI or an author-date reference with a page settles it. Otherwise at least
 * two weaker signs are needed: a year, a publisher, pages, an editor or translator, a
 * volume, a URL, a retrieval date, a leading "Family, Given" author or a "Place:
 * Publisher". A year alone is never enough. Glosses (IPA, "Russian:", "lit.", "born") are
 * not references unless they carry an ISBN or a DOI.
 */
final class BibliographicText {

	private static final Pattern ISBN = Pattern.compile("(?i)\\bISBN(?:[- ]?1[03])?:?\\s*\\d[\\d -]{7,}[\\dX]\\b");

	private static final Pattern DOI = Pattern.compile("(?i)\\bdoi:\\s*10\\.|\\b10\\.\\d{4,9}/\\S");

	private static final String NAME = "(?:(?:van|von|de|del|der|du|la|le) )?\\p{Lu}[\\p{L}'-]+";

	private static final Pattern AUTHOR_DATE = Pattern.compile("(?:(?:see|cf\\.) )?" + NAME + "(?: (?:and|&) " + NAME
			+ "| et al\\.?)?,? \\d{4}[a-z]?(?<page>(?:,| :|:) ?(?:pp?\\. ?)?\\d+(?:-\\d+)?)?");

	private static final Pattern GLOSS = Pattern.compile("\\bIPA\\b|\\blit\\.|\\bliterally\\b|\\bpronounced\\b"
			+ "|^(?:or|also|born|died|b\\.|d\\.|c\\.|n\u00e9e|formerly)\\s|\\b(?:Russian|Ukrainian|Belarusian|Polish"
			+ "|Czech|Slovak|Hungarian|Romanian|Bulgarian|Serbian|Croatian|Georgian|Armenian|Azerbaijani|Kazakh"
			+ "|Uzbek|Lithuanian|Latvian|Estonian|Finnish|German|French|Italian|Spanish|Portuguese|Greek|Latin"
			+ "|Chinese|Japanese|Korean|Arabic|Hebrew|Yiddish|Turkish|Persian|Mongolian|English):");

	private static final List<Pattern> WEAK_SIGNS = List.of(
			// publisher
			Pattern.compile("\\b(?:Press|Presses|Publishers?|Publishing(?: House| Company| Group)?|Books|Verlag"
					+ "|Editions|\u00c9ditions)\\b(?=\\s*(?:[,.;:)\\]}]|\\d|$))|\\bUniversity Press\\b|\\p{Lu}\\p{L}+ UP\\b"),
			// pages
			Pattern.compile("\\bpp?\\. ?\\d+|\\b\\d+ ?pp\\."),
			// editor or translator
			Pattern.compile("\\b(?:eds?|trans|transl|tr|comp)\\.(?=\\s)|\\b(?:edited|translated|compiled) by\\b"),
			// volume or issue
			Pattern.compile("\\b(?:[Vv]ol|[Nn]o|[Ii]ss)\\. ?\\d+"),
			// a web address or a retrieval date
			Pattern.compile("https?://|\\bwww\\.|\\b(?:Retrieved|Accessed|Archived)\\b"),
			// "Family, Given;" or "Family, G. (" at the start
			Pattern.compile(
					"^\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+){0,20}, \\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*){0,20}\\s*[;.(]"),
			// "Place: Publisher"
			Pattern.compile("\\b\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?: \\p{Lu}\\p{L}+"));

	// Compiled once, as every pattern here: one compiled at each call fails, when called
	// with little stack left, as a "pattern syntax" error.
	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern SEMICOLON = Pattern.compile("\\s*;\\s*");

	private static final Pattern YEAR = Pattern.compile("(?<![\\d-])(?:1[4-9]\\d\\d|20\\d\\d)[a-z]?(?!\\d)");

	private BibliographicText() {
	}

	static boolean isBibliographic(String text) {
		String folded = SPACES.matcher(TextFolding.fold(text).strip()).replaceAll(" ");
		if (ISBN.matcher(folded).find() || DOI.matcher(folded).find()) {
			return true;
		}
		if (isAuthorDate(folded)) {
			return true;
		}
		if (GLOSS.matcher(folded).find()) {
			return false;
		}
		int signs = YEAR.matcher(folded).find() ? 1 : 0;
		for (Pattern sign : WEAK_SIGNS) {
			if (sign.matcher(folded).find()) {
				signs++;
			}
		}
		return signs >= 2;
	}

	/**
	 * "Smith 1998, p. 4", "Smith and Jones 1998: 12", "see Smith et al. 1998" or several
	 * joined by semicolons. A single name and year with no page ("Paris, 1968") is too
	 * ambiguous to count.
	 */
	private static boolean isAuthorDate(String folded) {
		String[] parts = SEMICOLON.split(folded);
		boolean strong = parts.length > 1;
		for (String part : parts) {
			var matcher = AUTHOR_DATE.matcher(part);
			if (!matcher.matches()) {
				return false;
			}
			strong |= matcher.group("page") != null || part.contains(" et al") || part.startsWith("see ")
					|| part.startsWith("cf. ");
		}
		return strong;
	}

}
