package org.thawcorpus.annotation;

/**
 * An annotation as the reading view needs it.
 *
 * @param passageId the passage it is in
 * @param start offset of its first character
 * @param end offset just after its last
 * @param layer its layer
 * @param entityId the entity named, or null for a date
 * @param entityName the entity's canonical name, or null
 * @param normalized a date's ISO 8601 form, or null
 * @param period whether a date names a period (a decade or a century)
 */
public record StoredMark(Long passageId, int start, int end, Layer layer, String entityId, String entityName,
		String normalized, boolean period) {

}
