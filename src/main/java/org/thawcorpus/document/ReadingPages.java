package org.thawcorpus.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reading layout of each document, worked out from the lengths of its passages in
 * three queries and kept for the most recently read documents. A document's parts never
 * change once written (a changed source is imported as a new document with a new id), so
 * a layout kept is never stale.
 */
@Service
public class ReadingPages {

	/** Layouts kept; each holds a few numbers per page. */
	static final int KEPT = 1000;

	private final SectionRepository sections;

	private final PassageRepository passages;

	private final CommentRepository comments;

	private final Map<Long, ReadingLayout> kept = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, ReadingLayout> eldest) {
			return size() > KEPT;
		}

	});

	ReadingPages(SectionRepository sections, PassageRepository passages, CommentRepository comments) {
		this.sections = sections;
		this.passages = passages;
		this.comments = comments;
	}

	/** The layout of the document with that id. */
	@Transactional(readOnly = true)
	public ReadingLayout of(long documentId) {
		ReadingLayout layout = this.kept.get(documentId);
		if (layout == null) {
			layout = build(documentId);
			this.kept.put(documentId, layout);
		}
		return layout;
	}

	private ReadingLayout build(long documentId) {
		List<Object[]> inSections = new ArrayList<>();
		List<Object[]> inComments = new ArrayList<>();
		List<Integer> reviewParagraphs = new ArrayList<>();
		TreeSet<Integer> reviews = new TreeSet<>();
		long reviewLength = 0;
		for (Object[] row : this.passages.findLayoutRows(documentId, ReviewPlacement.ON_READING_VIEW)) {
			if (row[3] != null) {
				inSections.add(row);
			}
			else if (row[4] != null) {
				inComments.add(row);
			}
			else if (row[5] != null) {
				reviewParagraphs.add((Integer) row[0]);
				reviews.add((Integer) row[5]);
				reviewLength += length(row);
			}
		}
		ReadingLayout.Builder layout = ReadingLayout.builder();
		int next = 0;
		for (Object[] heading : this.sections.findHeadings(documentId)) {
			int section = (Integer) heading[0];
			layout.heading(section, (heading[1] != null) ? ((Number) heading[1]).longValue() : 0);
			for (; next < inSections.size() && inSections.get(next)[3].equals(section); next++) {
				Object[] row = inSections.get(next);
				layout.passage((Integer) row[0], length(row), row[2] == PassageRole.BODY);
			}
		}
		layout.reviews(reviews.size(), reviewParagraphs, reviewLength);
		int paragraph = 0;
		for (Integer comment : this.comments.findPositions(documentId)) {
			layout.comment(comment);
			for (; paragraph < inComments.size() && inComments.get(paragraph)[4].equals(comment); paragraph++) {
				Object[] row = inComments.get(paragraph);
				layout.passage((Integer) row[0], length(row), false);
			}
		}
		if (next < inSections.size() || paragraph < inComments.size()) {
			throw new IllegalStateException("The passages of document " + documentId + " are not in reading order");
		}
		return layout.build();
	}

	private static long length(Object[] row) {
		return (row[1] != null) ? ((Number) row[1]).longValue() : 0;
	}

}
