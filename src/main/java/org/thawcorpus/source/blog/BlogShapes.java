package org.thawcorpus.source.blog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thawcorpus.source.PrintedCount;
import org.thawcorpus.source.Values;

/**
 * The shapes that mark a copy of a blog post: share buttons, the reply form, the comments
 * header, bylines and category lines. All tests take a trimmed line folded for matching.
 */
final class BlogShapes {

	private static final List<Furniture> FURNITURE = List.of(
			new Furniture("Print Friendly, PDF & Email", "Print Friendly, PDF & Email"),
			new Furniture("(?i)Share this(?: post| article| story| page)?:?|Share(?: via)?:|Sharing is caring!?",
					"Share this:"),
			new Furniture("Like this(?: post)?:?", "Like this:"),
			new Furniture("(?:Like )?Loading(?:\\.\\.\\.|…)|Like|Liked by \\d+ (?:person|people)|Reblog"
					+ "|Be the first to like this\\.?|(?:One|\\d+) bloggers? likes? this\\.?", "like button"),
			new Furniture(
					"(?i)Click to (?:share|email|print|like)\\b.*|Share on \\p{Lu}\\w*(?: \\(Opens in new window\\))?"
							+ "|Tweet|Pin it|Email this",
					"share button"),
			new Furniture("Rate this:?|Rate This", "rating buttons"),
			new Furniture("(?i)Related(?: posts| articles| reading)?:?|You (?:may|might) also like:?", "related posts"),
			new Furniture("(?i)Bookmark the permalink\\.?|Permalink", "permalink"),
			new Furniture("(?i)Pingbacks?(?: (?:&|and) Trackbacks?)?|Trackbacks?", "pingbacks heading"),
			new Furniture("(?i)(?:[<\u2190\u00ab]\\s*)?(?:previous|next|older|newer) (?:post|entry|article)s?"
					+ "(?:[\\s:].{0,100})?|Post navigation", "post navigation"),
			new Furniture("Leave a [Rr]eply.*", "Leave a Reply"),
			new Furniture("Leave a [Cc]omment.*", "Leave a Comment"), new Furniture("Cancel reply", "Cancel reply"),
			new Furniture("Your email address will not be published\\..*", "Your email address will not be published."),
			new Furniture("Required fields are marked \\*?", "Required fields are marked *"),
			new Furniture("Post Comment", "Post Comment"),
			new Furniture("Save my name, email, and website in this browser.*", "Save my name, email, and website"),
			new Furniture("Notify me of (?:follow-up comments|new comments|new posts).*", "Notify me by email"),
			new Furniture("You must be logged in to post a comment\\.?", "You must be logged in to post a comment."),
			new Furniture("Comments are closed\\.?", "Comments are closed."),
			new Furniture("This site uses Akismet to reduce spam\\..*", "spam-filter notice"),
			new Furniture("(?:Proudly )?[Pp]owered by WordPress\\.?|Blog at WordPress\\.com\\.?", "site footer"),
			new Furniture("Reply(?: \u2193)?|Log in to Reply", "reply link"));

	private static final Pattern REPLY_FORM_START = Pattern.compile("Leave a (?:[Rr]eply|[Cc]omment).*");

	private static final Pattern SHARE_TARGET = Pattern.compile("(?i)(?:Twitter|X|Facebook|Email|Print|Reddit|LinkedIn"
			+ "|Tumblr|Pinterest|WhatsApp|Telegram|Pocket|More|Share|Tweet|Pin it|Mastodon|Bluesky|Threads)(?: \\(Opens in new window\\))?");

	private static final Pattern FORM_FIELD = Pattern.compile("(?i)(?:Comment|Name|E-?mail|Website|URL)(?: ?\\*)?");

	private static final Map<String, Integer> NUMBER_WORDS = Map.of("no", 0, "one", 1, "two", 2, "three", 3, "four", 4,
			"five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9);

	private static final Pattern COMMENTS_HEADER = Pattern
		.compile("(?i)(?<count>" + PrintedCount.ANY + "|no|one|two|three|four|five|six|seven|eight|nine)"
				+ " (?:thoughts?|responses?|comments?|replies)(?: yet\\.?| (?:on|to) (?:[\"'].*|[^:.!?]+)|:)?"
				+ "|comments? \\((?<paren>\\d+)\\)");

	private static final Pattern CATEGORIES = Pattern.compile("(?i)(?:Posted in|Filed under|Categor(?:y|ies))\\b:?.*");

	private static final Pattern TAGS = Pattern.compile("(?i)(?:(?:Tags|Tagged(?: with)?)\\b:?|Labels:).*");

	private static final Pattern BYLINE = Pattern.compile("(?:(?:Posted|Published|Updated)(?: on)? (?:" + Values.DATE
			+ ")(?: by .+)?|(?:Posted |Written )?[Bb]y \\p{Lu}[^.!?]{0,60}|(?:" + Values.DATE + ")(?: by .+)?"
			+ "|(?:Last )?[Uu]pdated:? (?:" + Values.DATE + ")|Posted by \\p{Lu}[^.!?]{0,60}? (?:at|on) .{1,40})");

	/**
	 * The line a theme prints under a post: "This entry was posted in History on ...".
	 */
	private static final Pattern POST_FOOTER = Pattern.compile("(?i)this (?:entry|post) was (?:posted|filed)\\b.*");

	private static final int SUBHEADING_MAX_LENGTH = 80;

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

	/** "Leave a Reply", "Leave a Comment": the reply form's first line. */
	static boolean isReplyFormStart(String trimmed) {
		return REPLY_FORM_START.matcher(trimmed).matches();
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
