package org.thawcorpus.importer.write;

import java.util.List;

import org.springframework.stereotype.Component;
import org.thawcorpus.document.Comment;
import org.thawcorpus.document.Passage;
import org.thawcorpus.source.ParsedPassage;
import org.thawcorpus.source.blog.ParsedComment;
import org.thawcorpus.source.blog.ParsedComments;

/** Writes the comments under a post, each with its paragraphs as passages. */
@Component
class CommentsWriter implements PartWriter<ParsedComments> {

	@Override
	public Class<ParsedComments> type() {
		return ParsedComments.class;
	}

	@Override
	public void write(ParsedComments part, DocumentParts parts) {
		List<ParsedComment> comments = part.comments();
		for (int i = 0; i < comments.size(); i++) {
			Comment comment = new Comment(parts.document(), i, comments.get(i));
			parts.persist(comment);
			for (ParsedPassage paragraph : comments.get(i).paragraphs()) {
				parts.persist(Passage.ofComment(comment, parts.nextPassagePosition(), paragraph),
						paragraph.citations());
			}
		}
		parts.document().countComments(comments.size(), part.claimed());
	}

}
