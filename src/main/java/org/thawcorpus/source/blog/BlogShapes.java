package org.thawcorpus.source.blog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thawcorpus.source.PrintedCount;
import org.thawcorpus.source.Values;

/**
 * The shapes that mark a copy of a blog post, as WordPress, Blogger and their comment
 * systems print them in English, German and French: share and like buttons, the links
 * under comments, the reply form, the comments header, post navigation, bylines, category
 * lines and an author's box. All tests take a trimmed line folded for matching.
 */
final class BlogShapes {

	/**
	 * What may follow a reply form's heading on its line ("Cancel reply"): no sentence.
	 */
	private static final String FORM_HEADING_REST = "(?:\\s[^.!?]{0,80})?[.:]?";

	/** The heading of a reply form in German, French and Blogger's English. */
	private static final String FORM_HEADING = "(?:Post a Comment|Schreibe einen Kommentar|Hinterlasse einen Kommentar"
			+ "|Kommentar (?:verfassen|veröffentlichen)|Antwort hinterlassen|Laisser un commentaire"
			+ "|Laisser une réponse|Publier un commentaire|Enregistrer un commentaire)" + FORM_HEADING_REST;

	private static final List<Furniture> FURNITURE = List.of(
			new Furniture("Print Friendly, PDF & Email", "Print Friendly, PDF & Email"),
			new Furniture("(?iu)(?:Share this(?: post| article| story| page)?|Share(?: via)?|Teilen(?: mit)?"
					+ "|Partager(?: la publication)?)\\s?:?|Sharing is caring!?", "Share this:"),
			new Furniture("(?iu)Like this(?: post)?:?|Gefällt mir:|J'aime(?: ça)?\\s?:", "Like this:"),
			new Furniture("(?iu)(?:Like |Gefällt mir |J'aime )?(?:Loading|Wird geladen|Chargement)\\s?(?:\\.\\.\\.|…)"
					+ "|Like|(?:Like\\s*)?Liked by [\\d,.]+ (?:person|people)|(?:Gefällt mir\\s*)?Gefällt [\\d.]+ Personen?"
					+ "|(?:J'aime\\s*)?Aimé par [\\d  ]+ personnes?|Reblog|Be the first to like this\\.?"
					+ "|(?:One|\\d+) bloggers? likes? this\\.?", "like button"),
			new Furniture("(?iu)\\d*(?:Click to (?:share|email|print|like)\\b.*|Klicken Sie, um .*|Klicke, um .*"
					+ "|Cliquez pour .*)|Share on \\p{Lu}\\w*(?: \\(Opens in new window\\))?|Tweet|Pin it|Email this"
					+ "|(?:Email This|BlogThis!|Share to \\p{L}+)(?:\\s*(?:Email This|BlogThis!|Share to \\p{L}+))+"
					+ "|.{0,80}\\S\\s*BlogThis!\\s*\\S.{0,160}", "share button"),
			new Furniture("Rate this:?|Rate This", "rating buttons"),
			new Furniture("(?iu)(?:Related(?: posts| articles| reading)?|You (?:may|might) also like|Ähnliche Beiträge"
					+ "|Verwandte Beiträge|Ähnliche Artikel|Ähnlich|Articles similaires|Articles liés|Similaire"
					+ "|Sur le même thème)\\s?:?", "related posts"),
			new Furniture("(?iu)Bookmark the permalink\\.?|Permalink", "permalink"),
			new Furniture("(?iu)Pingbacks?(?: (?:&|and) Trackbacks?)?|Trackbacks?", "pingbacks heading"),
			new Furniture("(?iu)(?:[<\u2190\u00ab]\\s*)?(?:previous|next|older|newer) (?:post|entry|article)s?"
					+ "(?:[\\s:].{0,100})?|Post navigation|Beitragsnavigation|Navigation des articles"
					+ "|(?:[<\u2190\u00ab]\\s*)?(?:(?:vorheriger|nächster|älterer|neuerer) (?:beitrag|artikel|post)"
					+ "|article (?:précédent|suivant|plus récent|plus ancien))(?:[\\s:].{0,100})?", "post navigation"),
			new Furniture("(?iu)(?:Subscribe to|Abonnieren|S'abonner à|Inscription à)\\s?: .{1,60}", "feed links"),
			new Furniture("(?iu)Leave a Reply" + FORM_HEADING_REST, "Leave a Reply"),
			new Furniture("(?iu)Leave a Comment" + FORM_HEADING_REST + "|" + FORM_HEADING, "Leave a Comment"),
			new Furniture("(?iu)(?:Enter your comment here|Gib hier deinen Kommentar ein|Entrez votre commentaire)"
					+ "(?:\\.{3}|…)?", "comment box"),
			new Furniture("(?iu)Cancel reply|Antworten abbrechen|Annuler la réponse", "Cancel reply"),
			new Furniture(
					"(?iu)(?:Your email address will not be published|(?:Deine|Ihre) E-Mail-Adresse wird nicht"
							+ " veröffentlicht|Votre adresse (?:e-mail|de messagerie) ne sera pas publiée)\\s?\\..*",
					"Your email address will not be published."),
			new Furniture("(?iu)(?:Required fields are marked|Erforderliche Felder sind mit|Les champs obligatoires"
					+ " sont indiqués avec)\\s?\\*?(?: markiert)?\\.?", "Required fields are marked *"),
			new Furniture("(?iu)Post Comment|Submit Comment|Kommentar (?:abschicken|absenden)|Publier le commentaire",
					"Post Comment"),
			new Furniture(
					"(?iu)(?:Save my name, email, and website in this browser|Meinen Namen, meine E-Mail-Adresse"
							+ " und meine Website in diesem Browser|Enregistrer mon nom, mon e-mail et mon site).*",
					"Save my name, email, and website"),
			new Furniture("(?iu)(?:Notify me of (?:follow-up comments|new comments|new posts)|Benachrichtige mich über"
					+ "|Prévenez-moi de).*", "Notify me by email"),
			new Furniture("(?iu)You must be logged in to post a comment\\.?|Du musst angemeldet sein, um .*"
					+ "|Vous devez être connecté pour .*", "You must be logged in to post a comment."),
			new Furniture(
					"(?iu)Comments are closed\\.?|Kommentare sind geschlossen\\.?|Les commentaires sont fermés\\.?",
					"Comments are closed."),
			new Furniture("This site uses Akismet to reduce spam\\..*", "spam-filter notice"),
			new Furniture("(?iu)(?:Proudly )?powered by WordPress\\.?|Blog at WordPress\\.com\\.?"
					+ "|Stolz präsentiert von WordPress|Fièrement propulsé par WordPress", "site footer"),
			new Furniture("(?iu)(?:Reply|Antworten|Répondre)(?: \u2193)?|Log in to Reply", "reply link"),
			new Furniture("(?iu)(?:\\d+ )?(?:replies|réponses)|\\d+ (?:reply|antworten|réponse)", "replies toggle"),
			new Furniture(
					"(?iu)(?:(?:reply|antworten|répondre)\\s*)?(?:delete|löschen|supprimer)|report|melden|signaler"
							+ "|add comment|add yours|kommentar hinzufügen"
							+ "|ajouter un commentaire|load more(?: comments| replies)?(?:\\.{3}|…)?|show more replies"
							+ "|mehr laden(?:\\.{3}|…)?|charger (?:la suite|plus)(?:\\.{3}|…)?",
					"comment links"),
			new Furniture("(?iu)(?:\\d+ )?recommend|sort by (?:best|newest|oldest)|(?:join|start) the discussion"
					+ "(?:\\.{3}|…)?|log in with|or sign up with disqus\\s*\\??|powered by disqus|add disqus to your site"
					+ "|do not sell my data|share ›|[•·]|avatar|⚑", "Disqus controls"));

	/** Blogger's links to the next and previous posts and the blog's home page. */
	private static final Pattern POST_LINKS_AND_HOME = Pattern
		.compile("(?iu)(?:(?:newer|older) posts?\\s*)+home|(?:(?:neuerer|älterer) post\\s*)+startseite"
				+ "|(?:article plus (?:récent|ancien)\\s*)+accueil");

	private static final Pattern REPLY_FORM_START = Pattern
		.compile("(?iu)Leave a (?:Reply|Comment)" + FORM_HEADING_REST + "|" + FORM_HEADING);

	private static final Pattern SHARE_TARGET = Pattern.compile("(?iu)(?:Twitter|X|Facebook|Email|E-Mail|Print|Drucken"
			+ "|Imprimer|Reddit|LinkedIn|Tumblr|Pinterest|WhatsApp|Telegram|Pocket|More|Mehr|Plus|Share|Tweet|Pin it"
			+ "|Mastodon|Bluesky|Threads)(?: \\(Opens in new window\\))?");

	private static final Pattern FORM_FIELD = Pattern.compile("(?iu)(?:Comment|Name|E-?mail|Website|URL|Kommentar"
			+ "|Webseite|Commentaire|Nom|Site web|Adresse (?:e-mail|de messagerie))(?: ?\\*)?");

	private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("no", 0), Map.entry("one", 1),
			Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
			Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("kein", 0),
			Map.entry("keine", 0), Map.entry("ein", 1), Map.entry("eine", 1), Map.entry("zwei", 2),
			Map.entry("drei", 3), Map.entry("aucun", 0), Map.entry("aucune", 0), Map.entry("un", 1),
			Map.entry("une", 1), Map.entry("deux", 2), Map.entry("trois", 3));

	private static final String COUNT_WORDS = "no|one|two|three|four|five|six|seven|eight|nine|keine?|eine?|zwei|drei"
			+ "|aucune?|une?|deux|trois";

	private static final Pattern COMMENTS_HEADER = Pattern.compile("(?iu)(?:there (?:are|is) )?(?<count>"
			+ PrintedCount.ANY + "|" + COUNT_WORDS + ") (?:thoughts?|responses?|comments?|replies|reactions?"
			+ "|gedanken?|kommentare?|antwort(?:en)?|reaktionen|réflexions?|commentaires?|réponses?|réactions?)"
			+ "(?: yet\\.?| so far| bisher| (?:on|to|zu|auf|sur|à|au sujet de) (?:[\"'«].*|[^:.!?]+)|\\s?:)?"
			+ "|(?:comments?|kommentare|commentaires) \\((?<paren>\\d+)\\)");

	private static final Pattern CATEGORIES = Pattern.compile("(?iu)(?:Posted in|Filed under|Categor(?:y|ies))\\b:?.*"
			+ "|(?:Veröffentlicht in|Abgelegt unter|Publié dans|Classé dans) [^.!?]{1,80}|(?:Kategorien?|Catégories?)\\s?:.*");

	private static final Pattern TAGS = Pattern.compile("(?iu)(?:(?:Tags|Tagged(?: with)?)\\b:?|Labels:).*"
			+ "|(?:Schlagwörter|Schlagworte|Étiquettes|Mots-clés|Libellés)\\s?:.*"
			+ "|(?:Verschlagwortet mit|Étiqueté) [^.!?]{1,120}");

	private static final Pattern BYLINE = Pattern.compile("(?:(?:Posted|Published|Updated)(?: on)? (?:" + Values.DATE
			+ ")(?: by .+)?|(?:Posted |Written )?[Bb]y \\p{Lu}[^.!?]{0,60}|(?:" + Values.DATE + ")(?: by .+)?"
			+ "|(?:Eingestellt|Gepostet|Publié) (?:von|par) \\p{Lu}[^.!?]{0,60}|(?:Last )?[Uu]pdated:? (?:"
			+ Values.DATE + ")|Posted by \\p{Lu}[^.!?]{0,60}? (?:at|on) .{1,40})");

	/**
	 * The line a theme prints under a post: "This entry was posted in History on ...".
	 */
	private static final Pattern POST_FOOTER = Pattern.compile("(?iu)this (?:entry|post) was (?:posted|filed)\\b.*"
			+ "|dieser (?:eintrag|beitrag) wurde .*|(?:cette entrée|ce billet|cet article) a été (?:publiée?|classée?) .*");

	private static final int SUBHEADING_MAX_LENGTH = 80;

	private static final int QUESTION_MAX_WORDS = 14;

	private static final Pattern QUESTION = Pattern.compile("[\\p{Lu}\\d][^\\[\\]{}]*[?!]");

	private static final Pattern POST_LINK_CAPTION = Pattern
		.compile("(?iu)(?:previous|next|older|newer) (?:post|entry|article)|(?:vorheriger|nächster|älterer|neuerer)"
				+ " (?:beitrag|artikel)|article (?:précédent|suivant)");

	/** A related post's link is a short line, not a sentence. */
	private static final int RELATED_MAX_LENGTH = 150;

	/** A related post's excerpt, cut short, is no longer than this. */
	private static final int EXCERPT_MAX_LENGTH = 400;

	private static final Pattern TRUNCATED = Pattern.compile(".*(?:\\.\\.\\.|…)");

	private static final Pattern AUTHOR_BOX = Pattern.compile("(?iu)(?:published|posted|written) by|about the author"
			+ "|(?:veröffentlicht|geschrieben) von|über den autor|(?:publié|écrit) par|à propos de l'auteur");

	private static final Pattern AUTHOR_POSTS = Pattern
		.compile("(?iu).*(?:view all posts by|alle beiträge von|voir tous les articles de) .{1,60}");

	private static final Pattern NAME = Pattern
		.compile("\\p{Lu}[\\p{L}'.\\-]*(?: (?:\\p{Lu}[\\p{L}'.\\-]*|van|von|de|der|du|da|di|le|la)){0,3}");

	private static final int SUBHEADING_MAX_WORDS = 10;

	private static final Pattern SUBHEADING = Pattern.compile("[\\p{Lu}\\d][^\\[\\]{}]*[^.!?,;:\"'…\\s]");

	private static final Pattern PROSE_END = Pattern.compile(".*[.!?\"'…)\\]]");

	private BlogShapes() {
	}

	/** The furniture a line is, named as the page prints it; null if none. */
	static String furniture(String trimmed) {
		for (Furniture furniture : FURNITURE) {
			if (furniture.pattern.matcher(trimmed).matches()) {
				return furniture.label;
			}
		}
		return null;
	}

	/**
	 * Whether a line is Blogger's "Newer Post Older Post Home", the last line of the
	 * post's column before its feed links.
	 */
	static boolean isPostLinksAndHome(String trimmed) {
		return POST_LINKS_AND_HOME.matcher(trimmed).matches();
	}

	/**
	 * The reply form's first line: "Leave a Reply", "Post a Comment", "Schreibe einen
	 * Kommentar", "Laisser un commentaire", or the notice that heads a form without
	 * heading ("Your email address will not be published.").
	 */
	static boolean isReplyFormStart(String trimmed) {
		String furniture = furniture(trimmed);
		return REPLY_FORM_START.matcher(trimmed).matches()
				|| "Your email address will not be published.".equals(furniture)
				|| "You must be logged in to post a comment.".equals(furniture);
	}

	/**
	 * A caption over a link to the next or previous post, alone on its line ("Next Post",
	 * "Nächster Beitrag"): the linked post's title follows.
	 */
	static boolean isPostLinkCaption(String trimmed) {
		return POST_LINK_CAPTION.matcher(trimmed).matches();
	}

	/**
	 * An entry of a block of related posts: a title, a date or a category line ('In
	 * "News"'), or an excerpt cut short.
	 */
	static boolean isRelatedEntry(String trimmed) {
		return (trimmed.length() <= RELATED_MAX_LENGTH && !trimmed.endsWith("."))
				|| (trimmed.length() <= EXCERPT_MAX_LENGTH && TRUNCATED.matcher(trimmed).matches());
	}

	/** The heading of an author's box under a post ("Published by", "Über den Autor"). */
	static boolean isAuthorBoxHeading(String trimmed) {
		return AUTHOR_BOX.matcher(trimmed).matches();
	}

	/** A line of an author's biography ending with the link to their posts. */
	static boolean isAuthorPostsLink(String trimmed) {
		return AUTHOR_POSTS.matcher(trimmed).matches();
	}

	/** A person's name alone: one to four capitalised words ("Andrea Middleton"). */
	static boolean isName(String trimmed) {
		return NAME.matcher(trimmed).matches() && furniture(trimmed) == null;
	}

	/**
	 * Text shaped like a subheading that asks or exclaims ("So what's next?"): short,
	 * starting with a capital or a digit.
	 */
	static boolean isQuestionHeading(String trimmed) {
		return trimmed.length() <= SUBHEADING_MAX_LENGTH && trimmed.split("\\s+").length <= QUESTION_MAX_WORDS
				&& QUESTION.matcher(trimmed).matches() && !isByline(trimmed) && furniture(trimmed) == null;
	}

	/**
	 * A share button's caption ("Twitter", "Facebook"), furniture only under "Share
	 * this:".
	 */
	static boolean isShareTarget(String trimmed) {
		return SHARE_TARGET.matcher(trimmed).matches();
	}

	/**
	 * A reply form's field label ("Name *", "Website"), furniture only in the reply form.
	 */
	static boolean isFormField(String trimmed) {
		return FORM_FIELD.matcher(trimmed).matches();
	}

	/**
	 * The comment count a comments header claims ("6 thoughts on “Title”", "One thought
	 * on", "12 Responses to", "4 comments"), or null if the line is no comments header.
	 */
	static Integer commentsClaimed(String trimmed) {
		return PrintedCount.intOrNull(commentsCount(trimmed));
	}

	/**
	 * The comment count a comments header claims, as printed ("1.2k comments" is
	 * approximate; a number word is exact), or null if the line is no comments header.
	 */
	static PrintedCount commentsCount(String trimmed) {
		Matcher header = COMMENTS_HEADER.matcher(trimmed);
		if (!header.matches()) {
			return null;
		}
		String count = (header.group("count") != null) ? header.group("count") : header.group("paren");
		Integer number = NUMBER_WORDS.get(count.toLowerCase(Locale.ROOT));
		return (number != null) ? new PrintedCount(number, count, true) : PrintedCount.read(count);
	}

	/** "categories" or "tags" for a line listing them, else null. */
	static String taxonomy(String trimmed) {
		if (CATEGORIES.matcher(trimmed).matches()) {
			return "categories";
		}
		return TAGS.matcher(trimmed).matches() ? "tags" : null;
	}

	/** A byline or date line as printed under a post's title. */
	static boolean isByline(String trimmed) {
		return BYLINE.matcher(trimmed).matches();
	}

	/**
	 * Text shaped like a subheading: short, starting with a capital or a digit, no
	 * sentence punctuation at its end, no list marker.
	 */
	static boolean isSubheading(String trimmed) {
		return trimmed.length() <= SUBHEADING_MAX_LENGTH && trimmed.split("\\s+").length <= SUBHEADING_MAX_WORDS
				&& SUBHEADING.matcher(trimmed).matches() && !isByline(trimmed) && taxonomy(trimmed) == null
				&& furniture(trimmed) == null;
	}

	/** A line of prose: it ends as sentences end, or is too long for anything else. */
	static boolean isProse(String trimmed) {
		return trimmed.length() > SUBHEADING_MAX_LENGTH || PROSE_END.matcher(trimmed).matches();
	}

	/** "This entry was posted in ... by ...": the post's own footer line. */
	static boolean isPostFooter(String trimmed) {
		return POST_FOOTER.matcher(trimmed).matches();
	}

	private record Furniture(Pattern pattern, String label) {

		Furniture(String regex, String label) {
			this(Pattern.compile(regex), label);
		}

	}

}
