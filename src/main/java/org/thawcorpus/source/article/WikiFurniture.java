package org.thawcorpus.source.article;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines a wiki prints around and inside an article that are not its text, known by
 * their words wherever they stand (in English, German, French and Spanish): the tagline,
 * jump links, hatnotes, notice boxes, the "Retrieved from" line, category lines, image
 * file names, the buttons of the 2020s skins. All tests take a line trimmed and folded.
 */
final class WikiFurniture {

	static final String TAGLINE = "site tagline";

	static final String HATNOTE = "hatnote";

	static final String CATEGORIES = "category links";

	static final String RETRIEVAL = "retrieval link";

	static final String TOOLS = "page tools";

	private static final Pattern TAGLINE_LINE = Pattern
		.compile("(?iu)(?:from|aus|de|da|desde|un article de) (?:the )?(?:wikip[ée]dia|[\\p{L}\\d'’&.\\- ]{1,60}?"
				+ "(?:wiki|pedia|wikia))\\b(?:[,:] .{1,80})?\\.?");

	/** The language button under the title of the 2020s skins. */
	private static final Pattern LANGUAGE_BUTTON = Pattern.compile("(?iu)\\d{1,3} (?:languages|sprachen|langues"
			+ "|idiomas|lingue)|add languages|sprachen hinzufügen|ajouter des langues|añadir idiomas");

	/** The button over the title of the 2020s skins that closes the contents' box. */
	private static final Pattern CONTENTS_TOGGLE = Pattern.compile("(?iu)toggle the table of contents"
			+ "|cambiar a la tabla de contenidos|inhaltsverzeichnis umschalten|basculer la table des matières");

	/** A hatnote that is one only under a title or heading: "For other uses, see ...". */
	private static final Pattern PLACED_HATNOTE = Pattern.compile("(?u)(?:For|Pour|Para|Zu|Für) .{1,250}?(?:,? see"
			+ "|,? voir|,? véase|,? siehe) .{1,250}|This (?:section|list) is about .{1,400}");

	private static final List<Furniture> FURNITURE = List.of(new Furniture(TAGLINE_LINE, TAGLINE), new Furniture(
			"(?i)Jump to:? (?:navigation|search|content)(?:,? (?:jump to )?(?:navigation|search|content))*"
					+ "|Zur Navigation springen(?: Zur Suche springen)?|Aller à la navigation(?: Aller à la recherche)?"
					+ "|Ir a la navegación(?: Ir a la búsqueda)?",
			"jump link"),
			new Furniture("(?i)\\((?:redirected from|weitergeleitet von|redirigé depuis|redirigido desde) .{1,200}\\)",
					"page subtitle"),
			new Furniture("(?:Main articles?|Further information|See also)\\s*:?\\s+\\S.*"
					+ "|(?:Further|Related articles?|Hauptartikel|Siehe auch|Weitere Informationen|Articles? principa(?:l|ux)"
					+ "|Articles? connexes?|Voir aussi|Artículos? principal(?:es)?|Véase también|Más información)"
					+ "\\s*:\\s*\\S.*" + "|For other uses,? see .+|This article is about .+|This page is about .+"
					+ "|\"[^\"]{1,120}\" (?:and \"[^\"]{1,120}\" )?redirects? here\\..*|Not to be confused with .+"
					+ "|Dieser Artikel (?:behandelt|beschreibt|befasst sich mit) .+|Pour les articles homonymes, voir .+"
					+ "|Ne doit pas être confondu avec .+|Para otros usos de este término, véase .+"
					+ "|No debe confundirse con .+", HATNOTE),
			new Furniture("(?i).{0,600}\\(learn how and when to remove th(?:is|ese) (?:template )?messages?\\)\\.?"
					+ "|This (?:article|section|list|biography|page)\\b.{5,400}(?:You can help|Please help"
					+ "|help improve).{0,300}" + "|find sources: .{1,300}", "notice box"),
			new Furniture("(?i)(?:Wikimedia Commons|Wikiquote|Wikisource|Wikibooks|Wikinews|Wikiversity|Wikivoyage"
					+ "|Wiktionary|Wikispecies|Wikidata) ha[sv]e? .{1,200}|Look up .{1,80} in Wiktionary, the free"
					+ " dictionary\\.?", "sister project link"),
			new Furniture(
					"(?i)(?:Retrieved from|Abgerufen von|Ce document provient de|Obtenido de|Récupérée de)" + " .+",
					RETRIEVAL),
			new Furniture(
					"(?i)(?:hidden |versteckte )?(?:categor(?:y|ies)|kategorien?|catégories?(?: cachées?)?"
							+ "|categorías?(?: ocultas?)?)\\s*:.*|categories|kategorien|catégories|categorías",
					CATEGORIES),
			new Furniture("(?i)this page was last (?:edited|modified) on .+", "page footer"),
			new Furniture("(?i)(?:community )?content is available under .{1,400}", "licence line"),
			new Furniture("(?i)[^/\\\\:*?\"<>|]{1,80}\\.(?:jpe?g|png|gif|svg|tiff?|webp)|(?:File|Image|Datei|Fichier"
					+ "|Archivo):.+", "image file name"),
			new Furniture("Enlarge|Vergrößern|Agrandir|Ampliar", "enlarge link"),
			new Furniture("(?i)move to sidebar|hide|toggle the table of contents|toggle all subsections"
					+ "|this page always uses small font size|the content is as wide as possible for your browser window\\."
					+ "|this page is always in light mode\\.|pages for logged out editors learn more|get shortened url"
					+ "|download qr code|add (?:topic|languages|links)|talk \\(\\d+\\)|sign in to edit|purge|expand all"
					+ "|edit source|view source|view history|mover a la barra lateral|ocultar|actions|general"
					+ "|in die seitenleiste verschieben|verbergen|déplacer vers la barre latérale|masquer", TOOLS));

	private WikiFurniture() {
	}

	/** The furniture a line is ("site tagline", "hatnote", ...), or null. */
	static String of(String trimmed) {
		for (Furniture furniture : FURNITURE) {
			if (furniture.pattern.matcher(trimmed).matches()) {
				return furniture.label;
			}
		}
		return null;
	}

	/**
	 * "From Wikipedia, the free encyclopedia", "From Stardew Valley Wiki", "Aus
	 * Wikipedia, der freien Enzyklopädie", "Un article de Wikipédia, l'encyclopédie
	 * libre."
	 */
	static boolean isTagline(String trimmed) {
		return TAGLINE_LINE.matcher(trimmed).matches();
	}

	/**
	 * A line shaped like a hatnote that only its place makes one ("For the novella, see
	 * ...": under a title or heading).
	 */
	static boolean isPlacedHatnote(String trimmed) {
		return PLACED_HATNOTE.matcher(trimmed).matches();
	}

	/** "72 languages", "Add languages": the language button of the 2020s skins. */
	static boolean isLanguageButton(String trimmed) {
		return LANGUAGE_BUTTON.matcher(trimmed).matches();
	}

	/** "Toggle the table of contents": the button above the title of the 2020s skins. */
	static boolean isContentsToggle(String trimmed) {
		return CONTENTS_TOGGLE.matcher(trimmed).matches();
	}

	private record Furniture(Pattern pattern, String label) {

		Furniture(String regex, String label) {
			this(Pattern.compile(regex), label);
		}

	}

}
