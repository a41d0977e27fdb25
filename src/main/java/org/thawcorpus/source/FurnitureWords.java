package org.thawcorpus.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.thawcorpus.text.TextFolding;

/**
 * The words of a site's furniture as text copies print them (in English, German, French
 * and Spanish), each with what it names; a kind adds its site family's own words with
 * {@link #with(Function)}.
 */
public final class FurnitureWords {

	/**
	 * A furniture word's name, whether it heads a list of links (a menu, an archive), and
	 * whether a kind's reader names it (and reads it in its place).
	 */
	public record Word(String label, boolean heading, boolean kinds) {

	}

	/** Bullets and arrows before a menu item. */
	private static final Pattern LEADING = Pattern.compile("^[\\s\u200b\u200e\u200f►▼▶▸◄◀»«›‹•·|>*+\\-]+");

	/**
	 * Toggles, colons and white space after a menu item: stripped by a scan from the end,
	 * not by a pattern, which would try every place in a long run of them.
	 */
	private static final String TRAILING = " \t\n\u000b\f\r\u200b\u200e\u200f▾▼▿▴▲›»:…";

	private static final String MONTHS = "(?:jan(?:uary|vier|uar)?|enero|feb(?:ruary|rero|ruar)?|f[ée]vrier"
			+ "|mar(?:ch|s|zo)?|m[äa]rz|apr(?:il)?|avril|abril|may(?:o)?|mai|june?|juni?|juin|junio|july?|juli|juillet"
			+ "|julio|aug(?:ust)?|ao[uû]t|agosto|sep(?:t(?:ember)?)?|septembre|septiembre|oct(?:ober)?|okt(?:ober)?"
			+ "|octobre|octubre|nov(?:ember)?|novembre|noviembre|dec(?:ember)?|dez(?:ember)?|d[ée]cembre"
			+ "|dic(?:iembre)?)";

	/** The words every site family shares, by what they name. */
	public static final FurnitureWords COMMON = common();

	private final List<Function<String, String>> namers;

	private final Map<String, Word> phrases;

	private final List<Shape> shapes;

	private FurnitureWords(List<Function<String, String>> namers, Map<String, Word> phrases, List<Shape> shapes) {
		this.namers = List.copyOf(namers);
		this.phrases = Map.copyOf(phrases);
		this.shapes = List.copyOf(shapes);
	}

	/**
	 * These words and the names a kind's reader gives furniture, asked first; a run of
	 * furniture leaves such lines at its inner end for the kind to read in their place.
	 * @param kindNames the name of the furniture a trimmed, folded line is, or null
	 */
	public FurnitureWords with(Function<String, String> kindNames) {
		List<Function<String, String>> all = new ArrayList<>();
		all.add(kindNames);
		all.addAll(this.namers);
		return new FurnitureWords(all, this.phrases, this.shapes);
	}

	/** These words and more of a site family's, all named alike ("site menu"). */
	public FurnitureWords withWords(String label, boolean heading, String... words) {
		Map<String, Word> all = new HashMap<>(this.phrases);
		for (String word : words) {
			all.put(key(word), new Word(label, heading, false));
		}
		return new FurnitureWords(this.namers, all, this.shapes);
	}

	/**
	 * What a line is if the whole of it is known furniture, else null.
	 * @param trimmed the line, trimmed and folded ({@link SourceLines#trimmed(int)})
	 */
	public Word word(String trimmed) {
		for (Function<String, String> namer : this.namers) {
			String label = namer.apply(trimmed);
			if (label != null) {
				return new Word(label, false, true);
			}
		}
		Word phrase = this.phrases.get(key(trimmed));
		if (phrase != null) {
			return phrase;
		}
		for (Shape shape : this.shapes) {
			if (shape.pattern().matcher(trimmed).matches()) {
				return shape.word();
			}
		}
		return null;
	}

	/**
	 * The key a menu item is looked up by: decorations off, case and diacritics folded.
	 */
	static String key(String trimmed) {
		String item = LEADING.matcher(trimmed.strip()).replaceFirst("");
		int end = item.length();
		while (end > 0 && TRAILING.indexOf(item.charAt(end - 1)) >= 0) {
			end--;
		}
		if (end == item.length() && item.endsWith("...")) {
			end -= 3;
		}
		return TextFolding.matchKey(item.substring(0, end));
	}

	private static FurnitureWords common() {
		Builder b = new Builder();
		b.phrases("skip link", false, "Skip to content", "Skip to main content", "Skip to navigation",
				"Skip to primary navigation", "Skip to footer", "Zum Inhalt springen", "Direkt zum Inhalt",
				"Aller au contenu", "Passer au contenu", "Aller au contenu principal", "Ir al contenido",
				"Saltar al contenido", "Jump to content", "Jump to navigation", "Jump to search",
				"Jump to: navigation, search", "Jump to navigation Jump to search");
		b.phrases("site menu", true, "Menu", "Main menu", "Primary menu", "Secondary menu", "Main navigation",
				"Navigation", "Navigation menu", "Menu and widgets", "Toggle navigation", "Open menu", "Close menu",
				"Menü", "Hauptmenü", "Hauptnavigation", "Menú", "Menú principal", "Navegación", "Menu principal");
		b.phrases("site menu", false, "Home", "Homepage", "Start", "Startseite", "Accueil", "Inicio", "Portada",
				"Browse", "Explore", "Discover", "About", "About us", "About me", "Über uns", "Über mich", "À propos",
				"Qui sommes-nous", "Acerca de", "Sobre nosotros", "Quiénes somos", "Contact", "Contact us",
				"Contact me", "Kontakt", "Contacto", "Contactez-nous", "Blog", "News", "Nachrichten", "Actualités",
				"Noticias", "Features", "Pricing", "Plans", "Themes", "Support", "Community", "Groups", "Forums",
				"Forum", "Events", "Shop", "Store", "Donate", "Newsletter", "Podcast", "Videos", "Photos", "Resources",
				"Services", "Products", "Genres", "Lists", "Quotes", "People", "Authors", "Contributors",
				"Comment Policy", "Write for us", "FAQ", "Help", "Help center", "Hilfe", "Aide", "Ayuda", "More",
				"Mehr", "Plus", "Más");
		b.phrases("search box", false, "Search", "Search for", "Search this site", "Search the site", "Search …",
				"Expand Search Form", "Search form", "Type your search", "Search Wikipedia", "Suche", "Suchen",
				"Suche nach", "Rechercher", "Recherche", "Recherche pour", "Buscar", "Búsqueda", "Buscar por", "Go");
		b.phrases("sign-in prompt", false, "Sign in", "Sign up", "Sign out", "Log in", "Log out", "Login", "Logout",
				"Register", "Join", "Join now", "Create account", "Create an account", "Not logged in",
				"Personal tools", "Contributions", "My account", "Anmelden", "Abmelden", "Registrieren",
				"Konto erstellen", "Benutzerkonto anlegen", "Se connecter", "Connexion", "S'inscrire",
				"Créer un compte", "Déconnexion", "Iniciar sesión", "Acceder", "Registrarse", "Crear una cuenta",
				"Cerrar sesión", "Entrar");
		b.phrases("page tabs", false, "Namespaces", "Variants", "Views", "Read", "Edit", "Edit source", "View source",
				"View history", "Article", "Talk", "Page", "Discussion", "Lesen", "Bearbeiten", "Quelltext bearbeiten",
				"Versionsgeschichte", "Artikel", "Diskussion", "Lire", "Modifier", "Modifier le code",
				"Voir l'historique", "Discuter", "Leer", "Editar", "Ver historial", "Artículo", "Discusión");
		b.phrases("site tools", true, "Tools", "Werkzeuge", "Outils", "Herramientas", "Interaction", "Print/export",
				"In other projects", "Mitmachen", "Drucken/exportieren", "In anderen Projekten", "Participer",
				"Imprimer / exporter", "Dans d'autres projets", "Colaborar", "Imprimir/exportar", "En otros proyectos");
		b.phrases("site tools", false, "Main page", "Contents", "Featured content", "Current events", "Random article",
				"Random page", "Donate to Wikipedia", "Wikipedia store", "Community portal", "Recent changes",
				"Contact page", "What links here", "Related changes", "Upload file", "Special pages", "Permanent link",
				"Page information", "Wikidata item", "Cite this page", "Create a book", "Download as PDF",
				"Printable version", "Wikimedia Commons", "Edit links", "Admin noticeboard", "Hauptseite",
				"Zufälliger Artikel", "Letzte Änderungen", "Links auf diese Seite", "Spezialseiten", "Permanenter Link",
				"Seiten-Informationen", "Artikel zitieren", "Druckversion", "Links bearbeiten", "Page d'accueil",
				"Article au hasard", "Modifications liées", "Pages spéciales", "Lien permanent",
				"Informations sur la page", "Citer cette page", "Version imprimable", "Modifier les liens",
				"Página principal", "Artículo aleatorio", "Cambios recientes", "Lo que enlaza aquí",
				"Páginas especiales", "Enlace permanente", "Información de la página", "Citar esta página",
				"Versión para imprimir", "Editar enlaces");
		b.phrases("language list", true, "Languages", "In other languages", "Select Language", "Language", "Sprachen",
				"In anderen Sprachen", "Sprache", "Langues", "Dans d'autres langues", "Langue", "Idiomas",
				"En otros idiomas", "Idioma");
		b.phrases("language list", false, "Afrikaans", "العربية", "Asturianu", "Azərbaycanca", "বাংলা", "Bân-lâm-gú",
				"Беларуская", "Български", "Bosanski", "Català", "Čeština", "Cymraeg", "Dansk", "Deutsch", "Eesti",
				"Ελληνικά", "English", "Español", "Esperanto", "Euskara", "فارسی", "Français", "Gaeilge", "Galego",
				"한국어", "Հայերեն", "हिन्दी", "Hrvatski", "Bahasa Indonesia", "Íslenska", "Italiano", "עברית", "ქართული",
				"Қазақша", "Kaszëbsczi", "Kurdî", "Latina", "Latviešu", "Lietuvių", "Magyar", "Македонски", "Malagasy",
				"മലയാളം", "Bahasa Melayu", "Nederlands", "日本語", "Norsk", "Norsk bokmål", "Norsk nynorsk", "Occitan",
				"Polski", "Português", "Română", "Русский", "Shqip", "Simple English", "Slovenčina", "Slovenščina",
				"Српски / srpski", "Srpskohrvatski / српскохрватски", "Suomi", "Svenska", "Tagalog", "தமிழ்", "ไทย",
				"Türkçe", "Українська", "اردو", "Oʻzbekcha / ўзбекча", "Tiếng Việt", "粵語", "中文");
		b.phrases("archive", true, "Archives", "Archive", "Blog Archive", "Archiv", "Archivo", "Archivos",
				"Select Month", "Monat auswählen", "Choisir un mois", "Elegir mes");
		b.phrases("tag list", true, "Categories", "Category", "Tags", "Labels", "Topics", "Kategorien", "Schlagwörter",
				"Themen", "Catégories", "Étiquettes", "Mots-clés", "Categorías", "Etiquetas", "Temas", "Blogroll",
				"Links", "Meta", "Pages", "Seiten");
		b.phrases("recent posts", true, "Recent Posts", "Recent Comments", "Popular Posts", "Latest Posts",
				"Most Popular", "Trending", "Currently On Tap", "Neueste Beiträge", "Neueste Kommentare",
				"Beliebte Beiträge", "Articles récents", "Commentaires récents", "Articles populaires",
				"Entradas recientes", "Comentarios recientes", "Entradas populares");
		b.phrases("subscription prompt", false, "Subscribe", "Follow", "Followers", "Subscribe to Blog via Email",
				"Email Newsletter", "Email Address", "RSS", "Entries feed", "Comments feed", "Entries RSS",
				"Comments RSS", "Abonnieren", "S'abonner", "Suscribirse", "Seguir", "Folgen", "Suivre",
				"View my complete profile", "Get Started", "Boring stuff");
		b.phrases("share buttons", false, "Share", "Share this", "Share this:", "Tweet", "Twitter", "Facebook",
				"LinkedIn", "Pinterest", "Reddit", "Tumblr", "WhatsApp", "Telegram", "Email", "E-mail", "Print", "G+",
				"Mastodon", "Bluesky", "Instagram", "YouTube", "Teilen", "Partager", "Compartir", "Drucken", "Imprimer",
				"Imprimir");
		b.phrases("page footer", true, "Company", "Connect", "Legal", "Follow us", "Work With Us", "Do More",
				"Unternehmen", "Rechtliches", "Entreprise", "Empresa");
		b.phrases("page footer", false, "Privacy", "Privacy policy", "Privacy notice", "Terms", "Terms of use",
				"Terms of Service", "Terms and Conditions", "Terms & Conditions", "Cookie statement", "Cookie policy",
				"Cookies", "Cookie settings", "Disclaimers", "Disclaimer", "Mobile view", "Desktop view", "Developers",
				"Statistics", "Accessibility", "Sitemap", "Site map", "Advertise", "Careers", "Jobs", "Press",
				"Interest Based Ads", "Ad Preferences", "About Wikipedia", "Contact Wikipedia", "Impressum",
				"Datenschutz", "Datenschutzerklärung", "Nutzungsbedingungen", "Barrierefreiheit", "Mentions légales",
				"Politique de confidentialité", "Conditions d'utilisation", "Accessibilité", "Plan du site",
				"Aviso legal", "Política de privacidad", "Términos de uso", "Condiciones de uso", "Accesibilidad",
				"Mapa del sitio", "Back to top", "Nach oben", "Haut de page", "Volver arriba");
		b.phrases("cookie notice", false, "Accept", "Accept all", "Accept cookies", "Reject all", "Decline",
				"Manage preferences", "Manage cookies", "Got it", "Alle akzeptieren", "Akzeptieren", "Ablehnen",
				"Tout accepter", "Accepter", "Refuser", "Tout refuser", "Aceptar", "Aceptar todo", "Rechazar");
		b.phrases("sidebar", true, "Sidebar", "Primary Sidebar", "Secondary Sidebar", "Widgets", "Seitenleiste",
				"Barre latérale", "Barra lateral");
		b.phrases("comment form", false, "Leave a Reply", "Leave a Comment", "Post a Comment", "Post Comment",
				"Submit Comment", "Cancel reply", "Kommentar verfassen", "Antwort verfassen", "Laisser un commentaire",
				"Deja una respuesta", "Deja un comentario");
		b.phrases("reply form field", false, "Comment", "Name", "Name *", "Email", "Email *", "E-mail *", "Website",
				"URL", "Kommentar", "Commentaire", "Nom", "Site web", "Comentario", "Nombre", "Correo electrónico",
				"Sitio web");
		b.phrases("comment links", false, "Reply", "Report", "Log in to Reply", "Like", "Liked", "Antworten",
				"Répondre", "Responder");
		b.phrases("translation widget", false, "Original text", "Contribute a better translation",
				"Rate this translation", "Powered by Translate");
		b.phrases("form button", false, "Cancel", "Submit", "Send", "Post to", "Abbrechen", "Absenden", "Annuler",
				"Envoyer", "Cancelar", "Enviar");
		b.phrases("loading notice", false, "Loading...", "Loading…", "Loading", "Lädt", "Wird geladen", "Chargement",
				"Cargando");
		b.shape("archive", true, "(?iu)[►▼▶◄\\s]*(?:" + MONTHS + "\\.?(?: \\d{4})?|\\d{4})\\s*\\(\\d{1,5}\\)");
		b.shape("copyright line", false, "(?i)(?:©|\\(c\\)|copyright\\b|&copy;).{0,200}");
		b.shape("copyright line", false, "(?i).{0,120}(?:all rights reserved|alle rechte vorbehalten"
				+ "|tous droits réservés|todos los derechos reservados)\\.?");
		b.shape("page footer", false, "(?i)(?:proudly )?powered by .{1,80}|blog at wordpress\\.com\\.?"
				+ "|bereitgestellt von .{1,80}|propulsé par .{1,80}|con la tecnología de .{1,80}");
		b.shape("page footer", false,
				"(?i)this page was last (?:edited|modified) on .{1,80}"
						+ "|diese seite wurde zuletzt am .{1,120}|la dernière modification de cette page .{1,120}"
						+ "|esta página se editó por última vez .{1,120}");
		b.shape("licence line", false,
				"(?i)(?:text|content) is available under .{1,400}"
						+ "|der text ist unter .{1,400}|les textes sont disponibles sous .{1,400}"
						+ "|el texto está disponible bajo .{1,400}");
		b.shape("cookie notice", false,
				"(?i)(?=.{0,400}$)(?:.*\\b(?:we|this (?:site|website)|our site) uses? cookies\\b.*"
						+ "|.*\\bcookies\\b.*\\b(?:accept|consent|agree|zustimm|akzept|accept|acept)\\w*\\b.*)");
		b.shape("search box", false, "(?i)(?:search|suche|rechercher|buscar)\\b.{0,30}\\s*(?:…|\\.\\.\\.)");
		b.shape("shop link", false, "(?i)(?:buy on|kaufen bei|acheter sur|comprar en) .{1,40}"
				+ "|(?:kindle|kindle unlimited|audible|paperback|hardcover|ebook) [$€£]\\s?\\d+(?:[.,]\\d{2})?");
		b.shape("like button", false, "%d bloggers like this:?");
		b.shape("retrieval link", false, "(?iu)(?:retrieved from|abgerufen von|récupérée de|obtenido de) .{1,300}");
		b.shape("site tagline", false,
				"(?iu)(?:from|aus|de) (?:wikipedia|wikipédia)\\b.{0,60}" + "|from (?:the )?[^,]{1,60}? wiki");
		b.shape("feed links", false, "(?i)subscribe to: .{1,60}|(?:entries|comments|posts) (?:feed|rss)|rss feed");
		b.shape("post navigation", false, "(?i)(?:[<\u2190\u00ab]\\s*)?(?:previous|next|older|newer)"
				+ "(?: (?:previous|next|older|newer))? (?:post|entry|article|page)s?(?:[\\s:].{0,150})?|post navigation");
		b.shape("comment form", false, "(?iu)(?:your email address will not be published|required fields are marked"
				+ "|notify me of (?:follow-up|new)|save my name, email|join the discussion via email"
				+ "|you must be logged in to post|comments are closed"
				+ "|ihre e-mail-adresse wird nicht veröffentlicht|votre adresse (?:e-mail|de messagerie) ne sera pas publiée"
				+ "|tu dirección de correo electrónico no será publicada).{0,300}");
		b.shape("subscription prompt", false, "(?i)(?:join [\\d,. ]+ other (?:subscribers|followers)"
				+ "|enter your email(?: address)? (?:to|below)|subscribe to (?:this blog|our newsletter)).{0,200}");
		b.shape("share buttons", false, "(?i)click to (?:share|email|print|like)\\b.{0,100}|share on [\\p{L}+]+"
				+ "(?: \\(opens in new window\\))?");
		b.shape("language list", false, "(?i)(?:\\d{1,3} )?(?:languages|sprachen|langues|idiomas)");
		return b.build();
	}

	private record Shape(Pattern pattern, Word word) {

	}

	private static final class Builder {

		private final Map<String, Word> phrases = new HashMap<>();

		private final List<Shape> shapes = new ArrayList<>();

		void phrases(String label, boolean heading, String... words) {
			for (String word : words) {
				this.phrases.putIfAbsent(key(word), new Word(label, heading, false));
			}
		}

		void shape(String label, boolean heading, String regex) {
			this.shapes.add(new Shape(Pattern.compile(regex), new Word(label, heading, false)));
		}

		FurnitureWords build() {
			return new FurnitureWords(List.of(), this.phrases, this.shapes);
		}

	}

}
