package org.thawcorpus.source.blog;

import java.util.regex.Pattern;

import org.thawcorpus.source.DocumentKind;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.Score;
import org.thawcorpus.source.SourceLines;
import org.thawcorpus.source.html.HtmlKind;
import org.thawcorpus.source.html.HtmlPage;

/**
 * A blog post (WordPress, Blogger and the like): a comments header ("5 thoughts on",
 * "There are 13 comments", "3 Kommentare"), a reply form, share buttons, "says:"
 * ("sagt:", "dit :") comment headers, commenters' names with dates under a comments
 * header, a works-cited list. Reads text copies ({@link BlogPostParser}) and saved pages
 * from their markup ({@link BlogPostHtmlReader}).
 */
public final class BlogPostKind implements HtmlKind {

	public static final DocumentKind KIND = new DocumentKind("BLOG_POST", "Blog post", "BlogPosting", "Main text");

	private static final Pattern WORKS_CITED = Pattern.compile("(?iu)works? cited\\s*:?");

	private static final Pattern NUMBERED = Pattern.compile("\\d{1,4}[.)]\\s+\\S.*");

	@Override
	public DocumentKind kind() {
		return KIND;
	}

	@Override
	public Score score(SourceLines lines) {
		int commentsHeaders = 0;
		int replyForms = 0;
		int printFriendly = 0;
		int shareButtons = 0;
		int worksCited = 0;
		int says = 0;
		int numberedComments = 0;
		int datedHeaders = 0;
		for (int n = 1; n <= lines.count(); n++) {
			if (lines.isBlank(n)) {
				continue;
			}
			String t = lines.trimmed(n);
			String furniture = BlogShapes.furniture(t);
			numberedComments += (commentsHeaders > 0 && NUMBERED.matcher(t).matches() && !CommentHeaders.isDateLine(t))
					? 1 : 0;
			boolean verb = CommentHeaders.isVerbHeader(t);
			datedHeaders += (commentsHeaders > 0 && !verb && CommentHeaders.read(t) != null) ? 1 : 0;
			commentsHeaders += (BlogShapes.commentsClaimed(t) != null) ? 1 : 0;
			replyForms += BlogShapes.isReplyFormStart(t) ? 1 : 0;
			printFriendly += "Print Friendly, PDF & Email".equals(furniture) ? 1 : 0;
			shareButtons += ("Share this:".equals(furniture) || "Like this:".equals(furniture)) ? 1 : 0;
			worksCited += WORKS_CITED.matcher(t).matches() ? 1 : 0;
			says += verb ? 1 : 0;
		}
		return Score.of(KIND)
			.add(commentsHeaders > 0, 3, "a comments header")
			.add(replyForms > 0, 2, "a reply form")
			.add(printFriendly > 0, 2, "a \"Print Friendly, PDF & Email\" button")
			.add(shareButtons > 0, 1, "share buttons")
			.add(worksCited > 0, 1, "a works-cited heading")
			.add(says > 0, Math.min(says, 2),
					Score.times(says, "\"says:\" comment header", "\"says:\" comment headers"))
			.add(datedHeaders > 0, Math.min(datedHeaders, 2),
					Score.times(datedHeaders, "comment header with a date", "comment headers with a date"))
			.add(numberedComments > 0, 1, Score.times(numberedComments, "numbered comment", "numbered comments"))
			.build();
	}

	@Override
	public ParsedDocument read(SourceLines lines) {
		return new BlogPostParser().parse(lines);
	}

	@Override
	public Score score(HtmlPage page) {
		return BlogMarkup.score(page);
	}

	@Override
	public ParsedDocument read(HtmlPage page) {
		return BlogPostHtmlReader.read(page);
	}

}
