package org.thawcorpus.markup;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Further marks for passages, such as annotations, looked up for many passages at once.
 */
@FunctionalInterface
public interface PassageMarks {

	/** No further marks. */
	PassageMarks NONE = (documentId, passageIds) -> Map.of();

	/**
	 * The marks of some passages of a document, by passage id; a passage without marks
	 * may be missing.
	 */
	Map<Long, List<Mark>> find(long documentId, Collection<Long> passageIds);

}
